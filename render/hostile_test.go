package render_test

import (
	"strings"

	"codebook.dev/codebook/render"
	"codebook.dev/codebook/spec"
)

// nastyText is every trick at once: quotes of every language, a
// backquote and ${ (template literals), comment ends, </script> and an
// HTML comment, markdown table and link syntax, a fence, bidi controls
// (Trojan Source), line and paragraph separators, a NUL and invalid
// UTF-8.
const nastyText = "a\"b'c`d${x}e\\f */ // <!-- --> </script><script>alert(1)</script>\n| x | [l](javascript:1) ```\n" +
	"\u202egnp.exe\u202c \u2066i\u2069 \u2028\u2029\r\x00 *em* _u_ $m$ {{.}} \xff\xfe- 1. # h"

// hostileModel puts t everywhere spec text can go: a set's doc and wire
// key, a member's symbol, texts, row variant, extra column, category and
// parent, a range's pattern and texts, a string set's code, a payload's
// field name, field example and JSON example.
func hostileModel(t string) *spec.Spec {
	one := member("1", 1, "One", "en", t, "zh", t)
	one.Symbol = t
	one.Attrs = []spec.Attr{{Name: t, Value: t}}
	one.Behaviour = spec.Behaviour{HTTPStatus: 400, Retryable: spec.Yes, Result: spec.ResultFailure, Category: t}
	one.Variants = []spec.Variant{{Texts: []spec.Text{{Lang: "en", Text: t}, {Lang: "zh", Text: t}}}}
	two := member("2", 2, "Two", "en", "plain", "zh", t)
	two.Parent = "1"
	code := &spec.Set{
		Name: "Code", Key: t, Kind: spec.Int, Doc: t, Errors: true,
		Members: []*spec.Member{one, two},
		Ranges:  []*spec.Range{{Pattern: t, Lo: 10, Hi: 19, Text: map[string]string{"en": t, "zh": t}}},
		Columns: spec.Columns{HTTPStatus: true, Retryable: true, Result: true, Category: true},
	}
	status := &spec.Set{
		Name: "Status", Key: "status", Kind: spec.String,
		Members: []*spec.Member{member("A", 0, "A", "en", "a"), member(t, 0, "B", "en", t)},
	}
	pay := &spec.Payload{
		Name: "Event",
		Fields: []*spec.Field{
			{Name: t, GoName: "Field", Type: "string", Example: t},
			{Name: "code", GoName: "Code", Type: "integer", Set: "Code", Example: "1"},
		},
		Example: t,
	}
	return &spec.Spec{Sets: []*spec.Set{code, status}, Payloads: []*spec.Payload{pay}}
}

// usableHostile reports whether t can stand in every place of
// hostileModel: it must not repeat the string set's other code or the
// payload's other field, which the reader never gives.
func usableHostile(t string) bool { return t != "A" && t != "code" }

// placeholder returns the benign text that takes t's place when the
// structure of an output is compared: empty, blank or a word as t is,
// since templates leave out empty parts and treat blank text as none.
func placeholder(t string) string {
	switch {
	case t == "":
		return ""
	case strings.TrimSpace(t) == "":
		return " "
	}
	return "x"
}

// placeholderModel is hostileModel with the placeholder in every place,
// and a field name of the same kind as TSKey writes t's (bare, quoted or
// computed).
func placeholderModel(t string) *spec.Spec {
	s := hostileModel(placeholder(t))
	s.Sets[1].Members[1].Value = map[bool]string{true: "", false: "x"}[t == ""]
	field := "x"
	switch k := render.TSKey(t); {
	case strings.HasPrefix(k, "["):
		field = t
	case strings.HasPrefix(k, `"`):
		field = "x-y"
	}
	s.Payloads[0].Fields[0].Name = field
	return s
}
