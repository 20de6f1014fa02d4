package diff

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/ident"
)

// pair is a set of the old spec and its counterpart in the new one;
// either side is nil for an added or removed set.
type pair struct{ old, new *spec.Set }

// matchSets pairs sets as ident.Pair defines it (key and section, key,
// Go name, codes), the same pairing the lock pins names with.
func matchSets(old, new []*spec.Set) []pair {
	counterpart := ident.PairSets(old, new)
	used := map[*spec.Set]bool{}
	var out []pair
	for i, o := range old {
		out = append(out, pair{o, counterpart[i]})
		if counterpart[i] != nil {
			used[counterpart[i]] = true
		}
	}
	for _, n := range new {
		if !used[n] {
			out = append(out, pair{nil, n})
		}
	}
	return out
}
