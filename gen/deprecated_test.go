package gen

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
)

func TestDeprecatedFile(t *testing.T) {
	ints := &spec.Set{Name: "Code", Key: "code", Kind: spec.Int, Members: []*spec.Member{{Value: "1", GoName: "Ok"}}}
	strs := &spec.Set{Name: "Status", Key: "status", Kind: spec.String, Members: []*spec.Member{{Value: "A", GoName: "A"}}}
	s := &spec.Spec{Sets: []*spec.Set{ints, strs}}
	at := spec.Pos{File: "x.lock", Line: 9, Col: 3}
	kept := []Removed{
		{Set: ints, Name: "Gone", Value: "-7"},
		{Set: ints, Name: "NotInt", Value: "x", Pos: at},
		{Set: ints, Name: "Ok", Value: "2", Pos: at}, // CodeOk is declared
		{Set: strs, Name: "Hostile", Value: "*/ `\n\u202e\xff"},
	}
	src := []string{"spec/a\nb.md", "spec/\u202ec.md"}
	f, ok, diags := DeprecatedFile(s, kept, Options{Package: "p", Source: src}, "spec/x\n.lock")
	if !ok || f.Name != "p_deprecated.go" {
		t.Fatalf("file %q, ok %v", f.Name, ok)
	}
	if len(diags) != 2 || diags[0].Pos != at || !strings.Contains(diags[0].Msg, `removed code "x" of Code is not an integer`) ||
		!strings.Contains(diags[1].Msg, "the package already declares CodeOk") {
		t.Errorf("diags = %v", diags)
	}
	fset := token.NewFileSet()
	af, err := parser.ParseFile(fset, f.Name, f.Data, parser.ParseComments)
	if err != nil {
		t.Fatalf("does not parse: %v\n%s", err, f.Data)
	}
	if !IsGenerated(f.Data) {
		t.Error("no generated header")
	}
	var names []string
	for _, d := range af.Decls {
		gd := d.(*ast.GenDecl)
		vs := gd.Specs[0].(*ast.ValueSpec)
		names = append(names, vs.Names[0].Name)
		if doc := gd.Doc.Text(); !strings.Contains(doc, "\nDeprecated: removed from ") {
			t.Errorf("%s: no deprecation paragraph:\n%s", vs.Names[0].Name, doc)
		}
	}
	if strings.Join(names, " ") != "CodeGone StatusHostile" {
		t.Errorf("constants = %v", names)
	}
	if strings.ContainsRune(string(f.Data), '\u202e') || !strings.Contains(string(f.Data), "StatusHostile Status = \"*/ `\\n\\u202e\ufffd\"") {
		t.Errorf("hostile text not escaped:\n%s", f.Data)
	}
	if _, ok, _ := DeprecatedFile(s, nil, Options{Package: "p"}, "x.lock"); ok {
		t.Error("a file without constants")
	}
}
