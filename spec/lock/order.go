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
// code by bytes. Integers are parsed once, not at every comparison, and
// the sort moves small pointer-free keys (the string is looked up by
// index only to break ties), which keeps it clear of the garbage
// collector's write barriers at 100,000 codes.
func sortedValues(m map[string]*entry) []string {
	type key struct {
		n     int64
		i     int32
		isInt bool
	}
	vs := make([]string, 0, len(m))
	for v := range m {
		vs = append(vs, v)
	}
	ks := make([]key, len(vs))
	for i, v := range vs {
		n, err := strconv.ParseInt(v, 10, 64)
		ks[i] = key{n, int32(i), err == nil}
	}
	slices.SortFunc(ks, func(a, b key) int {
		if a.isInt != b.isInt {
			if a.isInt {
				return -1
			}
			return 1
		}
		if a.isInt && a.n != b.n {
			return cmp.Compare(a.n, b.n)
		}
		return strings.Compare(vs[a.i], vs[b.i])
	})
	out := make([]string, len(ks))
	for j, k := range ks {
		out[j] = vs[k.i]
	}
	return out
}

func sortStrings(s []string) { sort.Strings(s) }
