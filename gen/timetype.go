package gen

import (
	"time"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"github.com/dave/jennifer/jen"
)

// timeType is a timestamp layout found in a payload example, and the Go
// type that decodes it.
type timeType struct {
	name, layout, example string
	pos                   spec.Pos
}

// layouts are the timestamp forms providers write, tried in order. An
// example matches only if it formats back to itself, so a date-like
// remark ("2022-1-10") is not mistaken for one.
var layouts = []struct{ name, layout string }{
	{"", time.RFC3339Nano}, // time.Time decodes it natively
	{"", time.RFC3339},
	{goname.DateTimeType, time.DateTime},
	{goname.DateTimeTType, "2006-01-02T15:04:05"},
	{goname.DateType, time.DateOnly},
}

// timeFor returns the type for an example value in a known layout, or
// nil. Each layout gets one type, shared by every field that uses it.
func (p *pkg) timeFor(v string, pos spec.Pos) *jen.Statement {
	for _, l := range layouts {
		t, err := time.Parse(l.layout, v)
		if err != nil || t.Format(l.layout) != v {
			continue
		}
		if l.name == "" {
			return jen.Qual("time", "Time")
		}
		for _, have := range p.times {
			if have.layout == l.layout {
				return jen.Id(have.name)
			}
		}
		p.times = append(p.times, &timeType{name: l.name, layout: l.layout, example: v, pos: pos})
		return jen.Id(l.name)
	}
	return nil
}

// emitTime declares a timestamp type: a time.Time that encodes and
// decodes one layout. The spec gives no zone, so the wall clock is read
// as UTC; an empty string is the zero time both ways.
func emitTime(f *jen.File, p *pkg, t *timeType) {
	layout := "codebook" + t.name + "Layout"
	f.Add(doc(
		t.name+" is a timestamp in the layout "+quoteMsg(t.layout)+", as in "+quoteMsg(oneLine(t.example))+".",
		"The spec gives no zone, so the wall clock is read as UTC; use time.Date to",
		"place it in the provider's zone. An empty string decodes to the zero time,",
		"and the zero time encodes as an empty string.",
	))
	f.Type().Id(t.name).Struct(jen.Qual("time", "Time"))
	f.Const().Id(layout).Op("=").Lit(t.layout)
	recvT := jen.Id("t").Id(t.name)
	f.Add(doc("String formats t in the layout " + quoteMsg(t.layout) + "."))
	f.Func().Params(recvT.Clone()).Id("String").Params().String().Block(jen.Return(jen.Id("t").Dot("Format").Call(jen.Id(layout))))
	f.Add(doc("MarshalText formats t in the layout; the zero time is empty."))
	f.Func().Params(recvT.Clone()).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.If(jen.Id("t").Dot("IsZero").Call()).Block(jen.Return(jen.Index().Byte().Values(), jen.Nil())),
		jen.Return(jen.Id("t").Dot("AppendFormat").Call(jen.Nil(), jen.Id(layout)), jen.Nil()),
	)
	f.Add(doc("UnmarshalText parses the layout as UTC; empty text is the zero time."))
	f.Func().Params(jen.Id("t").Op("*").Id(t.name)).Id("UnmarshalText").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.If(jen.Len(jen.Id("b")).Op("==").Lit(0)).Block(jen.Op("*").Id("t").Op("=").Id(t.name).Values(), jen.Return(jen.Nil())),
		jen.List(jen.Id("v"), jen.Err()).Op(":=").Qual("time", "ParseInLocation").Call(jen.Id(layout), jen.String().Parens(jen.Id("b")), jen.Qual("time", "UTC")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(codeError(jen.Lit(t.name), jen.String().Parens(jen.Id("b")), jen.Lit("a time like "+t.example)))),
		jen.Id("t").Dot("Time").Op("=").Id("v"),
		jen.Return(jen.Nil()),
	)
	f.Add(doc("MarshalJSON encodes t as a JSON string in the layout."))
	f.Func().Params(recvT.Clone()).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.List(jen.Id("b"), jen.Id("_")).Op(":=").Id("t").Dot("MarshalText").Call(),
		jen.Return(jen.Qual("encoding/json", "Marshal").Call(jen.String().Parens(jen.Id("b")))),
	)
	f.Add(doc("UnmarshalJSON decodes a JSON string in the layout; null leaves t unchanged."))
	f.Func().Params(jen.Id("t").Op("*").Id(t.name)).Id("UnmarshalJSON").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.If(jen.String().Parens(jen.Id("b")).Op("==").Lit("null")).Block(jen.Return(jen.Nil())),
		jen.Var().Id("s").String(),
		jen.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("b"), jen.Op("&").Id("s")), jen.Err().Op("!=").Nil()).Block(
			jen.Return(codeError(jen.Lit(t.name), jen.String().Parens(jen.Id("b")), jen.Lit("a JSON string"))),
		),
		jen.Return(jen.Id("t").Dot("UnmarshalText").Call(jen.Index().Byte().Parens(jen.Id("s")))),
	)
}
