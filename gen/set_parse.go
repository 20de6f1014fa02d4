package gen

import (
	"slices"
	"strings"

	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// maxParseSwitch bounds the members whose names Parse tests with one
// string switch (the compiler turns it into a binary search on length
// and bytes, far cheaper than a map lookup); larger sets search a sorted
// table instead, which compiles in linear time.
const maxParseSwitch = 2048

// parseKey is one string Parse accepts and the member it names.
type parseKey struct {
	key string
	m   *spec.Member
}

// parseKeys lists the accepted strings: every member's code, symbolic
// name and Go member name, in that priority. A string that two members
// claim keeps its first owner, and the loser is reported.
func parseKeys(s *set, diags *spec.Diags) []parseKey {
	var keys []parseKey
	owner := map[string]*spec.Member{}
	add := func(k string, m *spec.Member) {
		if k == "" {
			return
		}
		if prev, ok := owner[k]; ok {
			if prev != m {
				diags.Warnf(m.Pos, "Parse%s(%s) names %s, not %s", s.Name, quoteMsg(k), s.constName(prev), s.constName(m))
			}
			return
		}
		owner[k] = m
		keys = append(keys, parseKey{k, m})
	}
	for _, m := range s.Members {
		add(m.Value, m)
	}
	for _, m := range s.Members {
		add(m.Symbol, m)
	}
	for _, m := range s.Members {
		add(m.GoName, m)
	}
	return keys
}

// emitParse declares Parse<Type>.
func emitParse(f *jen.File, s *set) {
	keys := s.keys
	ex := s.Members[0]
	exs := quoteMsg(ex.Value)
	if ex.Symbol != "" {
		exs = quoteMsg(ex.Symbol) + ", " + exs
	}
	f.Add(doc(
		parseFunc(s)+" returns the member of "+s.Name+" that s names: its symbolic name,",
		"its Go member name or its code ("+exs+" or "+quoteMsg(ex.GoName)+"). Any other s,",
		"a code outside the spec included, is an error; use UnmarshalText to keep",
		"unknown codes.",
	))
	zero := jen.Lit(0)
	if !s.isInt() {
		zero = jen.Lit("")
	}
	fail := jen.Return(zero, jen.Op("&").Id("codeError").Values(jen.Dict{
		jen.Id("typ"): jen.Lit(s.Name), jen.Id("input"): jen.Id("s"), jen.Id("want"): jen.Lit("a member name or code"),
	}))
	var body []jen.Code
	if len(s.Members) <= maxParseSwitch {
		body = parseSwitch(s, keys)
	} else {
		body = parseSearch(f, s, keys)
	}
	body = append(body, fail)
	f.Func().Id(parseFunc(s)).Params(jen.Id("s").String()).Params(jen.Id(s.Name), jen.Error()).Block(body...)
}

func parseSwitch(s *set, keys []parseKey) []jen.Code {
	by := map[*spec.Member][]jen.Code{}
	for _, k := range keys {
		by[k.m] = append(by[k.m], str(k.key))
	}
	return []jen.Code{jen.Switch(jen.Id("s")).BlockFunc(func(g *jen.Group) {
		for _, m := range s.Members {
			g.Case(by[m]...).Return(jen.Id(s.constName(m)), jen.Nil())
		}
	})}
}

// parseSearch: keys sorted in one string table, positions beside them.
func parseSearch(f *jen.File, s *set, keys []parseKey) []jen.Code {
	sorted := append([]parseKey(nil), keys...)
	slices.SortFunc(sorted, func(a, b parseKey) int { return strings.Compare(a.key, b.key) })
	strs := make([]string, len(sorted))
	idx := make([]int, len(sorted))
	pos := map[*spec.Member]int{}
	for i, m := range s.Members {
		pos[m] = i
	}
	for i, k := range sorted {
		strs[i], idx[i] = clean(k.key), pos[k.m]
	}
	tab := "_" + s.Name + "_keys"
	s.data.strs(tab, strs, tab+" holds every string "+parseFunc(s)+" accepts, sorted, for binary search.")
	s.data.ints(tab+"Member", uintType(len(s.Members)), idx, tab+"Member holds the spec position of the member each key names.")
	key := func(i string) *jen.Statement { return jen.Id(tab).Index(jen.Id(i)) }
	return []jen.Code{
		jen.List(jen.Id("lo"), jen.Id("hi")).Op(":=").List(jen.Lit(0), jen.Len(jen.Id(tab+"Member"))),
		jen.For(jen.Id("lo").Op("<").Id("hi")).Block(
			jen.Id("m").Op(":=").Int().Parens(jen.Uint().Parens(jen.Id("lo").Op("+").Id("hi")).Op(">>").Lit(1)),
			jen.If(key("m").Op("<").Id("s")).
				Block(jen.Id("lo").Op("=").Id("m").Op("+").Lit(1)).
				Else().Block(jen.Id("hi").Op("=").Id("m")),
		),
		jen.If(jen.Id("lo").Op("<").Len(jen.Id(tab + "Member")).Op("&&").Add(key("lo")).Op("==").Id("s")).
			Block(jen.Return(jen.Id("_"+s.Name+"_values").Index(jen.Id(tab+"Member").Index(jen.Id("lo"))), jen.Nil())),
	}
}
