package gen

import (
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// Behaviour methods answer what a service does with a code: map it to
// an HTTP status, retry, treat the outcome as final, group it. Each is
// generated only when the provider's table has the column (see
// spec.Columns): a method that answered 0 or false for every code would
// claim knowledge the spec does not give. Retryable is the exception:
// when no column says it, a member's text may ("try again later"), and
// the method's doc says the answer was read from text.

// retryCues are phrases that tell a caller to retry; matched in lower
// case anywhere in any of a member's texts. Only phrases that say
// "later" or "again" without a condition are here: "provide a unique
// ID and retry" asks for a different request, not a retry.
var retryCues = []string{
	"try again later", "retry later", "try later",
	"temporarily unavailable", "service busy", "system busy",
	"请稍后重试", "请稍后再试", "稍后重试", "稍后再试", "请重试", "系统繁忙",
	"請稍後重試", "請稍後再試", "稍後重試", "稍後再試", "請重試", "系統繁忙",
}

// noRetryCues override retryCues: a text that says not to retry.
var noRetryCues = []string{
	"do not retry", "don't retry", "not retry", "no retry", "without retry",
	"请勿重试", "不要重试", "无需重试", "不可重试", "勿重试",
	"請勿重試", "不要重試", "無需重試", "不可重試", "勿重試",
}

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

// resolveRetry takes each member's answer from the column when its cell
// says yes or no, else from the cues of its texts.
func resolveRetry(ss *spec.Set) retrySource {
	r := retrySource{column: ss.Columns.Retryable, any: ss.Columns.Retryable}
	for _, m := range ss.Members {
		switch m.Behaviour.Retryable {
		case spec.Yes:
			r.set(m, false)
			continue
		case spec.No:
			continue
		}
		if retryCue(m) {
			r.set(m, true)
		}
	}
	return r
}

func (r *retrySource) set(m *spec.Member, fromText bool) {
	if r.yes == nil {
		r.yes = map[*spec.Member]bool{}
	}
	r.yes[m] = true
	r.any = true
	if fromText {
		if r.text == nil {
			r.text = map[*spec.Member]bool{}
		}
		r.text[m] = true
	}
}

// mayCue is a quick test that lets nearly every text skip the cue
// lists (at 100,000 members they were a tenth of resolving): every
// English cue holds "try", "busy" or "unavailable", every Chinese one
// 试, 試 or 繁 (TestMayCue keeps it so).
func mayCue(low string) bool {
	return strings.Contains(low, "try") || strings.Contains(low, "busy") ||
		strings.Contains(low, "unavailable") || strings.ContainsAny(low, "试試繁")
}

// retryCue reports whether any text of m tells the caller to retry.
func retryCue(m *spec.Member) bool {
	yes := false
	for _, t := range m.Texts {
		low := strings.ToLower(t.Text)
		if !mayCue(low) {
			continue
		}
		for _, c := range noRetryCues {
			if strings.Contains(low, c) {
				return false
			}
		}
		for _, c := range retryCues {
			yes = yes || strings.Contains(low, c)
		}
	}
	return yes
}

// emitBehaviour declares IsSuccess and the methods of the set's
// behaviour columns. Each reads a table in table order through
// codebookIndex, as String does.
func emitBehaviour(f *jen.File, s *set) {
	if succ := s.Success(); succ != nil {
		f.Add(doc("IsSuccess reports whether c is " + s.constName(succ) + ", the code of a request that succeeded."))
		f.Func().Params(recv(s)).Id("IsSuccess").Params().Bool().Block(jen.Return(jen.Id("c").Op("==").Id(s.constName(succ))))
	}
	cols := s.Columns
	if cols.HTTPStatus {
		tab := "_" + s.Name + "_httpStatus"
		s.data.array(tab, "uint16", len(s.order), func(b []byte, i int) []byte {
			return strconv.AppendInt(b, int64(httpStatus(s.order[i])), 10)
		}, tab+" holds the documented HTTP status of every member, in table order; 0 when none.")
		f.Add(doc("HTTPStatus returns the HTTP status the spec gives for c, or 0 when it gives", "none or c is not in the spec."))
		f.Func().Params(recv(s)).Id("HTTPStatus").Params().Int().Block(tableLookup(tab, jen.Lit(0), func(v jen.Code) jen.Code { return jen.Int().Parens(v) })...)
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

// httpStatus is the member's documented status when it is one.
func httpStatus(m *spec.Member) int {
	if h := m.Behaviour.HTTPStatus; h >= 100 && h <= 599 {
		return h
	}
	return 0
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
