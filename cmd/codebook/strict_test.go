package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// variantSpec reads cleanly but for one code given two texts: a
// warning, an error under -strict.
const variantSpec = `# Errors

| Code | Message |
| --- | --- |
| 1001 | Timestamp missing |
| 1001 | Timestamp expired |
| 1002 | Bad sign |
`

func TestSpecStrict(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "errors.md")
	genWrite(t, path, variantSpec)
	code, out, errs := runSpecCmd(path)
	if code != 0 || !strings.Contains(errs, "warning: code \"1001\" again with a different row") {
		t.Fatalf("without -strict: exit %d, stderr:\n%s", code, errs)
	}
	if want := "\t         also en=\"Timestamp expired\" " + path + ":6:1\n"; !strings.Contains(out, want) {
		t.Errorf("listing lacks the variant %q:\n%s", want, out)
	}
	code, _, errs = runSpecCmd("-strict", path)
	want := path + ":6:1: code \"1001\" again with a different row (first at " + path + ":5:1); kept as a variant of the first (-strict: several)\n"
	if code != 1 || errs != want {
		t.Fatalf("-strict: exit %d, stderr:\n%s\nwant:\n%s", code, errs, want)
	}
}

func TestGenerateStrict(t *testing.T) {
	dir := t.TempDir()
	genWrite(t, filepath.Join(dir, "errors.md"), variantSpec)
	code, _, errs := genRun(t, dir, "-strict", "-o", "codes", "-lock", "none", "errors.md")
	if code != 1 || !strings.Contains(errs, "(-strict: several)") || genExists(filepath.Join(dir, "codes")) && genExists(filepath.Join(dir, "codes", "code.go")) {
		t.Fatalf("-strict: exit %d, stderr:\n%s", code, errs)
	}
	code, _, errs = genRun(t, dir, "-o", "codes", "-lock", "none", "errors.md")
	if code != 0 || !genExists(filepath.Join(dir, "codes", "code.go")) {
		t.Fatalf("without -strict: exit %d, stderr:\n%s", code, errs)
	}
}

// TestGenerateNoTable: inputs that hold no code table generate nothing
// and fail, with or without -strict.
func TestGenerateNoTable(t *testing.T) {
	dir := t.TempDir()
	genWrite(t, filepath.Join(dir, "notes.md"), "# Notes\n\nNo codes here.\n")
	for _, args := range [][]string{{}, {"-strict"}} {
		code, _, errs := genRun(t, dir, append(args, "-o", "codes", "-lock", "none", "notes.md")...)
		if code != 1 || !strings.Contains(errs, "no code table found") {
			t.Errorf("%v: exit %d, stderr:\n%s", args, code, errs)
		}
	}
}
