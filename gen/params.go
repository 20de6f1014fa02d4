package gen

import (
	_ "embed"
	"strings"

	"codebook.dev/codebook/gen/fill"
	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// Message parameters: a set whose texts hold placeholders ("%s",
// "{min}", "{{name}}", "${name}", "{0}") gets MessageWith, which fills
// them from its arguments. fill/fill.go is the filler, copied into the
// package as acceptlang's reader is; fill.Params reads the same
// placeholders at generation time for the docs and the names.

//go:embed fill/fill.go
var fillSource string

const fillHelper = "codebookFill"

// memberParams returns, per member that takes arguments, its params, in
// the order of the set's language columns' texts (the fallback first).
func memberParams(s *set) map[*spec.Member][]fill.Param {
	var out map[*spec.Member][]fill.Param
	for _, m := range s.Members {
		texts := make([]string, 0, len(s.cols))
		for _, l := range s.cols {
			texts = append(texts, s.text(m, l))
		}
		if ps := fill.Params(texts...); len(ps) > 0 {
			if out == nil {
				out = map[*spec.Member][]fill.Param{}
			}
			out[m] = ps
		}
	}
	return out
}

// emitMessageWith declares MessageWith for a set with placeholders.
func emitMessageWith(f *jen.File, s *set) {
	if len(s.params) == 0 {
		return
	}
	lines := []string{
		"MessageWith returns Message(lang) with the placeholders of the text filled",
		"from args, each formatted as fmt.Sprint does: %s, %d and %v take the next",
		"argument, {0} and {1} the argument of that index, and {name}, {{name}} and",
		"${name} the argument at the name's place in the list below, in every",
		"language alike. A placeholder without an argument stays as written. The codes",
		"whose texts take arguments:", ""}
	var named []jen.Code
	n := 0
	for _, m := range s.Members {
		ps := s.params[m]
		if len(ps) == 0 {
			continue
		}
		if n++; n <= 20 {
			syn := make([]string, len(ps))
			for i, p := range ps {
				syn[i] = p.Syntax
			}
			lines = append(lines, "  - "+s.constName(m)+": "+strings.Join(syn, ", "))
		}
		if names := fill.Names(ps); len(names) > 0 {
			lits := []jen.Code{jen.Id("c").Dot("Message").Call(jen.Id("lang")), jen.Id("args"), jen.Qual("fmt", "Sprint")}
			for _, nm := range names {
				lits = append(lits, jen.Lit(nm))
			}
			named = append(named, jen.Case(jen.Id(s.constName(m))).Block(jen.Return(jen.Id(fillHelper).Call(lits...))))
		}
	}
	if n > 20 {
		lines = append(lines, "  - and "+itoa(n-20)+" more")
	}
	var body []jen.Code
	if len(named) > 0 {
		body = append(body, jen.Switch(jen.Id("c")).Block(named...))
	}
	body = append(body, jen.Return(jen.Id(fillHelper).Call(jen.Id("c").Dot("Message").Call(jen.Id("lang")), jen.Id("args"), jen.Qual("fmt", "Sprint"))))
	f.Add(doc(lines...))
	f.Func().Params(recv(s)).Id("MessageWith").Params(jen.Id("lang").String(), jen.Id("args").Op("...").Any()).String().Block(body...)
}

// emitFill copies the filler without its package clause.
func emitFill(f *jen.File) { emitCopied(f, fillSource, "package fill\n") }
