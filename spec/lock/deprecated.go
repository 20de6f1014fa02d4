package lock

import "codebook.dev/codebook/spec"

// Kept is a code removed from the spec whose constant the lock keeps,
// deprecated: a "removed" line of a set the spec still has.
type Kept struct {
	Set *spec.Set
	// Name is the member's Go name without the type prefix.
	Name, Value string
	// Pos is its removed line, when the lock was read with it.
	Pos spec.Pos
}

// Deprecated returns the codes whose constants stay in the generated
// package although the spec no longer lists them, by set in spec order
// and then by value: consumers get a deprecation warning from their
// tools before the constant goes. A code leaves this list when its line
// is marked reserved (the constant goes, the value and name stay
// reserved) or deleted. Call it after Update, which marks the codes
// this spec revision removed. A set the spec dropped keeps nothing: its
// type is gone.
func (l *Lock) Deprecated(s *spec.Spec) []Kept {
	if l.Empty() || s == nil {
		return nil
	}
	m := l.match(s)
	var out []Kept
	for _, set := range s.Sets {
		sl := m[set]
		if sl == nil {
			continue
		}
		for _, v := range sortedValues(sl.members) {
			if e := sl.members[v]; e.removed && !e.reserved && set.Member(v) == nil {
				out = append(out, Kept{Set: set, Name: e.name, Value: v, Pos: sl.at(e)})
			}
		}
	}
	return out
}
