package diff

import (
	"sort"

	"codebook.dev/codebook/spec"
)

// pair is a set of the old spec and its counterpart in the new one;
// either side is nil for an added or removed set.
type pair struct{ old, new *spec.Set }

// matchSets pairs sets by wire key, then by Go name, then by codes: a
// majority of both sets' values in common, the best overlap first. Each
// step is symmetric, so diff(b, a) pairs exactly what diff(a, b) does.
func matchSets(old, new []*spec.Set) []pair {
	paired := map[*spec.Set]*spec.Set{}
	used := map[*spec.Set]bool{}
	link := func(o, n *spec.Set) {
		paired[o], used[n] = n, true
	}
	for _, by := range []func(*spec.Set) string{
		func(s *spec.Set) string { return s.Key },
		func(s *spec.Set) string { return s.Name },
	} {
		index := map[string]*spec.Set{}
		for _, n := range new {
			if !used[n] {
				if _, dup := index[by(n)]; !dup {
					index[by(n)] = n
				}
			}
		}
		for _, o := range old {
			if n := index[by(o)]; n != nil && paired[o] == nil && !used[n] {
				link(o, n)
			}
		}
	}
	for _, c := range overlapCandidates(old, new, paired, used) {
		if paired[c.o] == nil && !used[c.n] {
			link(c.o, c.n)
		}
	}
	var out []pair
	for _, o := range old {
		out = append(out, pair{o, paired[o]})
	}
	for _, n := range new {
		if !used[n] {
			out = append(out, pair{nil, n})
		}
	}
	return out
}

type candidate struct {
	o, n   *spec.Set
	score  int
	lo, hi string // the two sets' identities, ordered, for a symmetric tie-break
}

func overlapCandidates(old, new []*spec.Set, paired map[*spec.Set]*spec.Set, used map[*spec.Set]bool) []candidate {
	var cs []candidate
	for _, o := range old {
		if paired[o] != nil {
			continue
		}
		values := map[string]bool{}
		for _, m := range o.Members {
			values[m.Value] = true
		}
		for _, n := range new {
			if used[n] {
				continue
			}
			score := 0
			for _, m := range n.Members {
				if values[m.Value] {
					score++
				}
			}
			if 2*score > max(len(values), len(n.Members)) {
				a, b := o.Key+"\x00"+o.Name, n.Key+"\x00"+n.Name
				cs = append(cs, candidate{o, n, score, min(a, b), max(a, b)})
			}
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		if cs[i].lo != cs[j].lo {
			return cs[i].lo < cs[j].lo
		}
		return cs[i].hi < cs[j].hi
	})
	return cs
}
