package render

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"text/template"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/templates"
)

// Builtin is a template shipped in templates/ and embedded in the binary.
type Builtin struct {
	// Name is what -t takes, e.g. "typescript".
	Name string
	// File is the template's file name in templates/.
	File string
	// Diff marks the diff report: it renders the changes between two
	// specs (OLD NEW) with spec/diff's functions, not the spec model.
	Diff bool
	// Summary says in a few words what it renders, for usage messages.
	Summary string
}

// Builtins are the built-in templates, in the order usage lists them.
var Builtins = []Builtin{
	{Name: "reference", File: "reference.md.tmpl", Summary: "a markdown reference page for support staff: messages, HTTP status, retry, what to do"},
	{Name: "reference-dev", File: "reference-dev.md.tmpl", Summary: "a markdown reference page for developers: Go names, wire keys, positions"},
	{Name: "typescript", File: "typescript.ts.tmpl", Summary: "a TypeScript module: codes, union types, messages, payload interfaces"},
	{Name: "catalog", File: "catalog.json.tmpl", Summary: "JSON message catalogs per language, i18next's flat key → message shape"},
	{Name: "diff", File: "diff.md.tmpl", Diff: true, Summary: "the markdown diff report of two specs (OLD NEW), as codebook diff -format markdown"},
}

// LookupBuiltin returns the built-in template called name.
func LookupBuiltin(name string) (Builtin, bool) {
	for _, b := range Builtins {
		if b.Name == name {
			return b, true
		}
	}
	return Builtin{}, false
}

// IsFile reports whether a -t value names a template file rather than a
// built-in: it has a path separator or a dot (./reference is the file).
func IsFile(nameOrFile string) bool { return strings.ContainsAny(nameOrFile, `/\.`) }

// Template is a parsed template that renders the spec model.
type Template struct {
	name string
	tmpl *template.Template
}

// Load parses the built-in template called nameOrFile, or the template
// file at that path when IsFile says it is one. Errors in the file are
// reported at file:line. The diff built-in is not loaded here: it renders
// a report, not the model (see Diff).
func Load(nameOrFile string) (*Template, error) {
	if IsFile(nameOrFile) {
		src, err := os.ReadFile(nameOrFile)
		if err != nil {
			return nil, err
		}
		return Parse(nameOrFile, src)
	}
	b, ok := LookupBuiltin(nameOrFile)
	if !ok {
		return nil, fmt.Errorf("unknown template %q; built-ins: %s (a template file's path has a / or a dot)", nameOrFile, builtinNames())
	}
	if b.Diff {
		return nil, fmt.Errorf("template %q renders two specs, not the model: use render.Diff", b.Name)
	}
	src, err := fs.ReadFile(templates.FS, b.File)
	if err != nil {
		return nil, err
	}
	return Parse("templates/"+b.File, src)
}

func builtinNames() string {
	names := make([]string, len(Builtins))
	for i, b := range Builtins {
		names[i] = b.Name
	}
	return strings.Join(names, ", ")
}

// Parse parses src as a template named name (a file path: errors are
// reported at name:line), with the functions of Funcs. A missing map key
// is an error, not "<no value>".
func Parse(name string, src []byte) (*Template, error) {
	t, err := template.New(name).Funcs(Funcs()).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return nil, templateError(name, err)
	}
	return &Template{name: name, tmpl: t}, nil
}

// Execute renders the template with d as dot. Nothing is returned with
// an error: a half-rendered file is never written.
func (t *Template) Execute(d *Data) ([]byte, error) {
	var b bytes.Buffer
	if err := t.tmpl.Execute(&b, d); err != nil {
		return nil, templateError(t.name, err)
	}
	return b.Bytes(), nil
}

// Funcs are the functions every template gets besides text/template's
// own. docs/render.md lists them.
func Funcs() template.FuncMap {
	return template.FuncMap{
		"goName":      GoName,
		"camel":       Camel,
		"snake":       Snake,
		"goString":    GoString,
		"tsString":    JSString,
		"jsonString":  JSString,
		"tsKey":       TSKey,
		"tsComment":   TSComment,
		"md":          Markdown,
		"mdLine":      MarkdownLine,
		"codeBlock":   CodeBlock,
		"anchor":      Anchor,
		"htmlComment": HTMLComment,
		"langName":    LangName,
		"lines":       gen.CommentLines,
		"oneLine":     gen.OneLine,
		"join":        strings.Join,
	}
}

// Error is a template error at a position in the template file. Line
// and Col are 1-based (Col counts bytes, as in codebook's other
// messages); Col is 0 when text/template gives no column (parse errors).
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	switch {
	case e.Line == 0:
		return e.File + ": " + e.Msg
	case e.Col == 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// templateError turns text/template's "template: NAME:LINE[:COL]: …"
// into an Error at the template file's line (and, for execution errors,
// column, made 1-based).
func templateError(file string, err error) error {
	msg := err.Error()
	rest, ok := strings.CutPrefix(msg, "template: "+file+":")
	if !ok {
		return &Error{File: file, Msg: strings.TrimPrefix(msg, "template: ")}
	}
	e := &Error{File: file, Msg: rest}
	var ee template.ExecError
	nums := 1
	if errors.As(err, &ee) {
		nums = 2
	}
	for i := 0; i < nums; i++ {
		n, tail, ok := leadingInt(e.Msg)
		if !ok {
			break
		}
		if i == 0 {
			e.Line = n
		} else {
			e.Col = n + 1
		}
		e.Msg = tail
	}
	e.Msg = strings.TrimPrefix(e.Msg, " ")
	// "executing "NAME" at <.X>: …" names the template again; the
	// position already says where.
	if after, ok := strings.CutPrefix(e.Msg, "executing "+strconv.Quote(file)+" "); ok {
		e.Msg = after
	}
	return e
}

// leadingInt splits "12: rest" or "12:5: rest" into 12 and the text after
// the colon.
func leadingInt(s string) (int, string, bool) {
	i := 0
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ':' {
		return 0, s, false
	}
	n, err := strconv.Atoi(s[:i])
	return n, s[i+1:], err == nil
}
