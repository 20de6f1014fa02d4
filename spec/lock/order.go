package lock

import (
	"sort"
	"strconv"
)

// valueLess orders codes as a reader expects them in a table: integers
// numerically (negative ones first), then every other code by bytes.
func valueLess(a, b string) bool {
	ai, aerr := strconv.ParseInt(a, 10, 64)
	bi, berr := strconv.ParseInt(b, 10, 64)
	switch {
	case aerr == nil && berr == nil:
		if ai != bi {
			return ai < bi
		}
		return a < b // "+1" and "1" stay distinct and ordered
	case aerr == nil:
		return true
	case berr == nil:
		return false
	}
	return a < b
}

func sortedValues(m map[string]*entry) []string {
	vs := make([]string, 0, len(m))
	for v := range m {
		vs = append(vs, v)
	}
	sort.Slice(vs, func(i, j int) bool { return valueLess(vs[i], vs[j]) })
	return vs
}

func sortStrings(s []string) { sort.Strings(s) }
