package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestValuesKeptWithoutLock: with no lock at all, messages reworded so
// that two derived names swap would re-point both constants; the run
// fails at the spec rows that now carry the names, and -rename-ok
// re-points.
func TestValuesKeptWithoutLock(t *testing.T) {
	dir := t.TempDir()
	specPath := filepath.Join(dir, "api.md")
	write := func(doc string) {
		if err := os.WriteFile(specPath, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("| code | message |\n|---|---|\n| 1 | Alpha |\n| 2 | Beta |\n")
	out := filepath.Join(dir, "out")
	opt := Options{Specs: []string{specPath}, Package: "p", Output: out}
	if _, diags, err := Generate(context.Background(), opt, Output{Dir: out}); err != nil || diags.HasErrors() {
		t.Fatalf("v1: %v %v", err, diags)
	}
	write("| code | message |\n|---|---|\n| 1 | Beta |\n| 2 | Alpha |\n")
	_, diags, err := Run(opt)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range diags {
		if strings.Contains(d.Msg, "would change value") {
			got = append(got, d.String())
		}
	}
	want := []string{
		specPath + ":3:1: constant CodeBeta would change value from 2 to 1",
		specPath + ":4:1: constant CodeAlpha would change value from 1 to 2",
	}
	if len(got) != 2 || !strings.HasPrefix(got[0], want[0]) || !strings.HasPrefix(got[1], want[1]) {
		t.Errorf("value errors:\n%s\nwant prefixes:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	opt.RenameOK = true
	if _, diags, err := Run(opt); err != nil || diags.HasErrors() {
		t.Errorf("-rename-ok: %v %v", err, diags)
	}
}
