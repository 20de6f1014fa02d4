package gen_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec"
)

// hostile are spec texts that try to change the generated program: end
// a comment, open a raw string, start a new line with code or a
// directive, reorder the source with bidi controls, or smuggle bytes.
var hostile = map[string]string{
	"comment_end":  "ends */ here /* and opens",
	"backquote":    "raw `string` start ` and \"quote\" \\ backslash",
	"newline_code": "text\n}\nfunc init() { panic(\"pwned\") }\nvar _ = `",
	"go_generate":  "//go:generate rm -rf /\n//go:generate sh -c evil\n//go:build ignore\n// +build ignore\n//line evil.go:1",
	"bidi":         "access \u202e} { dengiS \u2066admin\u2069 \u200b zero width \ufeff bom",
	"invalid_utf8": "bad \xff\xfe bytes \xc0\xaf and NUL \x00 and ESC \x1b[31m",
	"line_breaks":  "cr\rcrlf\r\nnel\u0085ls\u2028ps\u2029ff\fvt\v end",
}

// hostileSpec puts text into every slot of a model where spec text goes.
func hostileSpec(text string) *spec.Spec {
	pos := spec.Pos{File: "h.md", Line: 1, Col: 1}
	ints := &spec.Set{Name: "HostileCode", Key: "code" + text, Kind: spec.Int, Doc: text, Errors: true, Pos: pos,
		Ranges: []*spec.Range{{Pattern: "9xx" + text, Lo: 900, Hi: 999, Text: map[string]string{"en": text, "zh": text}, Pos: pos}},
		Tables: []spec.Pos{pos}}
	ints.Members = []*spec.Member{
		{Value: "0", Int: 0, Symbol: "OK" + text, GoName: "OK", Success: true, Texts: []spec.Text{{Lang: "en", Text: text}, {Lang: "zh", Text: "成功" + text}}, Pos: pos,
			Attrs: []spec.Attr{{Name: "HTTP" + text, Value: text}}},
		{Value: "1", Int: 1, Symbol: text, GoName: "Bad", Texts: []spec.Text{{Lang: "en", Text: text, Row: pos}}, Pos: pos,
			Variants: []spec.Variant{{Texts: []spec.Text{{Lang: "en", Text: "more" + text}}, Pos: pos}}},
	}
	strs := &spec.Set{Name: "HostileStatus", Key: "status", Kind: spec.String, Doc: text, Pos: pos}
	strs.Members = []*spec.Member{
		{Value: text, GoName: "Weird", Texts: []spec.Text{{Lang: "en", Text: text}}, Pos: pos},
		{Value: "OK", GoName: "OK", Texts: []spec.Text{{Lang: "en", Text: "fine"}}, Pos: pos},
	}
	pay := &spec.Payload{Name: "HostileEvent", Example: text, Pos: pos, Fields: []*spec.Field{
		{Name: "code", GoName: "Code", Type: "integer", Set: "HostileCode", Example: "1"},
		{Name: "message", GoName: "Message", Type: "string", Example: strconv.Quote(text)},
		{Name: "status", GoName: "Status", Type: "string", Set: "HostileStatus", Example: text},
	}}
	return &spec.Spec{Sets: []*spec.Set{ints, strs}, Payloads: []*spec.Payload{pay}}
}

func generateHostile(t *testing.T, text string) []gen.File {
	t.Helper()
	files, diags := gen.Generate(hostileSpec(text), gen.Options{Package: "hostile", Source: []string{"h.md" + text}})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return files
}

// TestHostileText checks, per case, that spec text cannot change the
// program: every file parses, declares exactly what a benign spec
// declares, holds only // comments none of which is a directive or
// build constraint, contains no control or format character outside
// escapes, is valid UTF-8 and gofmt'd; and the text itself reaches the
// string tables intact (as valid UTF-8).
func TestHostileText(t *testing.T) {
	want := declsOf(t, generateHostile(t, "benign"))
	for name, text := range hostile {
		t.Run(name, func(t *testing.T) {
			files := generateHostile(t, text)
			if got := declsOf(t, files); !slices.Equal(got, want) {
				t.Errorf("declarations changed:\n got %v\nwant %v", got, want)
			}
			for _, f := range files {
				checkInert(t, f)
				checkGofmt(t, f.Name, f.Data)
			}
			if got := stringConst(t, files, "_HostileCode_text"); !strings.Contains(got, strings.ToValidUTF8(text, "\uFFFD")) {
				t.Errorf("_HostileCode_text = %q lacks the text", got)
			}
		})
	}
}

