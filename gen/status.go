package gen

import (
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/semantics"
	"github.com/dave/jennifer/jen"
)

// Status predicates: a status set (PENDING/COMPLETED/FAILED, or a
// result column's S/F/U) answers IsSuccess, IsFailure, IsPending and
// IsTerminal from one table of outcomes; see semantics.Outcomes for
// which sets are status sets and where each outcome comes from.

// resolveStatus reads the set's outcomes and warns about a set that
// looks like a status set but whose codes do not all say their outcome.
func resolveStatus(st *set, diags *spec.Diags) {
	st.status = semantics.Outcomes(st.Set)
	if st.status.On {
		st.outcome = make(map[*spec.Member]semantics.Outcome, len(st.Members))
		st.outcomeFrom = map[*spec.Member]string{}
		for i, m := range st.Members {
			st.outcome[m] = st.status.Of[i]
			switch {
			case st.status.FromText[i]:
				st.outcomeFrom[m] = "read from its code or text"
			case m.Outcome != spec.ResultUnset:
				st.outcomeFrom[m] = "from an outcome directive"
			}
		}
	}
	if u := st.status.Unclear; len(u) > 0 {
		vals := make([]string, 0, min(len(u), 5))
		for _, m := range u[:min(len(u), 5)] {
			vals = append(vals, quoteMsg(m.Value))
		}
		more := ""
		if len(u) > 5 {
			more = " and " + itoa(len(u)-5) + " more"
		}
		diags.Warnf(st.Pos, "set %s looks like a status set, but no column or text says the outcome of %s: no IsSuccess, IsFailure, IsPending or IsTerminal is generated; outcome.CODE=success|failure|pending directives decide",
			st.Name, strings.Join(vals, ", ")+more)
	}
}

// statusPredicates are the methods of a status set: name, the outcomes
// that answer true, and what the doc says they are.
var statusPredicates = []struct {
	name string
	is   func(semantics.Outcome) bool
	what string
}{
	{"IsSuccess", func(o semantics.Outcome) bool { return o == semantics.Success }, "a request that succeeded"},
	{"IsFailure", func(o semantics.Outcome) bool { return o == semantics.Failure }, "a request that failed, finally"},
	{"IsPending", func(o semantics.Outcome) bool { return o == semantics.Pending }, "a request not finished yet (query it again later)"},
	{"IsTerminal", semantics.Outcome.Terminal, "a request whose outcome will not change (success or failure)"},
}

// emitStatus declares the status predicates, each reading the outcome
// table in table order.
func emitStatus(f *jen.File, s *set) {
	tab := "_" + s.Name + "_outcome"
	s.data.array(tab, "uint8", len(s.order), func(b []byte, i int) []byte {
		return strconv.AppendInt(b, int64(s.outcome[s.order[i]]), 10)
	}, tab+" holds the outcome of every member, in table order: 0 none, 1 success, 2 failure, 3 pending.")
	for _, pr := range statusPredicates {
		var hits []string
		var match []jen.Code
		for o := semantics.Success; o <= semantics.Pending; o++ {
			if pr.is(o) {
				match = append(match, jen.Id("o").Op("==").Lit(int(o)))
			}
		}
		for _, m := range s.Members {
			if pr.is(s.outcome[m]) {
				hits = append(hits, s.constName(m))
			}
		}
		lines := []string{pr.name + " reports whether c is the code of " + pr.what + ":"}
		switch {
		case len(hits) == 0:
			lines = append(lines, "no code of the spec is; false for every code.")
		case len(hits) <= 6:
			lines = append(lines, strings.Join(hits, ", ")+". False for a code outside the spec.")
		default:
			lines = append(lines, itoa(len(hits))+" codes of the spec, "+strings.Join(hits[:3], ", ")+"…",
				"False for a code outside the spec.")
		}
		f.Add(doc(lines...))
		cond := match[0]
		if len(match) > 1 {
			cond = jen.Add(match[0]).Op("||").Add(match[1])
		}
		f.Func().Params(recv(s)).Id(pr.name).Params().Bool().Block(
			jen.If(jen.Id("i").Op(":=").Id("c").Dot(indexMethod).Call(), jen.Id("i").Op(">=").Lit(0)).Block(
				jen.Id("o").Op(":=").Id(tab).Index(jen.Id("i")),
				jen.Return(cond),
			),
			jen.Return(jen.False()),
		)
	}
}
