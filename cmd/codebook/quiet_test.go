package main

import (
	"strings"
	"testing"
)

// TestRenderQuiet: -q drops the spec's warnings, which a go:generate
// line before it printed already, and nothing else.
func TestRenderQuiet(t *testing.T) {
	spec := "../../spec/opi.md"
	code, loud, stderr := runArgs("render", "-t", "typescript", spec)
	if code != 0 || !strings.Contains(stderr, ": warning: ") {
		t.Fatalf("without -q: exit %d, stderr %q; want 0 and the seed's warning", code, stderr)
	}
	code, quiet, stderr := runArgs("render", "-q", "-t", "typescript", spec)
	if code != 0 || stderr != "" || quiet != loud {
		t.Errorf("with -q: exit %d, stderr %q, same output %v; want 0, nothing on stderr, the same output", code, stderr, quiet == loud)
	}
	_, _, stderr = runArgs("render", "-q", "-t", "diff", spec, spec)
	if strings.Contains(stderr, ": warning: ") {
		t.Errorf("-q -t diff printed warnings:\n%s", stderr)
	}
	// An integer outside int64 is an error, which -q still prints.
	bad := write(t, t.TempDir(), "bad.md", "| code | message |\n|---|---|\n| 1 | one |\n| 99999999999999999999 | uno |\n")
	if code, _, stderr := runArgs("render", "-q", "-t", "reference", bad); code != 1 || !strings.Contains(stderr, "bad.md:4:") {
		t.Errorf("-q on a spec with errors: exit %d, stderr %q; want 1 and the errors", code, stderr)
	}
}
