package gen

import "github.com/dave/jennifer/jen"

// emitJSON declares MarshalJSON, UnmarshalJSON, MarshalText and
// UnmarshalText: the wire form. Integer sets travel as JSON numbers,
// string sets as JSON strings, and a code outside the spec round-trips
// unchanged, so a service that decodes a newer code can still log,
// store and forward it.
//
// Map keys: encoding/json writes a map key with MarshalText but reads
// it back with UnmarshalJSON (quoted) when a type has both, so an
// integer set's UnmarshalJSON also takes a JSON string, read as
// UnmarshalText reads it; map[Code]V then round-trips.
func emitJSON(f *jen.File, s *set) {
	if s.isInt() {
		intJSON(f, s)
		return
	}
	stringJSON(f, s)
}

func recv(s *set) *jen.Statement    { return jen.Id("c").Id(s.Name) }
func ptrRecv(s *set) *jen.Statement { return jen.Id("c").Op("*").Id(s.Name) }

var isNull = jen.If(jen.String().Parens(jen.Id("b")).Op("==").Lit("null")).Block(jen.Return(jen.Nil()))

func intJSON(f *jen.File, s *set) {
	appendInt := jen.Qual("strconv", "AppendInt").Call(jen.Nil(), jen.Int64().Parens(jen.Id("c")), jen.Lit(10))
	f.Add(doc("MarshalJSON encodes c as a JSON number, whether or not the spec knows it."))
	f.Func().Params(recv(s)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(appendInt.Clone(), jen.Nil()),
	)
	f.Add(doc(
		"UnmarshalJSON decodes a JSON number, or a JSON string holding what",
		"UnmarshalText accepts (encoding/json hands map keys over quoted, so",
		"map["+s.Name+"]V round-trips). A code outside the spec is kept unchanged; null",
		"leaves c unchanged; anything else (a fraction, a number out of range, a",
		"string that names no code) is an error naming "+s.Name+".",
	))
	f.Func().Params(ptrRecv(s)).Id("UnmarshalJSON").Params(jen.Id("b").Index().Byte()).Error().Block(
		isNull,
		jen.If(jen.Len(jen.Id("b")).Op(">").Lit(0).Op("&&").Id("b").Index(jen.Lit(0)).Op("==").LitRune('"')).Block(
			jen.Var().Id("t").String(),
			jen.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("b"), jen.Op("&").Id("t")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
			jen.Return(jen.Id("c").Dot("UnmarshalText").Call(jen.Index().Byte().Parens(jen.Id("t")))),
		),
		jen.List(jen.Id("v"), jen.Err()).Op(":=").Id(decimalHelper).Call(jen.Id("b"), jen.Lit(s.Name), jen.Lit("a JSON integer")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Op("*").Id("c").Op("=").Id(s.Name).Parens(jen.Id("v")),
		jen.Return(jen.Nil()),
	)
	f.Add(doc("MarshalText encodes c as its decimal code, as on the wire."))
	f.Func().Params(recv(s)).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(appendInt.Clone(), jen.Nil()),
	)
	f.Add(doc(
		"UnmarshalText accepts what "+parseFunc(s)+" accepts and any other decimal code,",
		"which is kept unchanged; on error c is unchanged.",
	))
	f.Func().Params(ptrRecv(s)).Id("UnmarshalText").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.If(jen.List(jen.Id("v"), jen.Err()).Op(":=").Id(parseFunc(s)).Call(jen.String().Parens(jen.Id("b"))), jen.Err().Op("==").Nil()).Block(
			jen.Op("*").Id("c").Op("=").Id("v"),
			jen.Return(jen.Nil()),
		),
		jen.List(jen.Id("v"), jen.Err()).Op(":=").Id(decimalHelper).Call(jen.Id("b"), jen.Lit(s.Name), jen.Lit("a member name or decimal code")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.Op("*").Id("c").Op("=").Id(s.Name).Parens(jen.Id("v")),
		jen.Return(jen.Nil()),
	)
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
			Block(jen.Return(codeError(jen.Lit(s.Name), jen.String().Parens(jen.Id("b")), jen.Lit("a JSON string")))),
		jen.Op("*").Id("c").Op("=").Id(s.Name).Parens(jen.Id("v")),
		jen.Return(jen.Nil()),
	)
	f.Add(doc("MarshalText encodes c as its code, as on the wire."))
	f.Func().Params(recv(s)).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Index().Byte().Parens(jen.Id("c")), jen.Nil()),
	)
	f.Add(doc(
		"UnmarshalText keeps the text exactly as the code, as on the wire: a code",
		"outside the spec included. Use "+parseFunc(s)+" to read a member's name.",
	))
	f.Func().Params(ptrRecv(s)).Id("UnmarshalText").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.Op("*").Id("c").Op("=").Id(s.Name).Parens(jen.Id("b")),
		jen.Return(jen.Nil()),
	)
}

