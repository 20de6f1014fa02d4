package gen

import (
	"strings"

	"codebook.dev/codebook/spec/langtag"
	"github.com/dave/jennifer/jen"
)

// emitMessage declares Message: the spec text in the caller's language,
// from one array per set indexed by column*members+position, so that no
// call allocates.
func emitMessage(f *jen.File, s *set) {
	ranges := len(usableRanges(s)) > 0
	lines := messageDoc(s.p.langs)
	if ranges {
		lines = append(lines, "For a value outside the spec it returns the text of the documented range", "c falls in, or \"\" when there is none.")
	} else {
		lines = append(lines, "For a value outside the spec it returns \"\".")
	}
	unknown := jen.Return(jen.Lit(""))
	if ranges {
		unknown = jen.Return(jen.Id("c").Dot(rangeMessageMethod).Call(jen.Id("lang")))
	}
	f.Add(doc(lines...))
	if len(s.cols) == 0 {
		f.Func().Params(recv(s)).Id("Message").Params(jen.Id("lang").String()).String().Block(unknown)
		return
	}
	tab := "_" + s.Name + "_text"
	entries := make([]string, 0, len(s.cols)*len(s.order))
	for _, l := range s.cols {
		for _, m := range s.order {
			entries = append(entries, s.text(m, l))
		}
	}
	s.data.strs(tab, entries, tab+" holds the text of every member per language column, in table order.")
	body := []jen.Code{
		jen.Id("i").Op(":=").Id("c").Dot(indexMethod).Call(),
		jen.If(jen.Id("i").Op("<").Lit(0)).Block(unknown),
	}
	if len(s.cols) > 1 {
		col := "_" + s.Name + "_col"
		s.data.ints(col, "uint8", colMap(s), col+" maps a language of "+langsVar+" to a column of "+tab+".")
		body = append(body, jen.Id("i").Op("+=").Lit(len(s.order)).Op("*").Int().Parens(jen.Id(col).Index(jen.Id(langHelper).Call(jen.Id("lang")))))
	}
	body = append(body, jen.Return(jen.Id(tab).Index(jen.Id("i"))))
	f.Func().Params(recv(s)).Id("Message").Params(jen.Id("lang").String()).String().Block(body...)
}

// messageDoc explains how Message picks a language, for the languages
// the package has.
func messageDoc(langs []string) []string {
	if len(langs) < 2 {
		return []string{"Message returns the spec's text for c in the language of the BCP 47 tag lang.",
			"The spec has text in " + fallbackName(langs) + " only, which every tag gets."}
	}
	lines := []string{"Message returns the spec's text for c in the language lang asks for: a BCP",
		"47 tag, or a whole Accept-Language value, whose ranges are tried by q-value",
		"(see Language)."}
	quoted := make([]string, len(langs))
	for i, l := range langs {
		quoted[i] = quoteMsg(l)
	}
	lines = append(lines,
		"The spec has "+strings.Join(quoted, ", ")+". A tag is matched whole, then",
		"without its last subtag, again and again (zh-Hans-CN, zh-Hans, zh), ignoring",
		"case and taking \"_\" for \"-\".")
	if hasHant(langs) {
		lines = append(lines, "zh-TW, zh-HK and zh-MO try zh-Hant before zh.")
	}
	return append(lines,
		"Any other tag, and a member without text in the language, gets "+fallbackName(langs)+".")
}

// colMap maps each package language to the set's column for it: the
// first column of its fallback chain (zh-Hant-TW, zh-Hant, zh) that the
// set has text in, else the fallback column 0. Message follows the same
// chain at run time for tags that are not package languages.
func colMap(s *set) []int {
	out := make([]int, len(s.p.langs))
	for i, l := range s.p.langs {
		out[i] = chainColumn(s.cols, l)
	}
	return out
}

func chainColumn(cols []string, lang string) int {
	for _, l := range langChain(lang) {
		for k, c := range cols {
			if strings.EqualFold(c, l) {
				return k
			}
		}
	}
	return 0
}

// langChain is the documented fallback of a tag, most specific first:
// the tag, then the tag without its last subtag, again and again, with
// zh-Hant before zh for the Traditional regions (zh-TW, zh-HK, zh-MO).
// The last resort, the package's first language, is not in it.
func langChain(tag string) []string {
	chain := []string{tag}
	hant := false
	for {
		cut := strings.LastIndexAny(tag, "-_")
		if cut < 0 {
			return chain
		}
		parent, region := tag[:cut], strings.ToUpper(tag[cut+1:])
		if !hant && strings.EqualFold(parent, "zh") && (region == "TW" || region == "HK" || region == "MO") {
			hant = true
			chain = append(chain, "zh-Hant")
			tag = "zh-Hant"
			continue
		}
		chain = append(chain, parent)
		tag = parent
	}
}

