package gen

import (
	_ "embed"
	"strings"

	"codebook.dev/codebook/spec/goname"
	"github.com/dave/jennifer/jen"
)

// acceptSource is the Accept-Language reader every package with more
// than one language gets, codebookLang among it: acceptlang/accept.go,
// whose tests and fuzz targets run against exactly this code. Holding
// no spec text, it is copied rather than built with jennifer.
//
//go:embed acceptlang/accept.go
var acceptSource string

// emitAccept copies the reader without its package clause.
func emitAccept(f *jen.File) { emitCopied(f, acceptSource, "package acceptlang\n") }

// emitCopied adds src, a tested file of codebook's own that generated
// packages carry verbatim, after its package clause.
func emitCopied(f *jen.File, src, clause string) {
	src = src[strings.Index(src, clause)+len(clause):]
	f.Add(jen.Op(strings.TrimSpace(src)))
}

// The package-level functions that expose the languages.
const (
	languagesFunc = goname.LanguagesFunc
	languageFunc  = goname.LanguageFunc
)

// emitLanguages declares Languages and Language, as far as claimed.
func emitLanguages(f *jen.File, p *pkg) {
	for _, name := range p.langFuncs {
		switch name {
		case languagesFunc:
			f.Add(doc("Languages returns the BCP 47 tags of the languages the spec has texts in,",
				"the fallback first, in a new slice: what Message can answer in."))
			f.Func().Id(languagesFunc).Params().Index().String().Block(
				jen.Return(jen.Append(jen.Index().String().Parens(jen.Nil()), jen.Id(langsVar).Index(jen.Op(":")).Op("..."))))
		case languageFunc:
			lines := []string{"Language returns the language of Languages that Message answers in for lang,",
				"a BCP 47 tag or a whole Accept-Language value: what to send as",
				"Content-Language."}
			var ret jen.Code
			switch len(p.langs) {
			case 0:
				lines = append(lines, "The spec has no text, so it is always \"\".")
				ret = jen.Lit("")
			case 1:
				lines = append(lines, "The spec has text in "+quoteMsg(p.langs[0])+" only, which it always is.")
				ret = jen.Id(langsVar).Index(jen.Lit(0))
			default:
				ret = jen.Id(langsVar).Index(jen.Id(langHelper).Call(jen.Id("lang")))
			}
			f.Add(doc(lines...))
			f.Func().Id(languageFunc).Params(jen.Id("lang").String()).String().Block(jen.Return(ret))
		}
	}
}

// emitLangsVar declares the package's languages, the fallback first.
func emitLangsVar(f *jen.File, p *pkg) {
	f.Add(doc(langsVar + " are the languages of the spec's texts; the first is the fallback."))
	f.Var().Id(langsVar).Op("=").Index(jen.Op("...")).String().ValuesFunc(func(g *jen.Group) {
		for _, l := range p.langs {
			g.Add(str(l))
		}
	})
}
