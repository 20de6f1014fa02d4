package gen

import (
	"bytes"
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

// emitParse declares Parse<Type>: an exact match of a key first (the
// common case, unchanged by case folding), then a match ignoring the
// case of ASCII letters. A failure returns s.invalid, a value that is no
// member, so code that drops the error cannot mistake it for a code.
func emitParse(f *jen.File, s *set) {
	ex := s.Members[0]
	exs := quoteMsg(ex.Value)
	if ex.Symbol != "" {
		exs = quoteMsg(ex.Symbol) + ", " + exs
	}
	f.Add(doc(
		parseFunc(s)+" returns the member of "+s.Name+" that s names: its symbolic name,",
		"its Go member name or its code ("+exs+" or "+quoteMsg(ex.GoName)+"). Names match",
		"in any case of their ASCII letters when no name matches exactly. Any other s,",
		"a code outside the spec included, is an error, and the "+s.Name+" returned",
		"is "+s.invalidDoc()+", which is no member; use UnmarshalText to keep unknown codes.",
	))
	fail := jen.Return(jen.Id(s.Name).Parens(jen.Op(s.invalid)), codeError(jen.Lit(s.Name), jen.Id("s"), jen.Lit("a member name or code")))
	var body []jen.Code
	if len(s.Members) <= maxParseSwitch {
		body = parseSwitch(s)
	} else {
		body = parseHash(s)
	}
	body = append(body, fail)
	f.Func().Id(parseFunc(s)).Params(jen.Id("s").String()).Params(jen.Id(s.Name), jen.Error()).Block(body...)
}

// parseSwitch is an exact switch, then a switch over the keys in lower
// case, in a stack buffer as long as the longest key. The switches are
// blocks: they grow with the set.
func parseSwitch(s *set) []jen.Code {
	exact := s.block(func(b *bytes.Buffer) { caseSwitch(b, s, "s", s.keys) })
	folded, longest := foldKeys(s)
	if len(folded) == 0 {
		return []jen.Code{exact}
	}
	fold := s.block(func(b *bytes.Buffer) {
		caseSwitch(b, s, "string("+lowerHelper+"(buf[:0], s))", folded)
	})
	return []jen.Code{
		exact,
		jen.Var().Id("buf").Index(jen.Lit(longest)).Byte(),
		jen.If(jen.Len(jen.Id("s")).Op("<=").Len(jen.Id("buf"))).Block(fold),
	}
}

// caseSwitch writes a switch on subject with a case per member that
// has keys, in spec order, listing its keys and returning it.
func caseSwitch(b *bytes.Buffer, s *set, subject string, keys []parseKey) {
	by := make(map[*spec.Member][]string, len(s.Members))
	for _, k := range keys {
		by[k.m] = append(by[k.m], k.key)
	}
	b.WriteString("switch " + subject + " {\n")
	var scratch []byte
	for _, m := range s.Members {
		ks := by[m]
		if len(ks) == 0 {
			continue
		}
		scratch = append(scratch[:0], "case "...)
		for i, k := range ks {
			if i > 0 {
				scratch = append(scratch, ", "...)
			}
			scratch = appendQuote(scratch, k)
		}
		scratch = append(scratch, ":\n\treturn "...)
		scratch = append(scratch, s.constName(m)...)
		scratch = append(scratch, ", nil\n"...)
		b.Write(scratch)
	}
	b.WriteString("}\n")
}

// foldKeys returns the keys with letters in lower case, one per folded
// form, without the forms two members share (only an exact match can
// tell those apart), and the length of the longest.
func foldKeys(s *set) ([]parseKey, int) {
	owner := map[string]*spec.Member{}
	var order []string
	for _, k := range s.keys {
		f := lowerASCII(k.key)
		if !hasLetter(f) {
			continue
		}
		prev, seen := owner[f]
		switch {
		case !seen:
			owner[f] = k.m
			order = append(order, f)
		case prev != k.m:
			owner[f] = nil
		}
	}
	var out []parseKey
	longest := 0
	for _, f := range order {
		if m := owner[f]; m != nil {
			out = append(out, parseKey{f, m})
			longest = max(longest, len(f))
		}
	}
	return out, longest
}

// parseHash: an open-addressing table, indexed by codebookHash of the
// input with ASCII letters folded, of key positions plus one (0 ends a
// probe). The table is a power of two at most 3/4 full, so a hit takes
// one or two probes and the cost does not grow with the set (a sorted
// table took 100 ns at 100,000 members, a map 21 ns). Keys that differ
// only in case share a probe sequence: an exact match wins (a first
// walk), else the one member all case-folded matches name (a second).
func parseHash(s *set) []jen.Code {
	keys := s.keys
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
	s.data.ints(tab+"Hash", uintType(len(keys)), table, tab+"Hash holds key positions plus one by "+hashHelper+" of the key, linearly probed; 0 ends a probe.")
	code := func(k string) *jen.Statement { return jen.Id(tab + "Code").Index(jen.Id(k)) }
	// probe walks the probe sequence of s; body sees the key position k.
	probe := func(body ...jen.Code) *jen.Statement {
		return jen.For(jen.Id("j").Op(":=").Id("h"), jen.Empty(), jen.Id("j").Op("=").Parens(jen.Id("j").Op("+").Lit(1)).Op("&").Lit(int(mask))).Block(
			append([]jen.Code{
				jen.Id("k").Op(":=").Int().Parens(jen.Id(tab + "Hash").Index(jen.Id("j"))).Op("-").Lit(1),
				jen.If(jen.Id("k").Op("<").Lit(0)).Block(jen.Break()),
			}, body...)...)
	}
	return []jen.Code{
		jen.Id("h").Op(":=").Id(hashHelper).Call(jen.Id("s")).Op("&").Lit(int(mask)),
		probe(jen.If(jen.Id(tab).Index(jen.Id("k")).Op("==").Id("s")).Block(jen.Return(code("k"), jen.Nil()))),
		// The exact match, the common case, pays for no case folding;
		// only a miss walks the sequence again.
		jen.Comment("No exact match: the member that every match ignoring case names."),
		jen.Id("fold").Op(":=").Lit(-1),
		probe(jen.If(jen.Id(equalFoldHelper).Call(jen.Id(tab).Index(jen.Id("k")), jen.Id("s"))).Block(
			jen.If(jen.Id("fold").Op("==").Lit(-1)).Block(jen.Id("fold").Op("=").Id("k")).
				Else().If(code("fold").Op("!=").Add(code("k"))).Block(jen.Id("fold").Op("=").Lit(-2), jen.Break()),
		)),
		jen.If(jen.Id("fold").Op(">=").Lit(0)).Block(jen.Return(code("fold"), jen.Nil())),
	}
}

// Multipliers of hashKey (splitmix64's and the golden ratio's).
const (
	hashSeed = 0x9e3779b97f4a7c15
	hashMul1 = 0xbf58476d1ce4e5b9
	hashMul2 = 0x94d049bb133111eb
)

// hashKey hashes 8 bytes per multiply (FNV-1a's multiply per byte
// made Parse slower than a map), with ASCII upper-case letters read as
// lower case so that keys differing only in case meet. The last 1-8
// bytes are read as one word, overlapping the previous one when the key
// is longer than 8, so that no byte pays a branch of its own: a
// byte-at-a-time tail made the hash a fifth of Parse's time at 100,000
// members. The generated codebookHash is the same function.
func hashKey(s string) uint64 {
	n := len(s)
	h := uint64(n) * hashSeed
	for i := 0; i+8 < n; i += 8 {
		h = (h ^ foldWord(loadWord(s[i:]))) * hashMul1
		h ^= h >> 31
	}
	var t uint64
	if n >= 8 {
		t = loadWord(s[n-8:])
	} else {
		for i := 0; i < n; i++ {
			t |= uint64(s[i]) << (8 * i)
		}
	}
	h = (h ^ foldWord(t)) * hashMul2
	return h ^ h>>29
}

// loadWord reads the first 8 bytes of s, little-endian.
func loadWord(s string) uint64 {
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// foldWord lowers the ASCII upper-case letters among the 8 bytes of w
// at once: a byte is one when its low 7 bits reach 'A' and stay below
// 'Z'+1 and its top bit is clear; each test sets the byte's top bit
// without carrying into the next byte (0x7f+0x3f < 0x100). Zero bytes
// (a short key's padding) stay zero.
func foldWord(w uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	x := w &^ highs
	upper := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) &^ w & highs
	return w | upper>>2
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		b[i] = lowerByte(c)
	}
	return string(b)
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// emitHashKey declares codebookHash (hashKey, generated) and
// codebookEqualFold in the package file when a set parses by hash.
func emitHashKey(f *jen.File) {
	b := func(i int) *jen.Statement { return jen.Uint64().Parens(jen.Id("s").Index(jen.Lit(i))) }
	word := b(0)
	for i := 1; i < 8; i++ {
		word = word.Op("|").Add(b(i)).Op("<<").Lit(8 * i)
	}
	s, n, h, t, i := jen.Id("s"), jen.Id("n"), jen.Id("h"), jen.Id("t"), jen.Id("i")
	f.Add(doc(hashHelper+" hashes a Parse input 8 bytes per multiply, its ASCII letters in",
		"lower case; the _keysHash tables were built with the same function. The last",
		"1-8 bytes are one word, overlapping the one before when s is longer than 8."))
	f.Func().Id(hashHelper).Params(jen.Id("s").String()).Uint64().Block(
		n.Clone().Op(":=").Len(s),
		h.Clone().Op(":=").Uint64().Parens(n).Op("*").Op(hexLit(hashSeed)),
		jen.For(i.Clone().Op(":=").Lit(0), i.Clone().Op("+").Lit(8).Op("<").Add(n), i.Clone().Op("+=").Lit(8)).Block(
			h.Clone().Op("=").Parens(h.Clone().Op("^").Id(foldWordHelper).Call(jen.Id(wordHelper).Call(s.Clone().Index(i.Clone().Op(":"))))).Op("*").Op(hexLit(hashMul1)),
			h.Clone().Op("^=").Add(h).Op(">>").Lit(31),
		),
		jen.Var().Add(t).Uint64(),
		jen.If(n.Clone().Op(">=").Lit(8)).Block(
			t.Clone().Op("=").Id(wordHelper).Call(s.Clone().Index(n.Clone().Op("-").Lit(8).Op(":"))),
		).Else().Block(
			jen.For(i.Clone().Op(":=").Lit(0), i.Clone().Op("<").Add(n), i.Clone().Op("++")).Block(
				t.Clone().Op("|=").Uint64().Parens(s.Clone().Index(i)).Op("<<").Parens(jen.Lit(8).Op("*").Add(i)),
			),
		),
		h.Clone().Op("=").Parens(h.Clone().Op("^").Id(foldWordHelper).Call(t)).Op("*").Op(hexLit(hashMul2)),
		jen.Return(h.Clone().Op("^").Add(h).Op(">>").Lit(29)),
	)
	f.Add(doc(wordHelper + " reads the first 8 bytes of s, little-endian."))
	f.Func().Id(wordHelper).Params(jen.Id("s").String()).Uint64().Block(jen.Return(word))
	f.Add(doc(foldWordHelper+" adds 0x20 to the bytes 'A'..'Z' among the 8 bytes of w, all at",
		"once and without carries; zero bytes stay zero."))
	f.Func().Id(foldWordHelper).Params(jen.Id("w").Uint64()).Uint64().Block(
		jen.Const().Defs(
			jen.Id("ones").Op("=").Op("0x0101010101010101"),
			jen.Id("highs").Op("=").Op("0x8080808080808080"),
		),
		jen.Id("x").Op(":=").Id("w").Op("&^").Id("highs"),
		jen.Return(jen.Id("w").Op("|").Parens(jen.Parens(jen.Id("x").Op("+").Op("0x3f").Op("*").Id("ones")).Op("&^").
			Parens(jen.Id("x").Op("+").Op("0x25").Op("*").Id("ones")).Op("&^").Id("w").Op("&").Id("highs")).Op(">>").Lit(2)),
	)
	emitFoldEqual(f, equalFoldHelper, func(v string) jen.Code { return lowerLetter(v) },
		equalFoldHelper+" reports whether a and b are equal ignoring the case of ASCII letters.")
}

func hexLit(v uint64) string { return "0x" + strconv.FormatUint(v, 16) }
