package render_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/render"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/lock"
	"codebook.dev/codebook/spec/read"
)

// readRepoSpec reads a spec of the repository (path from the repository
// root, e.g. "spec/opi.md") as `codebook render` run at the root reads
// it: positions and the header name the path as given, and the lock
// beside it pins the Go names.
func readRepoSpec(t testing.TB, path string) (*spec.Spec, spec.Diags) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", path))
	if err != nil {
		t.Fatal(err)
	}
	s, diags := read.Sources(read.Doc{Name: path, Data: src})
	if diags.HasErrors() {
		t.Fatalf("%s: %v", path, diags)
	}
	lk, err := lock.Load(filepath.Join("..", lock.PathFor(path)))
	if err != nil {
		t.Fatal(err)
	}
	diags = append(diags, goname.Resolve(s, lk)...)
	return s, diags.Sort()
}

// renderBuiltin renders a built-in template of the model, failing the
// test on an error.
func renderBuiltin(t testing.TB, name string, d *render.Data) []byte {
	t.Helper()
	tmpl, err := render.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	out, err := tmpl.Execute(d)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// modelBuiltins are the built-ins that render the spec model.
func modelBuiltins() []render.Builtin {
	var out []render.Builtin
	for _, b := range render.Builtins {
		if !b.Diff {
			out = append(out, b)
		}
	}
	return out
}

// outputName is a built-in's golden section: want/NAME.EXT.
func outputName(b render.Builtin) string {
	ext := strings.TrimSuffix(b.File, ".tmpl")
	return "want/" + b.Name + ext[strings.IndexByte(ext, '.'):]
}
