package diff

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"text/template"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"codebook.dev/codebook/templates"
)

// Formats lists the output formats WriteTo accepts.
var Formats = []string{"text", "markdown", "json"}

// Write renders the report in one of Formats.
func (r *Report) Write(w io.Writer, format string) error {
	switch format {
	case "text":
		return r.WriteText(w)
	case "markdown":
		return r.WriteMarkdown(w)
	case "json":
		return r.WriteJSON(w)
	}
	return fmt.Errorf("unknown format %q; want text, markdown or json", format)
}

// WriteText writes one line per change, sorted by set then value:
// "LEVEL set member: what". Nothing is written when nothing changed.
func (r *Report) WriteText(w io.Writer) error {
	var b bytes.Buffer
	for _, c := range r.Changes {
		b.WriteString(c.String())
		b.WriteByte('\n')
	}
	_, err := w.Write(b.Bytes())
	return err
}

// Schema names the JSON document's version; it changes only when a
// field changes meaning or goes away.
const Schema = "codebook.dev/diff/v1"

type jsonReport struct {
	Schema  string       `json:"schema"`
	Old     string       `json:"old"`
	New     string       `json:"new"`
	Pinned  bool         `json:"pinned"`
	Summary jsonSummary  `json:"summary"`
	Changes []jsonChange `json:"changes"`
}

type jsonSummary struct {
	Error   int `json:"error"`
	Warning int `json:"warning"`
	Info    int `json:"info"`
}

type jsonChange struct {
	Level   Level  `json:"level"`
	Kind    Kind   `json:"kind"`
	Scope   Scope  `json:"scope"`
	Set     string `json:"set"`
	Member  string `json:"member"`
	Lang    string `json:"lang"`
	Attr    string `json:"attr"`
	Old     string `json:"old"`
	New     string `json:"new"`
	Message string `json:"message"`
}

// WriteJSON writes the report as one JSON document (schema in docs/diff.md):
// every key always present, changes in text order.
func (r *Report) WriteJSON(w io.Writer) error {
	out := jsonReport{
		Schema: Schema, Old: r.Old, New: r.New, Pinned: r.Pinned,
		Summary: jsonSummary{Error: r.Count(Error), Warning: r.Count(Warning), Info: r.Count(Info)},
		Changes: []jsonChange{},
	}
	for _, c := range r.Changes {
		out.Changes = append(out.Changes, jsonChange{
			Level: c.Level, Kind: c.Kind, Scope: c.Scope, Set: c.Set, Member: c.Member,
			Lang: c.Lang, Attr: c.Attr, Old: c.Old, New: c.New, Message: c.What(),
		})
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := w.Write(escapeInvisible(b.Bytes()))
	return err
}

// escapeInvisible rewrites the characters encoding/json leaves raw but a
// terminal would hide or reorder (bidi controls, zero-width spaces) as
// \u escapes; the decoded JSON is the same.
func escapeInvisible(b []byte) []byte {
	var out []byte
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r < utf8.RuneSelf || unicode.IsPrint(r) || r == utf8.RuneError {
			out = append(out, b[i:i+size]...)
		} else if r1, r2 := utf16.EncodeRune(r); r1 != utf8.RuneError {
			out = fmt.Appendf(out, `\u%04x\u%04x`, r1, r2)
		} else {
			out = fmt.Appendf(out, `\u%04x`, r)
		}
		i += size
	}
	return out
}

// markdown is parsed on first use, not at start-up of every codebook
// command.
var markdown = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("diff.md.tmpl").Funcs(template.FuncMap{
		"cell":  cell,
		"what":  func(c Change) string { return cell(c.What()) },
		"brief": func(c Change) string { return cell(c.Brief()) },
		"count": func(r *Report, name string) int {
			l, _ := ParseLevel(name)
			return r.Count(l)
		},
	}).ParseFS(templates.FS, "diff.md.tmpl"))
})

// WriteMarkdown renders the embedded templates/diff.md.tmpl.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b bytes.Buffer
	if err := markdown().Execute(&b, r); err != nil {
		return err
	}
	_, err := w.Write(b.Bytes())
	return err
}

// cell makes spec text inert inside a markdown table cell: markdown
// punctuation and HTML are escaped, line breaks become spaces, and
// invisible or direction-changing characters are shown as \u escapes so
// a reviewer sees them instead of being misled by them.
func cell(s string) string {
	var b strings.Builder
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		case strings.ContainsRune("\\`*_[]<>|~#!&{}$", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		case !unicode.IsPrint(r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
