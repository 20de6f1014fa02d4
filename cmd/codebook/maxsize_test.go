package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMaxSize: every command that reads specs refuses a document over
// -max-size with an error that names the flag, reads it once the flag
// allows, and a file over the default limit never gets read into memory.
func TestMaxSize(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "s.md")
	if err := os.WriteFile(doc, []byte("| Code | Message |\n|---|---|\n| 1 | One |\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"spec", "-max-size", "10", doc}, 1},
		{[]string{"spec", "-max-size", "1000", doc}, 0},
		{[]string{"generate", "-max-size", "10", "-lock", "none", "-o", out, doc}, 1},
		{[]string{"generate", "-max-size", "1000", "-lock", "none", "-o", out, doc}, 0},
		{[]string{"diff", "-max-size", "10", doc, doc}, 2},
		{[]string{"diff", "-max-size", "1000", doc, doc}, 0},
		{[]string{"render", "-t", "reference", "-lock", "none", "-max-size", "10", doc}, 1},
		{[]string{"render", "-t", "reference", "-lock", "none", "-max-size", "1000", doc}, 0},
		{[]string{"render", "-t", "diff", "-max-size", "10", doc, doc}, 1},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tc.args, &stdout, &stderr)
		if code != tc.want {
			t.Errorf("%q: exit %d, want %d\n%s", tc.args, code, tc.want, stderr.String())
		}
		if tc.want != 0 && !strings.Contains(stderr.String(), "larger than the limit of 10 bytes (-max-size raises it)") {
			t.Errorf("%q: stderr %q lacks the limit and the flag", tc.args, stderr.String())
		}
	}
	if _, err := os.Stat(filepath.Join(out, "out.go")); err != nil {
		t.Errorf("generate within the limit wrote nothing: %v", err)
	}
}
