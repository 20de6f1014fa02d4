package lock

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/ident"
)

// match pairs the spec's sets with locked sets by ident.Pair: the
// locked set's key, section, pinned name and codes (removed ones
// included, since they are still the set's) against the spec set's.
func (l *Lock) match(s *spec.Spec) map[*spec.Set]*setLock {
	out := map[*spec.Set]*setLock{}
	if l.Empty() || s == nil {
		return out
	}
	locked := l.ordered()
	old := make([]ident.Set, len(locked))
	for i, sl := range locked {
		old[i] = ident.Set{Key: sl.key, Section: sl.section, Name: sl.name, Values: sortedValues(sl.members)}
	}
	cur := make([]ident.Set, len(s.Sets))
	for j, set := range s.Sets {
		cur[j] = ident.Of(set)
	}
	for i, j := range ident.Pair(old, cur) {
		if j >= 0 {
			out[s.Sets[j]] = locked[i]
		}
	}
	return out
}

// Pins is the lock applied to one spec: for each of its sets, the
// locked set it is pinned by. Computing it once lets a caller look up
// many codes without pairing the sets again for each.
type Pins struct {
	m map[*spec.Set]*setLock
}

// Pins pairs the spec's sets with the lock's.
func (l *Lock) Pins(s *spec.Spec) Pins { return Pins{l.match(s)} }

// Set returns the Go type name locked for the spec set, and whether the
// lock pins it.
func (p Pins) Set(set *spec.Set) (string, bool) {
	if sl := p.m[set]; sl != nil {
		return sl.name, true
	}
	return "", false
}

// Lookup returns the locked entry of a code of the spec set.
func (p Pins) Lookup(set *spec.Set, value string) (Entry, bool) {
	return p.m[set].lookup(value)
}

// SetPos returns where the lock file gives the spec set its type name
// (its set line's name field), when the lock pins it and Update has not
// renamed it since.
func (p Pins) SetPos(set *spec.Set) (spec.Pos, bool) { return p.m[set].line() }
