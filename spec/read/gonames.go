package read

import (
	"maps"
	"slices"
	"strconv"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// goNames gives every member its Go name: from the symbol when the
// table has one (after dropping the set's common prefix), else from the
// English text, else from the value; go.VALUE= directives override. In
// a string set, a code that starts with a letter is its own symbol.
// Collisions are resolved with goname.Unique and reported at both rows.
func (b *setBuilder) goNames(g *group) {
	ms := b.set.Members
	var symbols []string
	for _, m := range ms {
		if m.Symbol != "" {
			symbols = append(symbols, m.Symbol)
		}
	}
	prefix := goname.SymbolPrefix(symbols)
	names := make([]string, len(ms))
	values := make([]string, len(ms))
	for i, m := range ms {
		values[i] = m.Value
		switch {
		case m.Symbol != "":
			names[i] = goname.FromSymbol(m.Symbol, prefix)
		case b.set.Kind == spec.String && goname.IsToken(m.Value):
			// A token code (PENDING) is its own symbolic name; one
			// with digits (E1001) is named from its text.
			names[i] = goname.FromValue(m.Value)
		case m.Text("en") != "":
			names[i] = goname.FromText(m.Text("en"))
			if names[i] != "" && b.states[i].shared {
				names[i] += goname.Suffix(m.Value)
			}
		}
		if names[i] == "" {
			names[i] = goname.FromValue(m.Value)
		}
		if !goname.IsExported(names[i]) {
			names[i] = "Code" + strconv.Itoa(i+1)
		}
	}
	b.overrideNames(g, names)
	out, renamed := goname.Unique(names, values)
	for i := range ms {
		ms[i].GoName = out[i]
	}
	for _, i := range sortedInts(renamed) {
		o := renamed[i]
		b.diags.Warnf(ms[i].Pos, "go name %s of code %q is taken by code %q at %s; renamed %s", names[i], ms[i].Value, ms[o].Value, ms[o].Pos, out[i])
		b.diags.Warnf(ms[o].Pos, "go name %s of code %q is also wanted by code %q at %s (renamed %s)", names[o], ms[o].Value, ms[i].Value, ms[i].Pos, out[i])
	}
}

// overrideNames applies go.VALUE=Name directives.
func (b *setBuilder) overrideNames(g *group, names []string) {
	for _, t := range g.tables {
		if t.dir == nil {
			continue
		}
		for _, gn := range t.dir.goNames {
			v := gn.value
			if b.set.Kind == spec.Int {
				if n, err := strconv.ParseInt(v, 10, 64); err == nil {
					v = strconv.FormatInt(n, 10)
				}
			}
			i := b.index(v)
			if i < 0 {
				b.diags.Errorf(gn.pos, "directive go.%s: no such code in the set", gn.value)
				continue
			}
			names[i] = gn.name
			b.set.Members[i].Explicit = true
		}
	}
}

func (b *setBuilder) index(v string) int {
	for i, m := range b.set.Members {
		if m.Value == v {
			return i
		}
	}
	return -1
}

func sortedInts(m map[int]int) []int { return slices.Sorted(maps.Keys(m)) }
