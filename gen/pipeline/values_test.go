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

// TestDirectivesAreNotBlamedOnTheLock: with a lock, a name= directive
// renames the type (explicit), and go.VALUE= directives that swap two
// names are refused at the spec's rows, not at lock lines that no longer
// give those names.
func TestDirectivesAreNotBlamedOnTheLock(t *testing.T) {
	dir := t.TempDir()
	specPath := filepath.Join(dir, "api.md")
	write := func(doc string) {
		if err := os.WriteFile(specPath, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	table := "| code | message |\n|---|---|\n| 1 | Alpha |\n| 2 | Beta |\n"
	write(table)
	out := filepath.Join(dir, "out")
	opt := Options{Specs: []string{specPath}, Package: "p", Output: out, Lock: filepath.Join(dir, "api.lock")}
	if _, diags, err := Generate(context.Background(), opt, Output{Dir: out}); err != nil || diags.HasErrors() {
		t.Fatalf("v1: %v %v", err, diags)
	}
	write("<!-- codebook: name=Failure -->\n\n" + table)
	if _, diags, err := Run(opt); err != nil || diags.HasErrors() {
		t.Errorf("name= directive: %v %v", err, diags)
	}
	write("<!-- codebook: go.1=Beta go.2=Alpha -->\n\n" + table)
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
	if len(got) != 2 || !strings.HasPrefix(got[0], specPath+":5:1: constant CodeBeta would change value from 2 to 1") {
		t.Errorf("value errors:\n%s", strings.Join(got, "\n"))
	}
}
