package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

// TestServiceUse generates testdata/service/pay.md (behaviour columns,
// four languages, codes named like well-known methods, alphanumeric
// codes, payload keys no struct tag can spell) into a scratch module,
// then builds and vets it and runs testdata/service/main.go, which uses
// the package as a service would.
func TestServiceUse(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs generated code with the go command")
	}
	src := filepath.Join("testdata", "service")
	s, diags := read.Files(filepath.Join(src, "pay.md"))
	rd := goname.Resolve(s, nil)
	diags = append(diags, rd...).Sort()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	// The renames are Resolve's warnings, never errors; gen only
	// verifies the names it is given.
	for _, want := range []string{"member name ReadByte", "member name String"} {
		if !strings.Contains(rd.Error(), want) {
			t.Errorf("no warning %q in:\n%v", want, rd)
		}
	}
	mod := t.TempDir()
	files := generatePackage(t, testSpec{name: "testdata/service/pay.md"}, s, filepath.Join(mod, "pay"), "pay")
	if files == nil {
		t.FailNow()
	}
	if _, gd := gen.Generate(s, gen.Options{Package: "pay"}); gd.HasErrors() {
		t.Errorf("gen rejects resolved names:\n%v", gd)
	}
	main, err := os.ReadFile(filepath.Join(src, "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(mod, "go.mod"), "module e2e.test\n\ngo 1.26\n")
	writeFile(t, filepath.Join(mod, "check", "main.go"), string(main))
	runGo(t, mod, "vet", "./...")
	if out, err := goCmd(mod, "run", "./check"); err != nil || strings.TrimSpace(out) != "ok" {
		t.Errorf("checking program failed (%v):\n%s", err, out)
	}
}
