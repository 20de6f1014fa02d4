package gen

import (
	"fmt"

	"github.com/dave/jennifer/jen"
)

// Lookup: every per-member method (String, Message, IsKnown) first maps
// the value to its position in table order with index, then slices one
// shared string, as stringer does, so a known value costs no allocation.
// index picks the cheapest exact strategy for the set's shape:
//
//   - few runs of consecutive codes (the usual provider table): a switch
//     of range tests, as fast as stringer's;
//   - many runs but dense codes: one table indexed by value-min;
//   - sparse codes: binary search over the sorted values.
const (
	maxRuns      = 8
	denseFactor  = 4
	denseMinimum = 64
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

// emitIndex declares index, the value → table position lookup.
func emitIndex(f *jen.File, s *set) {
	f.Add(doc("index returns c's position in the " + s.Name + " tables, or -1 when c is not in the spec."))
	body := indexBody(f, s)
	f.Func().Params(jen.Id("c").Id(s.Name)).Id("index").Params().Int().Block(body...)
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
					Return(jen.Int().Parens(jen.Id("c").Op("-").Add(num(r.lo))).Op("+").Lit(r.at))
			}
		}), jen.Return(jen.Lit(-1))}
	}
	lo, hi := runs[0].lo, runs[len(runs)-1].hi
	if span := uint64(hi) - uint64(lo); span < uint64(denseFactor*len(s.order)+denseMinimum) {
		return denseIndex(f, s, lo, int(span)+1)
	}
	return sparseIndex(f, s)
}

// denseIndex: a table over [lo, hi] holding position+1, 0 for a gap.
func denseIndex(f *jen.File, s *set, lo int64, span int) []jen.Code {
	slots := make([]int, span)
	for i, m := range s.order {
		slots[m.Int-lo] = i + 1
	}
	tab := "_" + s.Name + "_slot"
	f.Add(doc(tab + " maps c-(" + fmt.Sprint(lo) + ") to c's table position plus one; 0 marks a gap."))
	f.Var().Id(tab).Op("=").Index(jen.Op("...")).Id(uintType(len(s.order))).Add(intList(slots))
	return []jen.Code{
		jen.Id("i").Op(":=").Int64().Parens(jen.Id("c")).Op("-").Parens(num(lo)),
		jen.If(jen.Id("i").Op("<").Lit(0).Op("||").Id("i").Op(">=").Int64().Parens(jen.Len(jen.Id(tab)))).Block(jen.Return(jen.Lit(-1))),
		jen.Return(jen.Int().Parens(jen.Id(tab).Index(jen.Id("i"))).Op("-").Lit(1)),
	}
}

// sparseIndex: binary search over the sorted values, written out so the
// compiler sees a plain loop with no closure.
func sparseIndex(f *jen.File, s *set) []jen.Code {
	vals := make([]int, len(s.order))
	for i, m := range s.order {
		vals[i] = int(m.Int)
	}
	tab := "_" + s.Name + "_sorted"
	f.Add(doc(tab + " holds the codes in table order (ascending) for binary search."))
	f.Var().Id(tab).Op("=").Index(jen.Op("...")).Id(s.goType).Add(intList(vals))
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

// emitString declares String over one string of names and an offset
// table, in table order.
func emitString(f *jen.File, s *set) {
	names := make([]string, len(s.order))
	for i, m := range s.order {
		names[i] = s.displayName(m)
	}
	emitStringTable(f, "_"+s.Name+"_names", names)
	unknown := jen.Lit(s.Name+"(").Op("+").Qual("strconv", "FormatInt").Call(jen.Int64().Parens(jen.Id("c")), jen.Lit(10)).Op("+").Lit(")")
	form := s.Name + "(-10099)"
	if !s.isInt() {
		unknown = jen.Lit(s.Name+"(").Op("+").Qual("strconv", "Quote").Call(jen.String().Parens(jen.Id("c"))).Op("+").Lit(")")
		form = s.Name + `("NEW_CODE")`
	}
	f.Add(doc(
		"String returns the symbolic name of c as the spec writes it (for example "+quoteMsg(s.displayName(s.Members[0]))+"),",
		"or, for a value outside the spec, the type and value, as in "+form+".",
	))
	f.Func().Params(jen.Id("c").Id(s.Name)).Id("String").Params().String().Block(
		jen.If(jen.Id("i").Op(":=").Id("c").Dot("index").Call(), jen.Id("i").Op(">=").Lit(0)).Block(
			jen.Return(tableEntry("_"+s.Name+"_names", jen.Id("i"))),
		),
		jen.Return(unknown),
	)
}

// emitStringTable declares a string constant holding every entry and
// the offsets between them: entry i is t[off[i]:off[i+1]].
func emitStringTable(f *jen.File, name string, entries []string) {
	var all []byte
	offs := make([]int, 0, len(entries)+1)
	offs = append(offs, 0)
	for _, e := range entries {
		all = append(all, clean(e)...)
		offs = append(offs, len(all))
	}
	f.Const().Id(name).Op("=").Add(str(string(all)))
	f.Var().Id(name + "Off").Op("=").Index(jen.Op("...")).Id(uintType(len(all))).Add(intList(offs))
}

func tableEntry(name string, i jen.Code) *jen.Statement {
	return jen.Id(name).Index(jen.Id(name + "Off").Index(i).Op(":").Id(name + "Off").Index(jen.Add(i).Op("+").Lit(1)))
}

// emitIsKnown declares IsKnown.
func emitIsKnown(f *jen.File, s *set) {
	f.Add(doc("IsKnown reports whether c is a member of the spec; a newer code the", "provider added since is not."))
	f.Func().Params(jen.Id("c").Id(s.Name)).Id("IsKnown").Params().Bool().Block(
		jen.Return(jen.Id("c").Dot("index").Call().Op(">=").Lit(0)),
	)
}

// emitValues declares <Type>Values, a fresh slice in spec order.
func emitValues(f *jen.File, s *set) {
	tab := "_" + s.Name + "_values"
	f.Var().Id(tab).Op("=").Index(jen.Op("...")).Id(s.Name).ValuesFunc(func(g *jen.Group) {
		for _, m := range s.Members {
			g.Id(s.constName(m))
		}
	})
	f.Add(doc(valuesFunc(s) + " returns every member of " + s.Name + " in spec order, in a new slice the caller may change."))
	f.Func().Id(valuesFunc(s)).Params().Index().Id(s.Name).Block(
		jen.Return(jen.Append(jen.Index().Id(s.Name).Parens(jen.Nil()), jen.Id(tab).Index(jen.Op(":")).Op("..."))),
	)
}
