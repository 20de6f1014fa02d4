package gen

import (
	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// emitRange declares Range and codebookRangeMessage for integer sets
// with documented ranges (such as "214xx"): a code the spec does not
// list but promises a meaning for still gets a useful text. The first
// range that holds c wins, as in the document.
func emitRange(f *jen.File, s *set) {
	rs := usableRanges(s)
	if len(rs) == 0 {
		return
	}
	f.Add(doc("Range returns the documented range c falls in, such as "+quoteMsg(oneLine(rs[0].Pattern))+", or \"\"", "when it falls in none."))
	f.Func().Params(recv(s)).Id("Range").Params().String().Block(
		jen.Switch().BlockFunc(func(g *jen.Group) {
			for _, r := range rs {
				g.Case(inRange(s, r)).Return(str(r.Pattern))
			}
		}),
		jen.Return(jen.Lit("")),
	)
	s.private = append(s.private, func(f *jen.File) {
		f.Add(doc(rangeMessageMethod + " returns the text of the range c falls in, in lang."))
		f.Func().Params(recv(s)).Id(rangeMessageMethod).Params(jen.Id("lang").String()).String().Block(
			jen.Switch().BlockFunc(func(g *jen.Group) {
				for _, r := range rs {
					g.Case(inRange(s, r)).Block(rangeText(s, r)...)
				}
			}),
			jen.Return(jen.Lit("")),
		)
	})
}

// usableRanges are the ranges of an integer set that overlap its type.
func usableRanges(s *set) []*spec.Range {
	if !s.isInt() {
		return nil
	}
	var out []*spec.Range
	for _, r := range s.Ranges {
		lo, hi := r.Lo, r.Hi
		if lo <= hi {
			out = append(out, r)
		}
	}
	return out
}

func inRange(s *set, r *spec.Range) *jen.Statement {
	lo, hi := r.Lo, r.Hi
	if lo == hi {
		return jen.Id("c").Op("==").Add(num(lo))
	}
	return num(lo).Op("<=").Id("c").Op("&&").Id("c").Op("<=").Add(num(hi))
}

// rangeText returns the statements choosing the range's text by language,
// falling back as member texts do.
func rangeText(s *set, r *spec.Range) []jen.Code {
	fallback := ""
	for _, l := range s.p.langs {
		if r.Text[l] != "" {
			fallback = r.Text[l]
			break
		}
	}
	var cases []jen.Code
	for i, l := range s.p.langs {
		if t := r.Text[l]; t != "" && t != fallback {
			cases = append(cases, jen.Case(jen.Lit(i)).Return(str(t)))
		}
	}
	if len(cases) == 0 {
		return []jen.Code{jen.Return(str(fallback))}
	}
	return []jen.Code{jen.Switch(jen.Id(langHelper).Call(jen.Id("lang"))).Block(cases...), jen.Return(str(fallback))}
}
