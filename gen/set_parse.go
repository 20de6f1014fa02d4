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
	// Sized for the usual three keys a member, so that at 100,000
	// members the slice is not regrown (and copied) twenty times.
	keys := make([]parseKey, 0, 3*len(s.Members))
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

// parseHash: an open-addressing table, indexed by hashKey of the input,
// of key positions plus one (0 ends a probe). The table is a power of
// two at most 3/4 full, so a hit takes one or two probes and the cost
// does not grow with the set (a sorted table took 100 ns at 100,000
// members, a map 21 ns).
func parseHash(f *jen.File, s *set, keys []parseKey) []jen.Code {
	size := 1
	for size*3 < len(keys)*4 {
		size *= 2
	}
	mask := uint64(size - 1)
	table := make([]int, size)
	strs := make([]string, len(keys))
	for i, k := range keys {
		strs[i] = clean(k.key)
		j := hashKey(strs[i]) & mask
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
	s.data.ints(tab+"Hash", uintType(len(keys)), table, tab+"Hash holds key positions plus one by hashKey of the key, linearly probed; 0 ends a probe.")
	return []jen.Code{
		jen.For(jen.Id("j").Op(":=").Id("hashKey").Call(jen.Id("s")).Op("&").Lit(int(mask)), jen.Empty(), jen.Id("j").Op("=").Parens(jen.Id("j").Op("+").Lit(1)).Op("&").Lit(int(mask))).Block(
			jen.Id("k").Op(":=").Int().Parens(jen.Id(tab+"Hash").Index(jen.Id("j"))).Op("-").Lit(1),
			jen.If(jen.Id("k").Op("<").Lit(0)).Block(jen.Break()),
			jen.If(jen.Id(tab).Index(jen.Id("k")).Op("==").Id("s")).Block(
				jen.Return(jen.Id(tab+"Code").Index(jen.Id("k")), jen.Nil()),
			),
		),
	}
}

// Multipliers of hashKey (splitmix64's and the golden ratio's).
const (
	hashSeed = 0x9e3779b97f4a7c15
	hashMul1 = 0xbf58476d1ce4e5b9
	hashMul2 = 0x94d049bb133111eb
)

// hashKey hashes 8 bytes per multiply; FNV-1a's multiply per byte made
// Parse slower than a map. The generated hashKey is the same function.
func hashKey(s string) uint64 {
	h := uint64(len(s)) * hashSeed
	for ; len(s) >= 8; s = s[8:] {
		h = (h ^ (uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56)) * hashMul1
		h ^= h >> 31
	}
	var t uint64
	for i := 0; i < len(s); i++ {
		t |= uint64(s[i]) << (8 * i)
	}
	h = (h ^ t) * hashMul2
	return h ^ h>>29
}

// emitHashKey declares hashKey in the package file when a set uses it.
func emitHashKey(f *jen.File) {
	s := jen.Id("s")
	b := func(i int) *jen.Statement { return jen.Uint64().Parens(jen.Id("s").Index(jen.Lit(i))) }
	word := b(0)
	for i := 1; i < 8; i++ {
		word = word.Op("|").Add(b(i)).Op("<<").Lit(8 * i)
	}
	f.Add(doc("hashKey hashes a Parse input 8 bytes per multiply; the _keysHash tables", "were built with the same function."))
	f.Func().Id("hashKey").Params(jen.Id("s").String()).Uint64().Block(
		jen.Id("h").Op(":=").Uint64().Parens(jen.Len(s)).Op("*").Op(hexLit(hashSeed)),
		jen.For(jen.Empty(), jen.Len(jen.Id("s")).Op(">=").Lit(8), jen.Id("s").Op("=").Id("s").Index(jen.Lit(8).Op(":"))).Block(
			jen.Id("h").Op("=").Parens(jen.Id("h").Op("^").Parens(word)).Op("*").Op(hexLit(hashMul1)),
			jen.Id("h").Op("^=").Id("h").Op(">>").Lit(31),
		),
		jen.Var().Id("t").Uint64(),
		jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("i").Op("<").Len(jen.Id("s")), jen.Id("i").Op("++")).Block(
			jen.Id("t").Op("|=").Uint64().Parens(jen.Id("s").Index(jen.Id("i"))).Op("<<").Parens(jen.Lit(8).Op("*").Id("i")),
		),
		jen.Id("h").Op("=").Parens(jen.Id("h").Op("^").Id("t")).Op("*").Op(hexLit(hashMul2)),
		jen.Return(jen.Id("h").Op("^").Id("h").Op(">>").Lit(29)),
	)
}

func hexLit(v uint64) string { return "0x" + strconv.FormatUint(v, 16) }