// declsOf lists every top-level declaration (kind and name) and import.
func declsOf(t *testing.T, files []gen.File) []string {
	t.Helper()
	var out []string
	for _, f := range files {
		af, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Data, parser.ParseComments)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		for _, imp := range af.Imports {
			out = append(out, f.Name+" import "+imp.Path.Value)
		}
		for _, d := range af.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				recv := ""
				if d.Recv != nil {
					recv = typeName(d.Recv.List[0].Type) + "."
				}
				out = append(out, f.Name+" func "+recv+d.Name.Name)
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						out = append(out, f.Name+" type "+s.Name.Name)
					case *ast.ValueSpec:
						for _, n := range s.Names {
							out = append(out, f.Name+" "+d.Tok.String()+" "+n.Name)
						}
					}
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

func typeName(e ast.Expr) string {
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return "?"
}

// checkInert fails on anything in a file that text could have used to
// act: block comments, directives, build lines, raw control characters.
func checkInert(t *testing.T, f gen.File) {
	t.Helper()
	if !utf8.Valid(f.Data) {
		t.Errorf("%s is not valid UTF-8", f.Name)
	}
	for i, r := range string(f.Data) {
		if r != '\n' && r != '\t' && !unicode.IsGraphic(r) {
			t.Errorf("%s: raw %U at byte %d", f.Name, r, i)
			break
		}
	}
	af, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Data, parser.ParseComments)
	if err != nil {
		t.Fatalf("%s: %v", f.Name, err)
	}
	for _, cg := range af.Comments {
		for _, c := range cg.List {
			switch {
			case !strings.HasPrefix(c.Text, "//"):
				t.Errorf("%s: block comment %q", f.Name, c.Text)
			case strings.HasPrefix(c.Text, "//go:"), strings.HasPrefix(c.Text, "//line "),
				strings.HasPrefix(c.Text, "//export "), strings.HasPrefix(c.Text, "// +build"):
				t.Errorf("%s: directive %q", f.Name, c.Text)
			}
		}
	}
	if !gen.IsGenerated(f.Data) {
		t.Errorf("%s lost its header", f.Name)
	}
}

// stringConst returns the string literals of a declaration in the
// files, one per line.
func stringConst(t *testing.T, files []gen.File, name string) string {
	t.Helper()
	for _, f := range files {
		af, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Data, 0)
		if err != nil {
			t.Fatal(err)
		}
		if obj := af.Scope.Lookup(name); obj != nil {
			var all strings.Builder
			ast.Inspect(obj.Decl.(*ast.ValueSpec).Values[0], func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					v, err := strconv.Unquote(lit.Value)
					if err != nil {
						t.Fatal(err)
					}
					all.WriteString(v + "\n")
				}
				return true
			})
			return all.String()
		}
	}
	t.Fatalf("no constant %s", name)
	return ""
}

// TestHostileCompiles builds, vets and tests one package generated from
// every hostile text at once (each case alone is checked above): Message
// returns the text intact, so the program means what the benign one
// means. It runs the go command, so -short skips it.
func TestHostileCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	names := make([]string, 0, len(hostile))
	for name := range hostile {
		names = append(names, name)
	}
	slices.Sort(names)
	var all strings.Builder
	for _, name := range names {
		all.WriteString(hostile[name] + "|")
	}
	text := all.String()
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module hostile.test\n\ngo "+gen.MinGo+"\n")
	for _, f := range generateHostile(t, text) {
		write(t, filepath.Join(dir, f.Name), string(f.Data))
	}
	write(t, filepath.Join(dir, "check_test.go"), `package hostile

import "testing"

func TestText(t *testing.T) {
	want := `+strconv.Quote(strings.ToValidUTF8(text, "\uFFFD"))+`
	if got := HostileCodeBad.Message("en"); got != want {
		t.Errorf("Message = %q, want %q", got, want)
	}
	if got := HostileCodeBad.Messages("en"); len(got) != 2 || got[0] != want || got[1] != "more"+want {
		t.Errorf("Messages = %q, want %q and its variant", got, want)
	}
	if got := HostileCode(950).Message("zh"); got != want {
		t.Errorf("range Message = %q, want %q", got, want)
	}
	if got := HostileStatus(want); !got.IsKnown() || got.Message("en") != want {
		t.Errorf("status %q not known", got)
	}
	if HostileCodeOK.Err() != nil || HostileCodeBad.Err() == nil {
		t.Error("Err")
	}
}
`)
	for _, args := range [][]string{{"vet", "."}, {"test", "."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", args[0], err, out)
		}
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
