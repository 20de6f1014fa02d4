package gen_test

import (
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

// go118 are the standard-library packages gen imports that Go 1.18
// already had; anything else it imports must be in gen's list of newer
// packages, so that MinGoOf, and the package doc, can count it.
var go118 = map[string]bool{
	"database/sql/driver": true, "encoding/json": true, "errors": true, "fmt": true,
	"strconv": true, "strings": true, "time": true, "bytes": true, "math": true,
}

// TestMinGoOf: the package doc's release is what the imports need, and
// every import is one MinGoOf knows the age of.
func TestMinGoOf(t *testing.T) {
	for _, path := range []string{"../spec/opi.md", "../e2e/testdata/service/pay.md"} {
		s, diags := read.Files(path)
		diags = append(diags, goname.Resolve(s, nil)...)
		files, gd := gen.Generate(s, gen.Options{Package: "p", Source: []string{path}})
		if diags.HasErrors() || gd.HasErrors() {
			t.Fatal(diags, gd)
		}
		if got := gen.MinGoOf(files); got != gen.MinGo {
			t.Errorf("%s: imports need Go %s, MinGo is %s", path, got, gen.MinGo)
		}
		fset := token.NewFileSet()
		for _, f := range files {
			if strings.Contains(string(f.Data), "builds with Go") && !strings.Contains(string(f.Data), "builds with Go "+gen.MinGo+" or later") {
				t.Errorf("%s: %s states another release than %s", path, f.Name, gen.MinGo)
			}
			af, err := parser.ParseFile(fset, f.Name, f.Data, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, im := range af.Imports {
				p, _ := strconv.Unquote(im.Path.Value)
				if !go118[p] && p != "log/slog" {
					t.Errorf("%s: %s imports %s, whose release MinGoOf does not know", path, f.Name, p)
				}
			}
		}
	}
	newer := []gen.File{{Name: "a.go", Data: []byte("package a\n\nimport \"iter\"\n")}}
	if got := gen.MinGoOf(newer); got != "1.23" {
		t.Errorf("MinGoOf(import iter) = %s", got)
	}
}
