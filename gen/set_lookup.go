package gen

import (
	"math"
	"strconv"

	"github.com/dave/jennifer/jen"
)

// Lookup: every per-member method (String, Message, IsKnown, the
// behaviour methods) first maps the value to its position in table
// order with codebookIndex, then reads an array at that position, so a
// known value costs no allocation. codebookIndex picks the cheapest exact strategy for the set's shape:
//
//   - few runs of consecutive codes (the usual provider table): a switch
//     of range tests, as fast as stringer's;
//   - many runs over a span up to slotFactor times the member count: a
//     table over the span holding each code's position, one load (the
//     100,000-member benchmark spec, runs of 100 codes a 1,000 apart,
//     gets a 1,000,000-entry table: 4 MB, under 2 s to compile);
//   - many runs over a span up to rankFactor times the member count: a
//     bitmap of the span with a running count per 64-bit word, so the
//     position is the count before the word plus a popcount (a few ns at
//     any size, and about 0.2 bytes per code of span);
//   - codes scattered wider than that: binary search over the sorted
//     values.
const (
	maxRuns    = 8
	slotFactor = 16
	rankFactor = 256
)

// run is a stretch of consecutive codes in table order.
type run struct {
	lo, hi int64
	at     int // table position of lo
}

func runsOf(s *set) []run {
	var runs []run
	for i, m := range s.order {
		if n := len(runs); n > 0 && runs[n-1].hi+1 == m.Int {
			runs[n-1].hi = m.Int
			continue
		}
		runs = append(runs, run{lo: m.Int, hi: m.Int, at: i})
	}
	return runs
}

// emitIndex declares codebookIndex, the value → table position lookup.
func emitIndex(f *jen.File, s *set) {
	body := indexBody(f, s)
	f.Add(doc(indexMethod + " returns c's position in the " + s.Name + " tables, or -1 when c is not in the spec."))
	f.Func().Params(recv(s)).Id(indexMethod).Params().Int().Block(body...)
}

func indexBody(f *jen.File, s *set) []jen.Code {
	if !s.isInt() {
		return []jen.Code{jen.Switch(jen.Id("c")).BlockFunc(func(g *jen.Group) {
			for i, m := range s.order {
				g.Case(str(m.Value)).Return(jen.Lit(i))
			}
		}), jen.Return(jen.Lit(-1))}
	}
	runs := runsOf(s)
	if len(runs) <= maxRuns {
		return []jen.Code{jen.Switch().BlockFunc(func(g *jen.Group) {
			for _, r := range runs {
				if r.lo == r.hi {
					g.Case(jen.Id("c").Op("==").Add(num(r.lo))).Return(jen.Lit(r.at))
					continue
				}
				g.Case(num(r.lo).Op("<=").Id("c").Op("&&").Id("c").Op("<=").Add(num(r.hi))).
					Return(runPos(r))
			}
		}), jen.Return(jen.Lit(-1))}
	}
	lo, hi := runs[0].lo, runs[len(runs)-1].hi
	span := uint64(hi) - uint64(lo)
	if span/slotFactor < uint64(len(s.order)) {
		return slotIndex(s, lo, int(span)+1)
	}
	if span/rankFactor < uint64(len(s.order)) {
		return rankIndex(f, s, lo, int(span)+1)
	}
	return sparseIndex(f, s)
}

// slotIndex: entry o of the table is the position plus one of code
// lo+o, 0 for a gap.
func slotIndex(s *set, lo int64, span int) []jen.Code {
	slots := make([]int, span)
	for i, m := range s.order {
		slots[uint64(m.Int)-uint64(lo)] = i + 1
	}
	tab := "_" + s.Name + "_slot"
	s.data.ints(tab, uintType(len(s.order)), slots, tab+" holds, for code "+strconv.FormatInt(lo, 10)+"+o, its table position plus one; 0 marks a gap.")
	return []jen.Code{
		jen.Id("o").Op(":=").Uint64().Parens(minus(jen.Int64().Parens(jen.Id("c")), lo)),
		jen.If(jen.Id("o").Op(">=").Uint64().Parens(jen.Len(jen.Id(tab)))).Block(jen.Return(jen.Lit(-1))),
		jen.Return(jen.Int().Parens(jen.Id(tab).Index(jen.Id("o"))).Op("-").Lit(1)),
	}
}

