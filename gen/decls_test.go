package gen_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

// TestDeclaresOnlyGonameNames generates real specs and wants every
// exported package-level name of the output in spec/goname's list (the
// set and package declarations, payload and timestamp types, member
// constants): Resolve keeps member constants clear of exactly that
// list, so a name gen declares outside it could clash unseen.
func TestDeclaresOnlyGonameNames(t *testing.T) {
	for _, path := range []string{"../spec/opi.md", "../e2e/testdata/service/pay.md"} {
		s, diags := read.Files(path)
		diags = append(diags, goname.Resolve(s, nil)...)
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		files, diags := gen.Generate(s, gen.Options{Package: "p", Source: []string{path}})
		if diags.HasErrors() {
			t.Fatal(diags)
		}
		allowed := gonameDecls(s)
		fset := token.NewFileSet()
		n := 0
		for _, f := range files {
			af, err := parser.ParseFile(fset, f.Name, f.Data, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			for _, name := range exportedDecls(af) {
				n++
				if !allowed[name] {
					t.Errorf("%s: %s declares %s, which spec/goname does not list", path, f.Name, name)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no exported declarations found", path)
		}
	}
}

func gonameDecls(s *spec.Spec) map[string]bool {
	allowed := map[string]bool{goname.DateTimeType: true, goname.DateTimeTType: true, goname.DateType: true}
	for _, set := range s.Sets {
		for _, d := range goname.SetDecls(set) {
			allowed[d.Name] = true
		}
		for _, m := range set.Members {
			allowed[goname.Const(set.Name, m.GoName)] = true
		}
	}
	for _, d := range goname.PackageDecls(s) {
		allowed[d.Name] = true
	}
	for _, p := range s.Payloads {
		allowed[p.Name] = true
	}
	return allowed
}

// exportedDecls are the exported package-level names of f: functions
// without a receiver, types, constants and variables.
func exportedDecls(f *ast.File) []string {
	var names []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.IsExported() {
				names = append(names, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					if sp.Name.IsExported() {
						names = append(names, sp.Name.Name)
					}
				case *ast.ValueSpec:
					for _, id := range sp.Names {
						if id.IsExported() {
							names = append(names, id.Name)
						}
					}
				}
			}
		}
	}
	return names
}
