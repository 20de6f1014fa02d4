package gen

import (
	"strconv"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/semantics"
	"github.com/dave/jennifer/jen"
)

// Behaviour methods answer what a service does with a code: map it to
// an HTTP status, retry, treat the outcome as final, group it. Each is
// generated only when the provider's table has the column (see
// spec.Columns): a method that answered 0 or false for every code would
// claim knowledge the spec does not give. Retryable is the exception:
// when no column says it, a member's text may ("try again later"), and
// the method's doc says the answer was read from text.

// retrySource records, per member, whether Retryable is true and
// whether that answer came from its text rather than a column.
type retrySource struct {
	// any: the method is generated (a column, or a text cue).
	any bool
	// column: the set has a Retryable column.
	column bool
	yes    map[*spec.Member]bool
	text   map[*spec.Member]bool
}

func (r *retrySource) fromText(m *spec.Member) bool { return r.text[m] }

// resolveRetry takes semantics' answers, keyed by member for the
// emitters, which walk members in table order.
func resolveRetry(ss *spec.Set) retrySource {
	sr := semantics.Retryable(ss)
	r := retrySource{column: sr.Column, any: sr.Any}
	for i, m := range ss.Members {
		if !sr.Yes[i] {
			continue
		}
		if r.yes == nil {
			r.yes = map[*spec.Member]bool{}
		}
		r.yes[m] = true
		if sr.FromText[i] {
			if r.text == nil {
				r.text = map[*spec.Member]bool{}
			}
			r.text[m] = true
		}
	}
	return r
}

// emitBehaviour declares IsSuccess and the methods of the set's
// behaviour columns. Each reads a table in table order through
// codebookIndex, as String does.
func emitBehaviour(f *jen.File, s *set) {
	if s.status.On {
		emitStatus(f, s)
	} else if succ := s.Success(); succ != nil {
		f.Add(doc("IsSuccess reports whether c is " + s.constName(succ) + ", the code of a request that succeeded."))
		f.Func().Params(recv(s)).Id("IsSuccess").Params().Bool().Block(jen.Return(jen.Id("c").Op("==").Id(s.constName(succ))))
	}
	cols := s.Columns
	if semantics.HasHTTPStatus(s.Set) {
		emitHTTPStatus(f, s)
	}
	if s.retry.any {
		tab := "_" + s.Name + "_retryable"
		s.data.array(tab, "bool", len(s.order), func(b []byte, i int) []byte {
			return strconv.AppendBool(b, s.retry.yes[s.order[i]])
		}, tab+" holds whether every member may be retried, in table order.")
		lines := []string{"Retryable reports whether a request answered with c may succeed when sent", "again, as the spec says; false when it does not say or c is not in the spec."}
		if len(s.retry.text) > 0 {
			from := "Where no Retryable column says it,"
			if !s.retry.column {
				from = "The spec has no Retryable column:"
			}
			lines = append(lines, "", from+" the answer is derived from the member's text",
				"(a text that says to try again later), and the member's doc says so.")
		}
		f.Add(doc(lines...))
		f.Func().Params(recv(s)).Id("Retryable").Params().Bool().Block(tableLookup(tab, jen.False(), nil)...)
	}
	if cols.Result {
		tab := "_" + s.Name + "_result"
		s.data.array(tab, "Result", len(s.order), func(b []byte, i int) []byte {
			return append(b, resultConst(s.order[i].Behaviour.Result)...)
		}, tab+" holds the documented result of every member, in table order.")
		f.Add(doc("Result returns the outcome the spec documents for a request answered with c:",
			"ResultSuccess, ResultFailure (final), or ResultUnknown when the outcome is",
			"not known yet (query again), the spec does not say, or c is not in the spec."))
		f.Func().Params(recv(s)).Id("Result").Params().Id("Result").Block(tableLookup(tab, jen.Id("ResultUnknown"), nil)...)
	}
	if cols.Category {
		tab := "_" + s.Name + "_category"
		cats := make([]string, len(s.order))
		for i, m := range s.order {
			cats[i] = m.Behaviour.Category
		}
		s.data.strs(tab, cats, tab+" holds the documented category of every member, in table order.")
		f.Add(doc("Category returns the provider's grouping of c as the spec writes it, or \"\"", "when it gives none or c is not in the spec."))
		f.Func().Params(recv(s)).Id("Category").Params().String().Block(tableLookup(tab, jen.Lit(""), nil)...)
	}
}