// rankIndex: bit o of the bitmap is set when lo+o is a code; the rank
// table holds the number of codes before each word.
func rankIndex(f *jen.File, s *set, lo int64, span int) []jen.Code {
	words := make([]uint64, (span+63)/64)
	for _, m := range s.order {
		o := uint64(m.Int) - uint64(lo)
		words[o/64] |= 1 << (o % 64)
	}
	bm, rk := "_"+s.Name+"_bits", "_"+s.Name+"_rank"
	s.data.rankTables(bm, rk, words, bm+" has bit o set when "+strconv.FormatInt(lo, 10)+"+o is a code; "+rk+" counts the codes before each word.")
	return []jen.Code{
		jen.Id("o").Op(":=").Uint64().Parens(minus(jen.Int64().Parens(jen.Id("c")), lo)),
		// Past the last word there are no codes; testing the word index
		// (not the span) lets the compiler drop both bounds checks.
		jen.If(jen.Id("o").Op("/").Lit(64).Op(">=").Uint64().Parens(jen.Len(jen.Id(bm)))).Block(jen.Return(jen.Lit(-1))),
		jen.List(jen.Id("w"), jen.Id("bit")).Op(":=").List(jen.Id(bm).Index(jen.Id("o").Op("/").Lit(64)), jen.Uint64().Parens(jen.Lit(1)).Op("<<").Parens(jen.Id("o").Op("%").Lit(64))),
		jen.If(jen.Id("w").Op("&").Id("bit").Op("==").Lit(0)).Block(jen.Return(jen.Lit(-1))),
		jen.Return(jen.Int().Parens(jen.Id(rk).Index(jen.Id("o").Op("/").Lit(64))).Op("+").Qual("math/bits", "OnesCount64").Call(jen.Id("w").Op("&").Parens(jen.Id("bit").Op("-").Lit(1)))),
	}
}

// sparseIndex: binary search over the sorted values, written out so the
// compiler sees a plain loop with no closure.
func sparseIndex(f *jen.File, s *set) []jen.Code {
	tab := "_" + s.Name + "_sorted"
	s.data.array(tab, s.goType, len(s.order), func(b []byte, i int) []byte { return strconv.AppendInt(b, s.order[i].Int, 10) },
		tab+" holds the codes in table order (ascending) for binary search.")
	return []jen.Code{
		jen.List(jen.Id("lo"), jen.Id("hi")).Op(":=").List(jen.Lit(0), jen.Len(jen.Id(tab))),
		jen.For(jen.Id("lo").Op("<").Id("hi")).Block(
			jen.Id("m").Op(":=").Int().Parens(jen.Uint().Parens(jen.Id("lo").Op("+").Id("hi")).Op(">>").Lit(1)),
			jen.If(jen.Id(tab).Index(jen.Id("m")).Op("<").Id(s.goType).Parens(jen.Id("c"))).
				Block(jen.Id("lo").Op("=").Id("m").Op("+").Lit(1)).
				Else().Block(jen.Id("hi").Op("=").Id("m")),
		),
		jen.If(jen.Id("lo").Op("<").Len(jen.Id(tab)).Op("&&").Id(tab).Index(jen.Id("lo")).Op("==").Id(s.goType).Parens(jen.Id("c"))).
			Block(jen.Return(jen.Id("lo"))),
		jen.Return(jen.Lit(-1)),
	}
}

