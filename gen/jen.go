package gen

import (
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
)

// num renders an integer literal without the conversion jen.Lit adds
// for int64 values.
func num(v int64) *jen.Statement { return jen.Op(strconv.FormatInt(v, 10)) }

// str renders spec text as a Go string literal (see quote).
func str(s string) *jen.Statement { return jen.Op(quote(s)) }

// doc renders a doc comment: comment lines in gofmt's layout, which
// stand in the code jennifer renders as one directive line (see
// docMarker), so that go/format passes them over. Line breaks are
// written \n and backslashes \\, so the directive is one line.
func doc(lines ...string) *jen.Statement {
	text := comment(lines...)
	var b strings.Builder
	b.Grow(len(docMarker) + len(text) + len(text)/16)
	b.WriteString(docMarker)
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\n':
			b.WriteString(`\n`)
		case '\\':
			b.WriteString(`\\`)
		default:
			b.WriteByte(c)
		}
	}
	return jen.Comment(b.String())
}

// uintType is the smallest unsigned type holding max, for lookup tables.
func uintType(max int) string {
	switch {
	case max <= 0xff:
		return "uint8"
	case max <= 0xffff:
		return "uint16"
	}
	return "uint32"
}

// lowerLetter is the generated helpers' ASCII lower-casing of byte
// variable v: if 'A' <= v && v <= 'Z' { v += 'a' - 'A' }.
func lowerLetter(v string) *jen.Statement {
	return jen.If(jen.LitRune('A').Op("<=").Id(v).Op("&&").Id(v).Op("<=").LitRune('Z')).Block(
		jen.Id(v).Op("+=").LitRune('a').Op("-").LitRune('A'),
	)
}

// emitFoldEqual declares func name(a, b string) bool, which compares
// the strings byte by byte after low has folded each byte (x and y):
// codebookEqualFold of Parse and codebookTagEqual of Message.
func emitFoldEqual(f *jen.File, name string, low func(v string) jen.Code, docLines ...string) {
	f.Add(doc(docLines...))
	f.Func().Id(name).Params(jen.List(jen.Id("a"), jen.Id("b")).String()).Bool().Block(
		jen.If(jen.Len(jen.Id("a")).Op("!=").Len(jen.Id("b"))).Block(jen.Return(jen.False())),
		jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Len(jen.Id("a")), jen.Id("i").Op("++")).Block(
			jen.List(jen.Id("x"), jen.Id("y")).Op(":=").List(jen.Id("a").Index(jen.Id("i")), jen.Id("b").Index(jen.Id("i"))),
			low("x"),
			low("y"),
			jen.If(jen.Id("x").Op("!=").Id("y")).Block(jen.Return(jen.False())),
		),
		jen.Return(jen.True()),
	)
}

// codeError is the generated &codebookError{typ: …, input: …, want: …}
// that every decoder returns for input that names no code.
func codeError(typ, input, want jen.Code) *jen.Statement {
	return jen.Op("&").Id(errorHelper).Values(jen.Dict{jen.Id("typ"): typ, jen.Id("input"): input, jen.Id("want"): want})
}