// emitHTTPStatus declares HTTPStatus, which never answers 0: a service
// passes it to http.ResponseWriter.WriteHeader, which panics on 0.
func emitHTTPStatus(f *jen.File, s *set) {
	def := semantics.DefaultHTTPStatus(s.Set)
	lines := []string{"HTTPStatus returns the HTTP status for a response carrying c; never 0, so it", "can go straight to http.ResponseWriter.WriteHeader."}
	fallback := itoa(def)
	switch {
	case semantics.ValidStatus(s.Set.HTTPStatus):
		fallback += ", the spec's default status"
	case s.Errors:
		fallback += ", as for any error"
	}
	succ := s.Success()
	if succ != nil && semantics.Documented(succ) {
		succ = nil
	}
	if !s.Columns.HTTPStatus {
		// Every code but the success code has the default: no table.
		var body []jen.Code
		if succ != nil && def != semantics.SuccessStatus {
			lines = append(lines, "The spec gives no status per code: the success code "+s.constName(succ)+" gets",
				itoa(semantics.SuccessStatus)+", every other code "+fallback+".")
			body = append(body, jen.If(jen.Id("c").Op("==").Id(s.constName(succ))).Block(jen.Return(jen.Lit(semantics.SuccessStatus))))
		} else {
			lines = append(lines, "The spec gives no status per code: every code gets "+fallback+".")
		}
		f.Add(doc(lines...))
		f.Func().Params(recv(s)).Id("HTTPStatus").Params().Int().Block(append(body, jen.Return(jen.Lit(def)))...)
		return
	}
	tab := "_" + s.Name + "_httpStatus"
	s.data.array(tab, "uint16", len(s.order), func(b []byte, i int) []byte {
		return strconv.AppendInt(b, int64(semantics.HTTPStatus(s.Set, s.order[i])), 10)
	}, tab+" holds the HTTP status of every member, in table order.")
	lines = append(lines, "It is the status the spec gives for c; for a code it gives none, and for a",
		"code outside the spec, "+fallback+".")
	if succ != nil {
		lines = append(lines, "The success code "+s.constName(succ)+" gets "+itoa(semantics.SuccessStatus)+".")
	}
	f.Add(doc(lines...))
	f.Func().Params(recv(s)).Id("HTTPStatus").Params().Int().Block(tableLookup(tab, jen.Lit(def), func(v jen.Code) jen.Code { return jen.Int().Parens(v) })...)
}

// tableLookup is the body of a per-member method: the entry of table at
// c's position, or none for a code outside the spec.
func tableLookup(table string, none jen.Code, conv func(jen.Code) jen.Code) []jen.Code {
	v := jen.Code(jen.Id(table).Index(jen.Id("i")))
	if conv != nil {
		v = conv(v)
	}
	return []jen.Code{
		jen.If(jen.Id("i").Op(":=").Id("c").Dot(indexMethod).Call(), jen.Id("i").Op(">=").Lit(0)).Block(jen.Return(v)),
		jen.Return(none),
	}
}

func resultConst(r spec.Result) string {
	switch r {
	case spec.ResultSuccess:
		return "ResultSuccess"
	case spec.ResultFailure:
		return "ResultFailure"
	}
	return "ResultUnknown"
}

// results are Result's constants with their spellings, in value order:
// the zero value is ResultUnknown, the safe reading of a code nobody
// documented.
var results = []struct{ name, text, doc string }{
	{"ResultUnknown", "unknown", "ResultUnknown: the outcome is not known (U), the spec does not say, or the code is not in the spec; query the request again before acting on it."},
	{"ResultSuccess", "success", "ResultSuccess: the request succeeded (S)."},
	{"ResultFailure", "failure", "ResultFailure: the request failed (F), finally."},
}

// emitResultType declares Result, the type of the result-status
// methods, in the package file.
func emitResultType(f *jen.File) {
	f.Add(doc("Result is the outcome a provider's table documents for a code, from its", "result-status column (S, F or U)."))
	f.Type().Id("Result").Int8()
	f.Const().DefsFunc(func(g *jen.Group) {
		for i, r := range results {
			g.Add(doc(r.doc))
			if i == 0 {
				g.Id(r.name).Id("Result").Op("=").Iota()
				continue
			}
			g.Id(r.name)
		}
	})
	f.Add(doc("String returns \"unknown\", \"success\" or \"failure\"."))
	f.Func().Params(jen.Id("r").Id("Result")).Id("String").Params().String().Block(
		jen.Switch(jen.Id("r")).BlockFunc(func(g *jen.Group) {
			for _, r := range results[1:] {
				g.Case(jen.Id(r.name)).Return(jen.Lit(r.text))
			}
		}),
		jen.Return(jen.Lit(results[0].text)),
	)
	f.Add(doc("MarshalText encodes r as its String."))
	f.Func().Params(jen.Id("r").Id("Result")).Id("MarshalText").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Index().Byte().Parens(jen.Id("r").Dot("String").Call()), jen.Nil()),
	)
	f.Add(doc("UnmarshalText accepts what String returns; anything else is an error and", "leaves r unchanged."))
	f.Func().Params(jen.Id("r").Op("*").Id("Result")).Id("UnmarshalText").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.Switch(jen.String().Parens(jen.Id("b"))).BlockFunc(func(g *jen.Group) {
			for _, r := range results {
				g.Case(jen.Lit(r.text)).Block(jen.Op("*").Id("r").Op("=").Id(r.name), jen.Return(jen.Nil()))
			}
		}),
		jen.Return(codeError(jen.Lit("Result"), jen.String().Parens(jen.Id("b")), jen.Lit("unknown, success or failure"))),
	)
}
