package gen_test

import (
	"bytes"
	"flag"
	"go/format"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/read"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the want sections of gen/testdata/*.txtar")

// TestGolden generates every testdata archive and compares the files and
// diagnostics with the archive's want/ sections. An archive holds its
// spec as spec.md, or names a spec file of the repository in a
// "spec: PATH" comment line (the seed, which must not be copied).
func TestGolden(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.txtar")
	if len(paths) == 0 {
		t.Fatal("no golden files")
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			t.Parallel()
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := goldenRun(t, ar)
			for _, f := range got {
				if strings.HasSuffix(f.Name, ".go") {
					checkGofmt(t, f.Name, f.Data)
				}
			}
			if *update {
				ar.Files = append(inputs(ar), got...)
				if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := map[string][]byte{}
			for _, f := range ar.Files {
				if strings.HasPrefix(f.Name, "want/") {
					want[f.Name] = f.Data
				}
			}
			for _, f := range got {
				if !bytes.Equal(want[f.Name], f.Data) {
					t.Errorf("%s differs (run go test ./gen -update and review the diff):\n%s", f.Name, firstDiff(want[f.Name], f.Data))
				}
				delete(want, f.Name)
			}
			for name := range want {
				t.Errorf("%s no longer generated", name)
			}
		})
	}
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

func inputs(ar *txtar.Archive) []txtar.File {
	var in []txtar.File
	for _, f := range ar.Files {
		if !strings.HasPrefix(f.Name, "want/") {
			in = append(in, f)
		}
	}
	return in
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
		t.Errorf("%s is not gofmt'd:\n%s", name, firstDiff(got, src))
	}
}

// firstDiff shows the first differing line with a little context.
func firstDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + itoa(i+1) + ":\n- " + wl + "\n+ " + gl
		}
	}
	return "(equal lines; lengths differ)"
}
