package gen

import "github.com/dave/jennifer/jen"

// emitJSON declares MarshalJSON and UnmarshalJSON: the wire form. Integer
// sets travel as JSON numbers, string sets as JSON strings, and a code
// outside the spec round-trips unchanged, so a service that decodes a
// newer code can still log, store and forward it.
func emitJSON(f *jen.File, s *set) {
	if s.isInt() {
		intJSON(f, s)
		return
	}
	stringJSON(f, s)
}

func recv(s *set) *jen.Statement    { return jen.Id("c").Id(s.Name) }
func ptrRecv(s *set) *jen.Statement { return jen.Id("c").Op("*").Id(s.Name) }

func decodeFail(s *set, want string, input jen.Code) *jen.Statement {
	return jen.Return(jen.Op("&").Id("codeError").Values(jen.Dict{
		jen.Id("typ"): jen.Lit(s.Name), jen.Id("input"): input, jen.Id("want"): jen.Lit(want),
	}))
}

var isNull = jen.If(jen.String().Parens(jen.Id("b")).Op("==").Lit("null")).Block(jen.Return(jen.Nil()))

func intJSON(f *jen.File, s *set) {
	appendInt := jen.Qual("strconv", "AppendInt").Call(jen.Nil(), jen.Int64().Parens(jen.Id("c")), jen.Lit(10))
	f.Add(doc("MarshalJSON encodes c as a JSON number, whether or not the spec knows it."))
	f.Func().Params(recv(s)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(appendInt, jen.Nil()),
	)
	f.Add(doc(
		"UnmarshalJSON decodes a JSON number. A code outside the spec is kept",
		"unchanged; null leaves c unchanged; anything else (a string, a fraction,",
		"a number out of range) is an error naming "+s.Name+".",
	))
	f.Func().Params(ptrRecv(s)).Id("UnmarshalJSON").Params(jen.Id("b").Index().Byte()).Error().Block(
		append([]jen.Code{isNull}, storeDecimal(s, "a JSON integer")...)...,
	)
	f.Add(doc("MarshalText encodes c as its decimal code, as on the wire."))
	f.Func().Params(recv(s)).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(appendInt, jen.Nil()),
	)
	f.Add(doc(
		"UnmarshalText accepts what "+parseFunc(s)+" accepts and any other decimal code,",
		"which is kept unchanged.",
	))
	byName := jen.If(jen.List(jen.Id("v"), jen.Err()).Op(":=").Id(parseFunc(s)).Call(jen.String().Parens(jen.Id("b"))), jen.Err().Op("==").Nil()).Block(
		jen.Op("*").Id("c").Op("=").Id("v"),
		jen.Return(jen.Nil()),
	)
	f.Func().Params(ptrRecv(s)).Id("UnmarshalText").Params(jen.Id("b").Index().Byte()).Error().Block(
		append([]jen.Code{byName}, storeDecimal(s, "a member name or decimal code")...)...,
	)
}

// storeDecimal decodes b with the package's decimal helper into *c.
func storeDecimal(s *set, want string) []jen.Code {
	return []jen.Code{
		jen.List(jen.Id("v"), jen.Err()).Op(":=").Id("decimal").Call(jen.Id("b"), jen.Lit(s.Name), jen.Lit(want)),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Op("*").Id("c").Op("=").Id(s.Name).Parens(jen.Id("v")),
		jen.Return(jen.Nil()),
	}
}

func stringJSON(f *jen.File, s *set) {
	f.Add(doc("MarshalJSON encodes c as a JSON string, whether or not the spec knows it."))
	f.Func().Params(recv(s)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Qual("encoding/json", "Marshal").Call(jen.String().Parens(jen.Id("c")))),
	)
	f.Add(doc(
		"UnmarshalJSON decodes a JSON string and keeps it exactly, a code outside",
		"the spec included; null leaves c unchanged; anything else (a number, an",
		"object) is an error naming "+s.Name+".",
	))
	f.Func().Params(ptrRecv(s)).Id("UnmarshalJSON").Params(jen.Id("b").Index().Byte()).Error().Block(
		isNull,
		jen.Var().Id("v").String(),
		jen.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("b"), jen.Op("&").Id("v")), jen.Err().Op("!=").Nil()).
			Block(decodeFail(s, "a JSON string", jen.String().Parens(jen.Id("b")))),
		jen.Op("*").Id("c").Op("=").Id(s.Name).Parens(jen.Id("v")),
		jen.Return(jen.Nil()),
	)
	f.Add(doc("MarshalText encodes c as its code, as on the wire."))
	f.Func().Params(recv(s)).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Index().Byte().Parens(jen.Id("c")), jen.Nil()),
	)
	f.Add(doc(
		"UnmarshalText accepts what "+parseFunc(s)+" accepts (and stores the code it",
		"names); any other text is kept unchanged as a code outside the spec.",
	))
	f.Func().Params(ptrRecv(s)).Id("UnmarshalText").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.If(jen.List(jen.Id("v"), jen.Err()).Op(":=").Id(parseFunc(s)).Call(jen.String().Parens(jen.Id("b"))), jen.Err().Op("==").Nil()).Block(
			jen.Op("*").Id("c").Op("=").Id("v"),
			jen.Return(jen.Nil()),
		),
		jen.Op("*").Id("c").Op("=").Id(s.Name).Parens(jen.Id("b")),
		jen.Return(jen.Nil()),
	)
}
