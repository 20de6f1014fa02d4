package lock

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
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
	slices.SortFunc(cs, func(a, b code) int {
		if a.isInt != b.isInt {
			if a.isInt {
				return -1
			}
			return 1
		}
		if a.isInt && a.n != b.n {
			return cmp.Compare(a.n, b.n)
		}
		return strings.Compare(a.s, b.s)
	})
	vs := make([]string, len(cs))
	for i, c := range cs {
		vs[i] = c.s
	}
	return vs
}

func sortStrings(s []string) { sort.Strings(s) }
