package lock

import (
	"sort"
	"strconv"
)

// sortedValues returns the map's codes as a reader expects them in a
// table: integers numerically (negative ones first), then every other
// code by bytes. Integers are parsed once, not at every comparison.
func sortedValues(m map[string]*entry) []string {
	type code struct {
		s     string
		n     int64
		isInt bool
	}
	cs := make([]code, 0, len(m))
	for v := range m {
		n, err := strconv.ParseInt(v, 10, 64)
		cs = append(cs, code{v, n, err == nil})
	}
	sort.Slice(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.isInt != b.isInt {
			return a.isInt
		}
		if a.isInt && a.n != b.n {
			return a.n < b.n
		}
		return a.s < b.s
	})
	vs := make([]string, len(cs))
	for i, c := range cs {
		vs[i] = c.s
	}
	return vs
}

func sortStrings(s []string) { sort.Strings(s) }