// emitLogValue makes slog print String, as fmt does: slog's text
// handler prefers MarshalText, which gives the wire code.
func emitLogValue(f *jen.File, s *set) {
	f.Add(doc("LogValue makes log/slog record c as its String, as fmt prints it."))
	f.Func().Params(recv(s)).Id("LogValue").Params().Qual("log/slog", "Value").Block(
		jen.Return(jen.Qual("log/slog", "StringValue").Call(jen.Id("c").Dot("String").Call())),
	)
}

// emitSQL declares driver.Valuer and sql.Scanner with the wire value,
// so a code column round-trips a newer code as JSON does.
func emitSQL(f *jen.File, s *set) {
	want, wire := "an integer or a decimal code", jen.Int64().Parens(jen.Id("c"))
	if !s.isInt() {
		want, wire = "a string", jen.String().Parens(jen.Id("c"))
	}
	f.Add(doc("Value implements database/sql/driver.Valuer with the code as on the wire."))
	f.Func().Params(recv(s)).Id("Value").Params().Params(jen.Qual("database/sql/driver", "Value"), jen.Error()).Block(
		jen.Return(wire, jen.Nil()),
	)
	f.Add(doc(
		"Scan implements database/sql.Scanner: "+want+" column, a code outside",
		"the spec kept unchanged. NULL is an error; scan a nullable column into",
		"sql.Null["+s.Name+"].",
	))
	set := func(v jen.Code) []jen.Code {
		return []jen.Code{jen.Op("*").Id("c").Op("=").Id(s.Name).Parens(v), jen.Return(jen.Nil())}
	}
	var body []jen.Code
	if s.isInt() {
		// A text column holds the decimal code.
		body = []jen.Code{
			jen.If(jen.List(jen.Id("t"), jen.Id("ok")).Op(":=").Id("src").Assert(jen.String()), jen.Id("ok")).Block(jen.Id("src").Op("=").Index().Byte().Parens(jen.Id("t"))),
			jen.Switch(jen.Id("v").Op(":=").Id("src").Assert(jen.Type())).Block(
				jen.Case(jen.Int64()).Block(set(jen.Id("v"))...),
				jen.Case(jen.Index().Byte()).Block(append([]jen.Code{
					jen.List(jen.Id("n"), jen.Err()).Op(":=").Id(decimalHelper).Call(jen.Id("v"), jen.Lit(s.Name), jen.Lit("a decimal code")),
					jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
				}, set(jen.Id("n"))...)...),
			),
		}
	} else {
		body = []jen.Code{jen.Switch(jen.Id("v").Op(":=").Id("src").Assert(jen.Type())).Block(
			jen.Case(jen.String()).Block(set(jen.Id("v"))...),
			jen.Case(jen.Index().Byte()).Block(set(jen.Id("v"))...),
		)}
	}
	body = append(body, jen.Return(jen.Qual("fmt", "Errorf").Call(jen.Lit(s.p.name+": cannot scan %T into "+s.Name+": want "+want), jen.Id("src"))))
	f.Func().Params(ptrRecv(s)).Id("Scan").Params(jen.Id("src").Any()).Error().Block(body...)
}
