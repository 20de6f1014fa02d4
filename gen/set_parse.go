package gen

import (
	"strconv"

	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// maxParseSwitch bounds the members whose names Parse tests with one
// string switch (the compiler turns it into a binary search on length
// and bytes, far cheaper than a map lookup); larger sets use a hash
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
	owner := make(map[string]*spec.Member, 3*len(s.Members))
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
		body = parseHash(f, s, keys)
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

// parseHash: an open-addressing table, indexed by the FNV-1a hash of
// the input, of key positions plus one (0 ends a probe). The table is a
// power of two at most 3/4 full, so a hit takes one or two probes and
// the cost does not grow with the set (a sorted table took 100 ns at
// 100,000 members, a map 21 ns).
func parseHash(f *jen.File, s *set, keys []parseKey) []jen.Code {
	size := 1
	for size*3 < len(keys)*4 {
		size *= 2
	}
	mask := uint32(size - 1)
	table := make([]int, size)
	strs := make([]string, len(keys))
	for i, k := range keys {
		strs[i] = clean(k.key)
		j := fnv(strs[i]) & mask
		for table[j] != 0 {
			j = (j + 1) & mask
		}
		table[j] = i + 1
	}
	tab := "_" + s.Name + "_keys"
	s.data.strs(tab, strs, tab+" holds every string "+parseFunc(s)+" accepts.")
	s.data.array(tab+"Code", s.Name, len(keys), func(b []byte, i int) []byte {
		if s.isInt() {
			return strconv.AppendInt(b, keys[i].m.Int, 10)
		}
		return strconv.AppendQuote(b, clean(keys[i].m.Value))
	}, tab+"Code holds the code each key names (one load fewer than a position).")
	s.data.ints(tab+"Hash", uintType(len(keys)), table, tab+"Hash holds key positions plus one by FNV-1a hash of the key, linearly probed; 0 ends a probe.")
	return []jen.Code{
		jen.Id("h").Op(":=").Uint32().Parens(jen.Lit(2166136261)),
		jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Len(jen.Id("s")), jen.Id("i").Op("++")).Block(
			jen.Id("h").Op("=").Parens(jen.Id("h").Op("^").Uint32().Parens(jen.Id("s").Index(jen.Id("i")))).Op("*").Lit(16777619),
		),
		jen.For(jen.Id("j").Op(":=").Id("h").Op("&").Lit(int(mask)), jen.Empty(), jen.Id("j").Op("=").Parens(jen.Id("j").Op("+").Lit(1)).Op("&").Lit(int(mask))).Block(
			jen.Id("k").Op(":=").Int().Parens(jen.Id(tab+"Hash").Index(jen.Id("j"))).Op("-").Lit(1),
			jen.If(jen.Id("k").Op("<").Lit(0)).Block(jen.Break()),
			jen.If(jen.Id(tab).Index(jen.Id("k")).Op("==").Id("s")).Block(
				jen.Return(jen.Id(tab+"Code").Index(jen.Id("k")), jen.Nil()),
			),
		),
	}
}

// fnv is 32-bit FNV-1a, as the generated Parse computes it.
func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}
