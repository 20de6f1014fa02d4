package lock

import "codebook.dev/codebook/spec"

// match pairs the spec's sets with locked sets: by wire key first, then,
// for a set whose key the lock does not know, with the unclaimed locked
// set that holds a majority of the codes of both (a table whose headers
// were translated keeps its rows, so it keeps its names). Ties go to the
// smaller key, so the pairing is deterministic.
func (l *Lock) match(s *spec.Spec) map[*spec.Set]*setLock {
	out := map[*spec.Set]*setLock{}
	if l.Empty() || s == nil {
		return out
	}
	claimed := map[*setLock]bool{}
	for _, set := range s.Sets {
		if sl := l.sets[set.Key]; sl != nil && !claimed[sl] {
			out[set] = sl
			claimed[sl] = true
		}
	}
	for _, set := range s.Sets {
		if out[set] != nil {
			continue
		}
		var best *setLock
		bestScore := 0
		for _, k := range l.Keys() {
			sl := l.sets[k]
			if claimed[sl] {
				continue
			}
			if n := overlap(set, sl); n > bestScore && majority(n, len(set.Members), len(sl.members)) {
				best, bestScore = sl, n
			}
		}
		if best != nil {
			out[set] = best
			claimed[best] = true
		}
	}
	return out
}

func overlap(set *spec.Set, sl *setLock) int {
	n := 0
	for _, m := range set.Members {
		if sl.members[m.Value] != nil {
			n++
		}
	}
	return n
}

// majority reports whether n shared codes are more than half of the
// larger side, so two unrelated sets that share a code or two never pair.
func majority(n, a, b int) bool {
	return 2*n > max(a, b)
}
