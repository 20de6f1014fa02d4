package gen_test

import (
	"slices"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// TestModelErrors feeds models Generate must refuse and checks that
// every problem is reported at its position, with no files.
func TestModelErrors(t *testing.T) {
	at := func(line int) spec.Pos { return spec.Pos{File: "x.md", Line: line, Col: 1} }
	member := func(v int64, name string, line int) *spec.Member {
		return &spec.Member{Value: itoa(int(v)), Int: v, GoName: name, Texts: []spec.Text{{Lang: "en", Text: name}}, Pos: at(line)}
	}
	set := func(name string, line int, ms ...*spec.Member) *spec.Set {
		return &spec.Set{Name: name, Key: strings.ToLower(name), Kind: spec.Int, Members: ms, Pos: at(line)}
	}
	cases := []struct {
		name string
		spec *spec.Spec
		pkg  string
		want []string
	}{
		{"bad package", &spec.Spec{Sets: []*spec.Set{set("Code", 1, member(1, "A", 2))}}, "my-pkg",
			[]string{`-pkg: invalid package name "my-pkg"`}},
		{"duplicate code and name", &spec.Spec{Sets: []*spec.Set{set("Code", 1, member(1, "A", 2), member(1, "B", 3), member(2, "A", 4))}}, "p",
			// Two members with one name never come out of goname.Resolve;
			// gen reports the clash instead of renaming.
			[]string{`x.md:3:1: duplicate code "1" in set Code (first at x.md:2:1)`, `x.md:4:1: generated name CodeA of member constant collides with member constant CodeA (x.md:2:1)`}},
		{"bad names", &spec.Spec{Sets: []*spec.Set{set("code", 1, member(1, "Foo_Bar", 2), member(2, "type", 3))}}, "p",
			[]string{`x.md:1:1: set name "code" is not an exported Go identifier`, `x.md:2:1: member name "Foo_Bar" is not an exported Go identifier`, `x.md:3:1: member name "type" is not an exported Go identifier`}},
		{"empty set", &spec.Spec{Sets: []*spec.Set{set("Code", 1)}}, "p",
			[]string{`x.md:1:1: set Code has no members`}},
		{"collisions", &spec.Spec{
			Sets: []*spec.Set{
				func() *spec.Set { s := set("Code", 1, member(1, "Error", 2)); s.Errors = true; return s }(),
				set("CodeValues", 5, member(7, "A", 6)),
			},
			Payloads: []*spec.Payload{{Name: "Code", Pos: at(9)}},
		}, "p",
			[]string{
				`x.md:2:1: member name Error of code "1" in set Code is the name of a well-known method`,
				`x.md:5:1: generated name CodeValues of set type collides with values function CodeValues (x.md:1:1)`,
				`x.md:9:1: generated name Code of payload type collides with set type Code (x.md:1:1)`,
			}},
		{"payload fields", &spec.Spec{
			Sets: []*spec.Set{set("Code", 1, member(1, "A", 2))},
			Payloads: []*spec.Payload{{Name: "Event", Pos: at(9), Fields: []*spec.Field{
				{Name: "code", GoName: "Code", Type: "string", Set: "Code", Example: `"1"`},
				{Name: "other", GoName: "Other", Type: "integer", Set: "Missing", Example: "1"},
				{Name: `a"b`, GoName: "AB", Type: "string", Example: `"x"`},
				{Name: "err", GoName: "Err", Type: "string", Example: `"x"`},
				{Name: "dup", GoName: "AB", Type: "string", Example: `"x"`},
				{Name: "bad\xff", GoName: "Bad", Type: "string", Example: `"x"`},
			}}},
		}, "p",
			[]string{
				`x.md:9:1: duplicate field name AB in payload Event`,
				`x.md:9:1: field "err" of payload Event collides with its Err method`,
				`x.md:9:1: field "other" of payload Event links unknown set Missing`,
				`x.md:9:1: field key "bad\xff" of payload Event is not valid UTF-8; JSON cannot carry it`,
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			files, diags := gen.Generate(c.spec, gen.Options{Package: c.pkg, Source: []string{"x.md"}})
			if files != nil {
				t.Errorf("got %d files despite errors", len(files))
			}
			var got []string
			for _, d := range diags.Errors() {
				got = append(got, d.String())
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestPayloadFieldTypes checks the fields whose example's JSON type is
// not their set's: a quoted integer code keeps the set's type (its
// UnmarshalJSON reads it), anything the set cannot decode keeps its own
// JSON type; both warn, and the package is generated.
func TestPayloadFieldTypes(t *testing.T) {
	status := &spec.Set{Name: "Status", Key: "status", Kind: spec.String, Pos: spec.Pos{File: "x.md", Line: 5, Col: 1},
		Members: []*spec.Member{{Value: "OK", GoName: "OK", Pos: spec.Pos{File: "x.md", Line: 6, Col: 1}}}}
	s := &spec.Spec{
		Sets: []*spec.Set{{Name: "Code", Key: "code", Kind: spec.Int, Pos: spec.Pos{File: "x.md", Line: 1, Col: 1},
			Members: []*spec.Member{{Value: "1", Int: 1, GoName: "A", Pos: spec.Pos{File: "x.md", Line: 2, Col: 1}}}}, status},
		Payloads: []*spec.Payload{{Name: "Event", Pos: spec.Pos{File: "x.md", Line: 9, Col: 1}, Fields: []*spec.Field{
			{Name: "code", GoName: "Code", Type: "string", Set: "Code", Example: `"1"`},
			{Name: "status", GoName: "Status", Type: "integer", Set: "Status", Example: "7"},
			{Name: "ratio", GoName: "Ratio", Type: "number", Set: "Code", Example: "1.5"},
		}}},
	}
	files, diags := gen.Generate(s, gen.Options{Package: "p", Source: []string{"x.md"}})
	want := []string{
		`x.md:9:1: warning: field "code" of payload Event is a JSON string in the example but set Code holds integer codes; it decodes "14" and 14 alike and encodes a number`,
		`x.md:9:1: warning: field "ratio" of payload Event is a JSON number in the example, which set Code cannot decode; the field keeps its JSON type, not linked to the set`,
		`x.md:9:1: warning: field "status" of payload Event is a JSON integer in the example, which set Status cannot decode; the field keeps its JSON type, not linked to the set`,
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diags:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var payloads string
	for _, f := range files {
		if f.Name == "payloads.go" {
			payloads = string(f.Data)
		}
	}
	for _, field := range []string{"Code Code `json:\"code\"`", "Status int64 `json:\"status\"`", "Ratio json.Number `json:\"ratio\"`"} {
		if !strings.Contains(strings.Join(strings.Fields(payloads), " "), field) {
			t.Errorf("payloads.go lacks %s:\n%s", field, payloads)
		}
	}
}

// TestMissingTranslationWarns checks the warning that names a member
// without text in a language its set has, and that files still come.
func TestMissingTranslationWarns(t *testing.T) {
	s := &spec.Spec{Sets: []*spec.Set{{Name: "Status", Key: "status", Kind: spec.String, Pos: spec.Pos{File: "x.md", Line: 1, Col: 1}, Members: []*spec.Member{
		{Value: "A", GoName: "A", Texts: []spec.Text{{Lang: "en", Text: "a"}, {Lang: "zh", Text: "甲"}}, Pos: spec.Pos{File: "x.md", Line: 2, Col: 1}},
		{Value: "B", GoName: "B", Texts: []spec.Text{{Lang: "en", Text: "b"}}, Pos: spec.Pos{File: "x.md", Line: 3, Col: 1}},
	}}}}
	files, diags := gen.Generate(s, gen.Options{Package: "p", Source: []string{"x.md"}})
	want := `x.md:3:1: warning: member StatusB (B) has no "zh" text; Message("zh") falls back to "en"`
	if len(files) == 0 || diags.Error() != want {
		t.Errorf("files %d, diags:\n%v\nwant:\n%s", len(files), diags, want)
	}
}

// TestDeterministic generates the seed twice and from a shuffled map
// iteration (a fresh model) and wants identical bytes.
func TestDeterministic(t *testing.T) {
	a, b := seedFiles(t), seedFiles(t)
	if len(a) != len(b) {
		t.Fatal("file count differs")
	}
	for i := range a {
		if a[i].Name != b[i].Name || string(a[i].Data) != string(b[i].Data) {
			t.Errorf("%s differs between runs", a[i].Name)
		}
		if i > 0 && a[i-1].Name >= a[i].Name {
			t.Errorf("files not sorted: %s before %s", a[i-1].Name, a[i].Name)
		}
	}
}

// TestWellKnownMethodNamesRenamed: a member named like a well-known
// method or like a name derived from the set is renamed by
// goname.Resolve with a warning, never an error, and the constant
// another declaration has gives way. gen itself never renames: given
// the names unresolved it fails.
func TestWellKnownMethodNamesRenamed(t *testing.T) {
	pos := func(l int) spec.Pos { return spec.Pos{File: "x.md", Line: l, Col: 1} }
	model := func() *spec.Spec {
		return &spec.Spec{Sets: []*spec.Set{{Name: "Code", Key: "code", Kind: spec.Int, Pos: pos(1), Members: []*spec.Member{
			{Value: "1", Int: 1, GoName: "ReadByte", Texts: []spec.Text{{Lang: "en", Text: "a"}}, Pos: pos(2)},
			{Value: "2", Int: 2, GoName: "Values", Texts: []spec.Text{{Lang: "en", Text: "b"}}, Pos: pos(3)},
			{Value: "3", Int: 3, GoName: "ReadByteCode", Texts: []spec.Text{{Lang: "en", Text: "c"}}, Pos: pos(4)},
			{Value: "4", Int: 4, GoName: "Error", Texts: []spec.Text{{Lang: "en", Text: "d"}}, Pos: pos(5)},
		}}}}
	}
	if files, diags := gen.Generate(model(), gen.Options{Package: "p", Source: []string{"x.md"}}); files != nil || len(diags.Errors()) != 3 {
		t.Errorf("unresolved reserved names: %d files, diags:\n%v\nwant 3 errors", len(files), diags)
	}
	s := model()
	diags := goname.Resolve(s, nil)
	files, gdiags := gen.Generate(s, gen.Options{Package: "p", Source: []string{"x.md"}})
	if diags.HasErrors() || gdiags.HasErrors() || len(files) == 0 {
		t.Fatalf("errors:\n%v\n%v", diags, gdiags)
	}
	want := []string{
		`x.md:2:1: warning: member name ReadByte of code "1" in set Code is the name of a well-known method; renamed ReadByte1`,
		`x.md:3:1: warning: member name Values of code "2" in set Code is the name of a well-known method; renamed ValuesCode`,
		`x.md:5:1: warning: member name Error of code "4" in set Code is the name of a well-known method; renamed ErrorCode`,
	}
	if got := strings.Split(diags.Error(), "\n"); !slices.Equal(got, want) {
		t.Errorf("diags:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(gdiags) != 0 {
		t.Errorf("gen diags on resolved names:\n%v", gdiags)
	}
	var src strings.Builder
	for _, f := range files {
		src.Write(f.Data)
	}
	for _, c := range []string{"CodeReadByte1 Code = 1", "CodeValuesCode Code = 2", "CodeReadByteCode Code = 3", "CodeErrorCode Code = 4"} {
		if !strings.Contains(src.String(), c) {
			t.Errorf("no constant %q", c)
		}
	}
}
