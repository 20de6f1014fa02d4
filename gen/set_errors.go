package gen

import (
	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// emitErrors gives an error set its error behaviour. The code type itself
// implements error, so errors.Is(err, ErrorCodeSignError) compiles and
// is a plain comparison; the error type carries the provider's message
// and unwraps to the code, so errors.Is and errors.As see through it and
// through any %w wrapping. The success member is never returned as an
// error: Err and WithMessage give nil for it.
func emitErrors(f *jen.File, s *set) {
	if !s.Errors {
		return
	}
	emitCodeError(f, s)
	emitErr(f, s)
	emitErrorType(f, s)
}

// codeHead renders the start of an error text: the name and, for a
// known integer code, the code in parentheses: "OPI_SIGN_ERROR (21001)".
func codeHead(s *set, code jen.Code) []jen.Code {
	stmts := []jen.Code{jen.Id("t").Op(":=").Add(code).Dot("String").Call()}
	if s.isInt() {
		stmts = append(stmts, jen.If(jen.Add(code).Dot("IsKnown").Call()).Block(
			jen.Id("t").Op("+=").Lit(" (").Op("+").Qual("strconv", "FormatInt").Call(jen.Int64().Parens(code), jen.Lit(10)).Op("+").Lit(")"),
		))
	}
	return stmts
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

func emitCodeError(f *jen.File, s *set) {
	example := s.Name + "(-10099)"
	if !s.isInt() {
		example = s.Name + `("NEW_CODE")`
	}
	f.Add(doc(
		"Error implements error so that codes can be returned, wrapped and matched",
		"with errors.Is and errors.As. It gives the name, the code and the spec's",
		"text, as in \"OPI_SIGN_ERROR (21001): Request sign error\"; a code outside",
		"the spec reads "+example+".",
	))
	body := codeHead(s, jen.Id("c"))
	body = append(body,
		jen.If(jen.Id("m").Op(":=").Id("c").Dot("Message").Call(jen.Lit("")), jen.Id("m").Op("!=").Lit("")).Block(
			jen.Id("t").Op("+=").Lit(": ").Op("+").Id("m"),
		),
		jen.Return(jen.Id("t")),
	)
	f.Func().Params(recv(s)).Id("Error").Params().String().Block(body...)
}

func emitErr(f *jen.File, s *set) {
	succ := s.Success()
	nilFor := func() jen.Code {
		if succ == nil {
			return jen.Null()
		}
		return jen.If(jen.Id("c").Op("==").Id(s.constName(succ))).Block(jen.Return(jen.Nil()))
	}
	lead := "Err returns c as an error."
	if succ != nil {
		lead = "Err returns nil for " + s.constName(succ) + " and c as an error otherwise."
	}
	f.Add(doc(lead, "Use it to turn a received code into the error a function returns."))
	f.Func().Params(recv(s)).Id("Err").Params().Error().Block(nilFor(), jen.Return(jen.Id("c")))

	lead = "WithMessage returns an *" + errorType(s) + " carrying c and msg, the message"
	if succ != nil {
		lead = "WithMessage returns nil for " + s.constName(succ) + "; otherwise an *" + errorType(s) + " carrying c and msg, the message"
	}
	f.Add(doc(lead, "the provider sent with it."))
	f.Func().Params(recv(s)).Id("WithMessage").Params(jen.Id("msg").String()).Error().Block(
		nilFor(),
		jen.Return(jen.Op("&").Id(errorType(s)).Values(jen.Dict{jen.Id("Code"): jen.Id("c"), jen.Id("Message"): jen.Id("msg")})),
	)
}

func emitErrorType(f *jen.File, s *set) {
	t := errorType(s)
	f.Add(doc(
		t+" is the error of a received "+s.Name+": the code and the message that came",
		"with it (the provider's message may differ from the spec's text).",
		"errors.Is(err, "+s.constName(exampleMember(s))+") reports whether err carries that code, and",
		"errors.As(err, &code) yields the code, also through %w wrapping.",
	))
	f.Type().Id(t).Struct(
		jen.Comment("// Code is the code received."),
		jen.Id("Code").Id(s.Name),
		jen.Comment("// Message is the message received with it; it may be empty."),
		jen.Id("Message").String(),
	)
	f.Add(doc("Error gives the code's name and number and the received message, or the", "spec's text when the message is empty."))
	body := []jen.Code{jen.If(jen.Id("e").Dot("Message").Op("==").Lit("")).Block(jen.Return(jen.Id("e").Dot("Code").Dot("Error").Call()))}
	body = append(body, codeHead(s, jen.Id("e").Dot("Code"))...)
	body = append(body, jen.Return(jen.Id("t").Op("+").Lit(": ").Op("+").Id("e").Dot("Message")))
	f.Func().Params(jen.Id("e").Op("*").Id(t)).Id("Error").Params().String().Block(body...)
	f.Add(doc("Unwrap returns the code, which is what errors.Is and errors.As match."))
	f.Func().Params(jen.Id("e").Op("*").Id(t)).Id("Unwrap").Params().Error().Block(jen.Return(jen.Id("e").Dot("Code")))
}