// emitString declares String over an array of names in table order.
func emitString(f *jen.File, s *set) {
	names := make([]string, len(s.order))
	for i, m := range s.order {
		names[i] = s.displayName(m)
	}
	tab := "_" + s.Name + "_names"
	s.data.strs(tab, names, tab+" holds the String of every member, in table order.")
	// An unknown code is formatted in a stack buffer: one allocation.
	unknown := []jen.Code{
		jen.Var().Id("buf").Index(jen.Lit(len(s.Name) + 22)).Byte(),
		jen.Return(jen.String().Parens(jen.Append(jen.Qual("strconv", "AppendInt").Call(
			jen.Append(jen.Id("buf").Index(jen.Op(":").Lit(0)), jen.Lit(s.Name+"(").Op("...")),
			jen.Int64().Parens(jen.Id("c")), jen.Lit(10)), jen.LitRune(')')))),
	}
	form := s.Name + "(-10099)"
	if !s.isInt() {
		unknown = []jen.Code{jen.Return(jen.Lit(s.Name+"(").Op("+").Qual("strconv", "Quote").Call(jen.String().Parens(jen.Id("c"))).Op("+").Lit(")"))}
		form = s.Name + `("NEW_CODE")`
	}
	f.Add(doc(
		"String returns the symbolic name of c as the spec writes it (for example",
		quoteMsg(s.displayName(s.Members[0]))+"), or, for a value outside the spec, the type and value, as in",
		form+". fmt's %v and %s, slog and the Names of the set print this form.",
	))
	// The unknown path lives in its own function so that String needs
	// no stack frame and stays small enough to inline.
	f.Func().Params(recv(s)).Id("String").Params().String().Block(
		jen.If(jen.Id("i").Op(":=").Id("c").Dot(indexMethod).Call(), jen.Id("i").Op(">=").Lit(0)).Block(
			jen.Return(jen.Id(tab).Index(jen.Id("i"))),
		),
		jen.Return(jen.Id("c").Dot(unknownStringMethod).Call()),
	)
	s.private = append(s.private, func(f *jen.File) {
		f.Add(doc(unknownStringMethod + " formats a value outside the spec."))
		f.Func().Params(recv(s)).Id(unknownStringMethod).Params().String().Block(unknown...)
	})
}

// emitIsKnown declares IsKnown.
func emitIsKnown(f *jen.File, s *set) {
	f.Add(doc("IsKnown reports whether c is a member of the spec; a newer code the", "provider added since is not."))
	f.Func().Params(recv(s)).Id("IsKnown").Params().Bool().Block(
		jen.Return(jen.Id("c").Dot(indexMethod).Call().Op(">=").Lit(0)),
	)
}

// emitValues declares <Type>Values and <Type>Names, fresh slices in
// spec order.
func emitValues(f *jen.File, s *set) {
	tab := "_" + s.Name + "_values"
	s.data.array(tab, s.Name, len(s.Members), func(b []byte, i int) []byte { return append(b, s.constName(s.Members[i])...) },
		tab+" holds the members in spec order.")
	f.Add(doc(valuesFunc(s)+" returns every member of "+s.Name+" in spec order, in a new slice the", "caller may change."))
	f.Func().Id(valuesFunc(s)).Params().Index().Id(s.Name).Block(
		jen.Return(jen.Append(jen.Index().Id(s.Name).Parens(jen.Nil()), jen.Id(tab).Index(jen.Op(":")).Op("..."))),
	)
	f.Add(doc(namesFunc(s)+" returns the String of every member of "+s.Name+" in spec order, in a", "new slice the caller may change."))
	f.Func().Id(namesFunc(s)).Params().Index().String().Block(
		jen.Id("names").Op(":=").Make(jen.Index().String(), jen.Len(jen.Id(tab))),
		jen.For(jen.List(jen.Id("i"), jen.Id("c")).Op(":=").Range().Id(tab)).Block(
			jen.Id("names").Index(jen.Id("i")).Op("=").Id("c").Dot("String").Call(),
		),
		jen.Return(jen.Id("names")),
	)
}

// runPos is the table position of c inside run r.
func runPos(r run) *jen.Statement {
	pos := jen.Int().Parens(minus(jen.Id("c"), r.lo))
	if r.at == 0 {
		return pos
	}
	return pos.Op("+").Lit(r.at)
}

// minus renders x - v, as x + -v for a negative v ("c + 10010", not
// "c - -10010") unless -v would overflow.
func minus(x *jen.Statement, v int64) *jen.Statement {
	if v < 0 && v != math.MinInt64 {
		return x.Op("+").Add(num(-v))
	}
	return x.Op("-").Add(num(v))
}
