package gen_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestEveryExportedIdentifierDocumented walks every golden output and
// fails on an exported declaration, method, field or interface method
// without a doc comment.
func TestEveryExportedIdentifierDocumented(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.txtar")
	for _, path := range paths {
		ar, err := txtar.ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range goldenRun(t, ar) {
			if !strings.HasSuffix(f.Name, ".go") {
				continue
			}
			af, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Data, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			where := filepath.Base(path) + ":" + f.Name
			if f.Name == "codes.go" || f.Name == "opi.go" {
				if af.Doc == nil {
					t.Errorf("%s: no package doc", where)
				}
			}
			for _, d := range af.Decls {
				checkDeclDocs(t, where, d)
			}
		}
	}
}

func checkDeclDocs(t *testing.T, where string, d ast.Decl) {
	t.Helper()
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Name.IsExported() && d.Doc == nil {
			t.Errorf("%s: func %s undocumented", where, d.Name.Name)
		}
	case *ast.GenDecl:
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				if s.Name.IsExported() && d.Doc == nil && s.Doc == nil {
					t.Errorf("%s: type %s undocumented", where, s.Name.Name)
				}
				checkMemberDocs(t, where+": "+s.Name.Name, s.Type)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					if n.IsExported() && s.Doc == nil && (d.Doc == nil || len(d.Specs) > 1) {
						t.Errorf("%s: %s undocumented", where, n.Name)
					}
				}
			}
		}
	}
}

// checkMemberDocs checks exported struct fields and interface methods.
func checkMemberDocs(t *testing.T, where string, e ast.Expr) {
	t.Helper()
	var fields *ast.FieldList
	switch e := e.(type) {
	case *ast.StructType:
		fields = e.Fields
	case *ast.InterfaceType:
		fields = e.Methods
	default:
		return
	}
	for _, f := range fields.List {
		for _, n := range f.Names {
			if n.IsExported() && f.Doc == nil {
				t.Errorf("%s.%s undocumented", where, n.Name)
			}
		}
	}
}