func fallbackName(langs []string) string {
	if len(langs) == 0 {
		return `""`
	}
	return quoteMsg(langs[0])
}

// hasHant reports a Traditional Chinese language: then Chinese tags of
// Traditional regions (zh-TW) try it before zh.
func hasHant(langs []string) bool {
	for _, l := range langs {
		if langtag.Base(l) == "zh" && strings.Contains(strings.ToLower(l), "-hant") {
			return true
		}
	}
	return false
}

// emitLangs declares the package's languages and codebookLang, which
// picks one for a BCP 47 tag without allocating: the tag, then its
// parents (zh-Hant-TW, zh-Hant, zh), case-insensitive and with "_"
// taken for "-"; Chinese of Traditional regions (zh-TW, zh-HK, zh-MO)
// tries zh-Hant before zh; no match is 0, English (or the spec's first
// language when it has no English).
func emitLangs(f *jen.File, p *pkg) {
	emitLangsVar(f, p)
	tag, cut := jen.Id("tag"), jen.Id("cut")
	parent := jen.Id("tag").Index(jen.Op(":").Id("cut"))
	var hant []jen.Code
	lines := []string{matchHelper + " returns the " + langsVar + " position for a BCP 47 tag: the tag, then", "the tag without its last subtag, again and again; else false."}
	if hasHant(p.langs) {
		lines = []string{matchHelper + " returns the " + langsVar + " position for a BCP 47 tag: the tag, then", "the tag without its last subtag, again and again, with zh-Hant tried before", "zh for the Traditional regions zh-TW, zh-HK and zh-MO; else false."}
		region := jen.Id("tag").Index(jen.Id("cut").Op("+").Lit(1).Op(":"))
		isRegion := func(r string) *jen.Statement { return jen.Id(tagEqualHelper).Call(region.Clone(), jen.Lit(r)) }
		hant = []jen.Code{
			jen.If(jen.Op("!").Id("hant").Op("&&").Id(tagEqualHelper).Call(parent.Clone(), jen.Lit("zh")).Op("&&").
				Parens(isRegion("TW").Op("||").Add(isRegion("HK")).Op("||").Add(isRegion("MO")))).Block(
				jen.List(jen.Id("tag"), jen.Id("hant")).Op("=").List(jen.Lit("zh-Hant"), jen.True()),
				jen.Continue(),
			),
		}
	}
	body := []jen.Code{
		jen.For(jen.List(jen.Id("i"), jen.Id("l")).Op(":=").Range().Id(langsVar)).Block(
			jen.If(jen.Id(tagEqualHelper).Call(tag, jen.Id("l"))).Block(jen.Return(jen.Id("i"), jen.True())),
		),
		cut.Clone().Op(":=").Len(tag).Op("-").Lit(1),
		jen.For(cut.Clone().Op(">=").Lit(0).Op("&&").Add(tag).Index(cut).Op("!=").LitRune('-').Op("&&").Add(tag).Index(cut).Op("!=").LitRune('_')).Block(
			cut.Clone().Op("--"),
		),
		jen.If(cut.Clone().Op("<").Lit(0)).Block(jen.Return(jen.Lit(0), jen.False())),
	}
	body = append(body, hant...)
	body = append(body, tag.Clone().Op("=").Add(parent))
	f.Add(doc(lines...))
	fn := []jen.Code{jen.For().Block(body...)}
	if len(hant) > 0 {
		fn = append([]jen.Code{jen.Id("hant").Op(":=").False()}, fn...)
	}
	f.Func().Id(matchHelper).Params(jen.Id("tag").String()).Params(jen.Int(), jen.Bool()).Block(fn...)
	emitAccept(f)

	emitFoldEqual(f, tagEqualHelper, func(v string) jen.Code {
		return lowerLetter(v).Else().If(jen.Id(v).Op("==").LitRune('_')).Block(jen.Id(v).Op("=").LitRune('-'))
	}, tagEqualHelper+" reports whether two tags are equal ignoring the case of ASCII", "letters and taking \"_\" for \"-\".")
}
