package gen

import (
	"slices"
	"strings"

	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// emitMessages declares Messages for a set where some code has several
// texts (variants): Message keeps returning one text, and Messages
// gives every one, so that no row of the spec is lost in the package.
// Sets without variants get no Messages: Message says it all.
func emitMessages(f *jen.File, s *set) {
	if !hasVariants(s.Set) || len(s.cols) == 0 {
		return
	}
	n := len(s.order)
	var more []string
	at := make([]int, 0, len(s.cols)*n+1)
	for _, l := range s.cols {
		for _, m := range s.order {
			at = append(at, len(more))
			more = append(more, s.moreTexts(m, l)...)
		}
	}
	at = append(at, len(more))
	tab, idx := "_"+s.Name+"_more", "_"+s.Name+"_moreAt"
	s.data.strs(tab, more, tab+" holds the further texts of the members that have several, per language column.")
	s.data.ints(idx, uintType(len(more)), at, idx+" bounds each member's run of "+tab+", per language column, in table order.")

	i, first := jen.Id("i"), jen.Id("first")
	body := []jen.Code{
		first.Clone().Op(":=").Id("c").Dot("Message").Call(jen.Id("lang")),
		i.Clone().Op(":=").Id("c").Dot(indexMethod).Call(),
		jen.If(i.Clone().Op("<").Lit(0)).Block(
			jen.If(first.Clone().Op("==").Lit("")).Block(jen.Return(jen.Nil())),
			jen.Return(jen.Index().String().Values(first.Clone())),
		),
	}
	if len(s.cols) > 1 {
		body = append(body, i.Clone().Op("+=").Lit(n).Op("*").Int().Parens(jen.Id("_"+s.Name+"_col").Index(jen.Id(langHelper).Call(jen.Id("lang")))))
	}
	out := jen.Id("out")
	body = append(body,
		jen.Id("more").Op(":=").Id(tab).Index(jen.Id(idx).Index(i).Op(":").Id(idx).Index(i.Clone().Op("+").Lit(1))),
		out.Clone().Op(":=").Make(jen.Index().String(), jen.Lit(0), jen.Lit(1).Op("+").Len(jen.Id("more"))),
		jen.If(first.Clone().Op("!=").Lit("")).Block(out.Clone().Op("=").Append(out.Clone(), first.Clone())),
		jen.Return(jen.Append(out.Clone(), jen.Id("more").Op("..."))),
	)
	f.Add(doc(
		"Messages returns every text the spec gives c in the language of the BCP 47",
		"tag lang, chosen as Message chooses it: Message's text first, then the texts of",
		"the further rows that give the same code, in the spec's order. A code without",
		"text gets none; the slice is the caller's to keep or change.",
	))
	f.Func().Params(recv(s)).Id("Messages").Params(jen.Id("lang").String()).Index().String().Block(body...)
}

// hasVariants reports a set with a member of several texts.
func hasVariants(s *spec.Set) bool {
	return slices.ContainsFunc(s.Members, func(m *spec.Member) bool { return len(m.Variants) > 0 })
}

// moreTexts are the texts Messages gives for m after Message's, for the
// set's language column col: each variant's text in the first language
// of col's fallback chain it has, else in the first column it has, as
// Message picks the member's own; blank texts and repeats are left out.
func (s *set) moreTexts(m *spec.Member, col string) []string {
	var out []string
	seen := []string{s.text(m, col)}
	for _, v := range m.Variants {
		t := variantText(v, langChain(col), s.cols)
		if strings.TrimSpace(t) == "" || slices.Contains(seen, t) {
			continue
		}
		seen = append(seen, t)
		out = append(out, t)
	}
	return out
}

func variantText(v spec.Variant, chain, cols []string) string {
	for _, ls := range [][]string{chain, cols} {
		for _, l := range ls {
			if t := v.Text(l); strings.TrimSpace(t) != "" {
				return t
			}
		}
	}
	return ""
}

// variantLines are the doc comment's lines for m's further texts, one
// per variant and language, after the member's own.
func variantLines(m *spec.Member) [][2]string {
	var out [][2]string
	for _, v := range m.Variants {
		for _, t := range v.Texts {
			if strings.TrimSpace(t.Text) != "" && t.Text != m.Text(t.Lang) {
				out = append(out, [2]string{t.Lang + ", also", oneLine(t.Text)})
			}
		}
	}
	return out
}
