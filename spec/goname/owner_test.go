package goname_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// owners are the only files outside spec/goname (tests aside) that may
// call these functions. The derivation and de-duplication rules have no
// caller outside this package: every name of a spec is resolved by
// Resolve, once, and the others read the result. Resolve's callers are
// the entry points that read a spec for Go: codebook generate (the
// pipeline), codebook spec, codebook render, the diff (both sides, with
// their locks) and the benchmark spec maker. The diff judges a reserved
// code that is back with Restored. gen renames nothing (see
// TestGenNeverRenames): a member named like a well-known method or like
// a name gen declares is renamed by Resolve.
var owners = map[string][]string{
	"Unique":        nil,
	"FromSymbol":    nil,
	"FromText":      nil,
	"FromValue":     nil,
	"SymbolPrefix":  nil,
	"Field":         nil,
	"IsToken":       nil,
	"FirstSentence": nil,
	"Suffix":        nil,
	"SetName":       {"spec/read/build.go"},    // merge= finds its set by name
	"PayloadName":   {"spec/read/payloads.go"}, // a repeated example is kept once
	"Restored":      {"spec/diff/locked.go"},
	"Resolve": {
		"gen/pipeline/pipeline.go", "cmd/codebook/spec.go", "render/read.go",
		"spec/diff/pin.go", "gen/bench/mkspec/main.go",
	},
}

// TestOwnership parses every non-test Go file of the module and fails on
// a call of a rule function from a file that is not its owner: a second
// place that derives or de-duplicates names is how names got three
// owners before.
func TestOwnership(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := filepath.ToSlash(strings.TrimPrefix(path, root+string(filepath.Separator)))
		if d.IsDir() && path != root {
			switch {
			case rel == "spec/goname", rel == "generated", strings.HasPrefix(d.Name(), "."), d.Name() == "testdata":
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !strings.HasSuffix(rel, ".go") || strings.HasSuffix(rel, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		checked++
		local := ""
		for _, im := range f.Imports {
			if im.Path.Value == `"codebook.dev/codebook/spec/goname"` {
				local = "goname"
				if im.Name != nil {
					local = im.Name.Name
				}
			}
		}
		if local == "" {
			return nil
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); !ok || x.Name != local {
				return true
			}
			allowed, restricted := owners[sel.Sel.Name]
			if restricted && !slices.Contains(allowed, rel) {
				t.Errorf("%s: goname.%s is called outside its owners %q", fset.Position(sel.Pos()), sel.Sel.Name, allowed)
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 50 {
		t.Fatalf("only %d files checked: is the module root %s?", checked, root)
	}
}

// TestGenNeverRenames parses gen's non-test files and fails on any
// assignment to a Go name of the model (GoName, Name, Set): gen reads
// the names Resolve gives and verifies them; a rename there would give
// the package a name the lock, the diff and codebook spec never saw.
func TestGenNeverRenames(t *testing.T) {
	root := filepath.Join("..", "..", "gen")
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		checked++
		ast.Inspect(f, func(n ast.Node) bool {
			var lhs []ast.Expr
			switch n := n.(type) {
			case *ast.AssignStmt:
				lhs = n.Lhs
			case *ast.IncDecStmt:
				lhs = []ast.Expr{n.X}
			}
			for _, e := range lhs {
				if sel, ok := e.(*ast.SelectorExpr); ok && nameFields[sel.Sel.Name] {
					t.Errorf("%s: gen assigns .%s; names are Resolve's (spec/goname)", fset.Position(sel.Pos()), sel.Sel.Name)
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Fatalf("only %d gen files checked: is gen at %s?", checked, root)
	}
}

// nameFields are the model's fields that hold Go names.
var nameFields = map[string]bool{"GoName": true, "Name": true, "Set": true}
