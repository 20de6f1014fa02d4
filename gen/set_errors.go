package gen

import (
	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// Errors: a code type does not implement error. If it did, the success
// code would be a non-nil error the moment it is assigned to one (var
// err error = resp.Code), and fmt would print Error() where String was
// meant. Err and WithMessage make the error (nil for the success code),
// a *Error[T] holding the code and the provider's message, and <Type>Of
// reads the code back out of any error, through %w wrapping: matching
// by code is one line, as gRPC's status.Code(err) is.

// emitErrorType declares Error, generic over the package's error sets,
// in the package file.
func emitErrorType(f *jen.File, p *pkg) {
	s := p.errSets[0]
	example := s.constName(exampleMember(s))
	f.Add(doc(
		"Error is the error a received code becomes: the code and the message the",
		"provider sent with it. Err and WithMessage of a code make one; "+ofFunc(s)+" and",
		"the other <Type>Of functions give the code back from an error that wraps one.",
		"errors.Is(err, "+example+".Err()) also matches by code, and errors.As(err,",
		"&e) with e of type *Error["+s.Name+"]"+aliasNote(p, s)+" yields both.",
	))
	var union []jen.Code
	for i, es := range p.errSets {
		if i == 0 {
			union = append(union, jen.Id(es.Name))
			continue
		}
		union = append(union, jen.Op("|").Id(es.Name))
	}
	f.Type().Id("Error").Types(jen.Id("C").Add(union...)).Struct(
		jen.Comment("// Code is the code received."),
		jen.Id("Code").Id("C"),
		jen.Comment("// Message is the message received with it; Error uses the spec's text"),
		jen.Comment("// when it is empty."),
		jen.Id("Message").String(),
	)
	for _, es := range p.errSets {
		if es.alias == "" {
			continue
		}
		f.Add(doc(es.alias+" is Error["+es.Name+"], the error a "+es.Name+" becomes, under a name that", "errors.As takes without a type argument:", "",
			"\tvar e *"+p.name+"."+es.alias,
			"\tif errors.As(err, &e) {",
			"\t\tlog.Print(e.Code, e.Message)",
			"\t}"))
		f.Type().Id(es.alias).Op("=").Id("Error").Types(jen.Id(es.Name))
	}
	e := jen.Id("e").Op("*").Id("Error").Types(jen.Id("C"))
	f.Add(doc("Error gives the code's name, its number for a known integer code, and the", "received message or else the spec's text: \"OPI_SIGN_ERROR (21001): bad sign\"."))
	f.Func().Params(e.Clone()).Id("Error").Params().String().Block(
		jen.Return(jen.Id("any").Call(jen.Id("e").Dot("Code")).Assert(jen.Interface(jen.Id(errorTextMethod).Params(jen.String()).String())).Dot(errorTextMethod).Call(jen.Id("e").Dot("Message"))),
	)
	f.Add(doc("Is reports whether target is an *Error with the same code, whatever the", "messages: errors.Is(err, "+example+".Err()) matches by code."))
	f.Func().Params(e.Clone()).Id("Is").Params(jen.Id("target").Error()).Bool().Block(
		jen.List(jen.Id("t"), jen.Id("ok")).Op(":=").Id("target").Assert(jen.Op("*").Id("Error").Types(jen.Id("C"))),
		jen.Return(jen.Id("ok").Op("&&").Id("t").Op("!=").Nil().Op("&&").Id("t").Dot("Code").Op("==").Id("e").Dot("Code")),
	)
}

// emitErrors gives an error set Err, WithMessage and <Type>Of, and the
// text Error uses for its codes.
func emitErrors(f *jen.File, s *set) {
	if !s.Errors {
		return
	}
	succ := s.Success()
	nilFor := func() jen.Code {
		if succ == nil {
			return jen.Null()
		}
		return jen.If(jen.Id("c").Op("==").Id(s.constName(succ))).Block(jen.Return(jen.Nil()))
	}
	errT := jen.Id("Error").Types(jen.Id(s.Name))
	lead := "Err returns c as an *Error[" + s.Name + "]"
	if succ != nil {
		lead += ", or nil for " + s.constName(succ)
	}
	f.Add(doc(lead+": the error a function returns for", "a received code."))
	f.Func().Params(recv(s)).Id("Err").Params().Error().Block(nilFor(), jen.Return(jen.Op("&").Add(errT.Clone()).Values(jen.Dict{jen.Id("Code"): jen.Id("c")})))

	lead = "WithMessage returns an *Error[" + s.Name + "] carrying c and msg, the message the"
	tail := "provider sent with it."
	if succ != nil {
		tail = "provider sent with it; nil for " + s.constName(succ) + "."
	}
	f.Add(doc(lead, tail))
	f.Func().Params(recv(s)).Id("WithMessage").Params(jen.Id("msg").String()).Error().Block(
		nilFor(),
		jen.Return(jen.Op("&").Add(errT.Clone()).Values(jen.Dict{jen.Id("Code"): jen.Id("c"), jen.Id("Message"): jen.Id("msg")})),
	)

	lines := []string{
		ofFunc(s) + " returns the " + s.Name + " that err carries, through any wrapping, and true.",
	}
	var body []jen.Code
	if succ != nil {
		lines = append(lines, "A nil err is "+s.constName(succ)+", as Err gives nil for it.")
		body = append(body, jen.If(jen.Err().Op("==").Nil()).Block(jen.Return(jen.Id(s.constName(succ)), jen.True())))
	}
	lines = append(lines, "For any other error it returns "+s.invalidDoc()+", which is no member, and false.", "",
		"\tif c, _ := "+ofFunc(s)+"(err); c == "+s.constName(exampleMember(s))+" {",
		"\t\t// …",
		"\t}")
	body = append(body,
		jen.Var().Id("e").Op("*").Add(errT.Clone()),
		jen.If(jen.Qual("errors", "As").Call(jen.Err(), jen.Op("&").Id("e"))).Block(jen.Return(jen.Id("e").Dot("Code"), jen.True())),
		jen.Return(jen.Id(s.Name).Parens(jen.Op(s.invalid)), jen.False()),
	)
	f.Add(doc(lines...))
	f.Func().Id(ofFunc(s)).Params(jen.Err().Error()).Params(jen.Id(s.Name), jen.Bool()).Block(body...)

	s.private = append(s.private, func(f *jen.File) { emitErrorText(f, s) })
}

// emitErrorText declares the text of Error for the set's codes: the
// name and, for a known integer code, the code in parentheses, then the
// message: "OPI_SIGN_ERROR (21001): Request sign error".
func emitErrorText(f *jen.File, s *set) {
	body := []jen.Code{jen.Id("t").Op(":=").Id("c").Dot("String").Call()}
	if s.isInt() {
		body = append(body, jen.If(jen.Id("c").Dot("IsKnown").Call()).Block(
			jen.Id("t").Op("+=").Lit(" (").Op("+").Qual("strconv", "FormatInt").Call(jen.Int64().Parens(jen.Id("c")), jen.Lit(10)).Op("+").Lit(")"),
		))
	}
	body = append(body,
		jen.If(jen.Id("msg").Op("==").Lit("")).Block(jen.Id("msg").Op("=").Id("c").Dot("Message").Call(jen.Lit(""))),
		jen.If(jen.Id("msg").Op("!=").Lit("")).Block(jen.Id("t").Op("+=").Lit(": ").Op("+").Id("msg")),
		jen.Return(jen.Id("t")),
	)
	f.Add(doc(errorTextMethod+" is the text of an *Error["+s.Name+"] with c and msg; an empty msg is the", "spec's text."))
	f.Func().Params(recv(s)).Id(errorTextMethod).Params(jen.Id("msg").String()).String().Block(body...)
}

// exampleMember is the member docs use as an example: the first that is
// not the success code.
func exampleMember(s *set) *spec.Member {
	for _, m := range s.Members {
		if !m.Success {
			return m
		}
	}
	return s.Members[0]
}

// invalidDoc describes the value Parse and <Type>Of return on failure.
func (s *set) invalidDoc() string { return s.Name + "(" + s.invalid + ")" }

// aliasNote names the set's alias of the error type, when it has one.
func aliasNote(p *pkg, s *set) string {
	if s.alias == "" {
		return ""
	}
	return " (" + s.alias + ")"
}
