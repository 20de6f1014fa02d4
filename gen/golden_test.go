package gen_test

import (
	"bytes"
	"go/format"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/internal/golden"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
	"golang.org/x/tools/txtar"
)

// TestGolden generates every testdata archive and compares the files and
// diagnostics with the archive's want/ sections. An archive holds its
// spec as spec.md, or names a spec file of the repository in a
// "spec: PATH" comment line (the seed, which must not be copied).
func TestGolden(t *testing.T) {
	isOutput := func(name string) bool { return strings.HasPrefix(name, "want/") }
	golden.Run(t, isOutput, func(t *testing.T, ar *txtar.Archive) []txtar.File {
		t.Parallel()
		got := goldenRun(t, ar)
		for _, f := range got {
			if strings.HasSuffix(f.Name, ".go") {
				checkGofmt(t, f.Name, f.Data)
			}
		}
		return got
	})
}

// goldenRun reads the archive's spec and returns the generated files and
// the diagnostics as want/ sections.
func goldenRun(t *testing.T, ar *txtar.Archive) []txtar.File {
	t.Helper()
	pkg, specPath := "codes", ""
	for _, line := range strings.Split(string(ar.Comment), "\n") {
		if v, ok := strings.CutPrefix(line, "pkg: "); ok {
			pkg = v
		}
		if v, ok := strings.CutPrefix(line, "spec: "); ok {
			specPath = v
		}
	}
	var s *spec.Spec
	var diags spec.Diags
	source := "spec.md"
	if specPath != "" {
		s, diags = read.Files(specPath)
		diags = append(diags, goname.Resolve(s, nil)...).Sort()
		source = strings.TrimPrefix(specPath, "../")
		relabel(s, specPath, source)
		for i := range diags {
			if diags[i].Pos.File == specPath {
				diags[i].Pos.File = source
			}
		}
	} else {
		var src []byte
		for _, f := range ar.Files {
			if f.Name == "spec.md" {
				src = f.Data
			}
		}
		s, diags = read.Source(source, src)
		diags = append(diags, goname.Resolve(s, nil)...).Sort()
	}
	files, gdiags := gen.Generate(s, gen.Options{Package: pkg, Source: []string{source}})
	var out []txtar.File
	if all := append(diags, gdiags...); len(all) > 0 {
		out = append(out, txtar.File{Name: "want/diags", Data: []byte(all.Error() + "\n")})
	}
	for _, f := range files {
		out = append(out, txtar.File{Name: "want/" + f.Name, Data: f.Data})
	}
	return out
}

// checkGofmt fails when go/format would change a generated file: the
// tables files are written in gofmt's layout by hand (see data.go).
func checkGofmt(t *testing.T, name string, src []byte) {
	t.Helper()
	got, err := format.Source(src)
	if err != nil {
		t.Errorf("%s does not parse: %v", name, err)
		return
	}
	if !bytes.Equal(got, src) {
		t.Errorf("%s is not gofmt'd:\n%s", name, golden.FirstDiff(src, got))
	}
}
