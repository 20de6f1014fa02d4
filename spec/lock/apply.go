package lock

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// GoPins pairs the spec's sets with the lock's (see match) for
// goname.Resolve, which owns what the pins do to names: a set keeps its
// locked type name, every code the lock knows keeps its locked Go name,
// and new sets and codes keep clear of every locked or reserved name. A
// nil or empty lock pins nothing.
func (l *Lock) GoPins(s *spec.Spec) *goname.Pins {
	if s == nil || l.Empty() {
		return nil
	}
	p := &goname.Pins{Of: map[*spec.Set]goname.SetPins{}}
	for _, sl := range l.ordered() {
		p.Locked = append(p.Locked, sl)
	}
	for set, sl := range l.match(s) {
		p.Of[set] = sl
	}
	return p
}

// setLock is a goname.SetPins.
var _ goname.SetPins = (*setLock)(nil)

// Name is the set's locked type name.
func (sl *setLock) Name() string { return sl.name }

// ID is the set's key and section.
func (sl *setLock) ID() string { return id(sl.key, sl.section) }

// Values are the set's locked codes in value order.
func (sl *setLock) Values() []string { return sortedValues(sl.members) }

// Member returns a code's locked name and whether it is reserved.
func (sl *setLock) Member(value string) (name string, removed, ok bool) {
	e := sl.members[value]
	if e == nil {
		return "", false, false
	}
	return e.name, e.removed, true
}
