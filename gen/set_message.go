package gen

import (
	"strings"

	"github.com/dave/jennifer/jen"
)

// emitMessage declares Message: the spec text in the caller's language,
// from one string per set indexed by column*members+position, so that
// no call allocates.
func emitMessage(f *jen.File, s *set) {
	tab := "_" + s.Name + "_text"
	var entries []string
	for _, l := range s.cols {
		for _, m := range s.order {
			entries = append(entries, s.text(m, l))
		}
	}
	lines := []string{
		"Message returns the spec's text for c in the language of the BCP 47 tag",
		"lang (" + langExamples(s.p.langs) + ");",
		"any other tag gets " + fallbackName(s.p.langs) + ". A member without text in that language gets its",
		"fallback text.",
	}
	if len(s.Ranges) > 0 && s.isInt() {
		lines = append(lines, "For a value outside the spec it returns the text of the documented range", "c falls in, or \"\" when there is none.")
	} else {
		lines = append(lines, "For a value outside the spec it returns \"\".")
	}
	unknown := jen.Return(jen.Lit(""))
	if len(s.Ranges) > 0 && s.isInt() {
		unknown = jen.Return(jen.Id("c").Dot("rangeMessage").Call(jen.Id("lang")))
	}
	if len(s.cols) == 0 {
		f.Add(doc(lines...))
		f.Func().Params(jen.Id("c").Id(s.Name)).Id("Message").Params(jen.Id("lang").String()).String().Block(
			jen.Id("_").Op("=").Id("lang"),
			unknown,
		)
		return
	}
	s.data.strs(tab, entries, tab+" holds the text of every member per language column, in table order.")
	body := []jen.Code{
		jen.Id("i").Op(":=").Id("c").Dot("index").Call(),
		jen.If(jen.Id("i").Op("<").Lit(0)).Block(unknown),
	}
	if len(s.cols) > 1 {
		col := "_" + s.Name + "_col"
		s.data.ints(col, "uint8", colMap(s), col+" maps a language of the package to a column of "+tab+".")
		body = append(body, jen.Id("i").Op("+=").Lit(len(s.order)).Op("*").Int().Parens(jen.Id(col).Index(jen.Id("langIndex").Call(jen.Id("lang")))))
	} else {
		body = append(body, jen.Id("_").Op("=").Id("lang"))
	}
	body = append(body, jen.Return(jen.Id(tab).Index(jen.Id("i"))))
	f.Add(doc(lines...))
	f.Func().Params(jen.Id("c").Id(s.Name)).Id("Message").Params(jen.Id("lang").String()).String().Block(body...)
}

// colMap maps each package language to the set's column for it: its own
// column when the set has text in it, else the fallback column 0.
func colMap(s *set) []int {
	out := make([]int, len(s.p.langs))
	for i, l := range s.p.langs {
		for k, c := range s.cols {
			if c == l {
				out[i] = k
			}
		}
	}
	return out
}

func langExamples(langs []string) string {
	var parts []string
	for _, l := range langs {
		if l == "zh" {
			parts = append(parts, `"zh", "zh-CN", "zh-Hans" and "zh-TW" get zh`)
			continue
		}
		parts = append(parts, quoteMsg(l)+" gets "+l)
	}
	if len(parts) == 0 {
		return "the spec has no text"
	}
	return strings.Join(parts, "; ")
}

func fallbackName(langs []string) string {
	if len(langs) == 0 {
		return `""`
	}
	return langs[0]
}
