package goname

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/ident"
)

// Pinner keeps names that are already out: the lock file (spec/lock) is
// one. Resolve asks it once, after the names are derived and unique.
type Pinner interface {
	// GoPins pairs the spec's sets with what the pinner remembers; nil
	// pins nothing.
	GoPins(s *spec.Spec) *Pins
}

// Pins is what a Pinner remembers, paired with one spec.
type Pins struct {
	// Locked are every pinned set, in the pinner's order; their names
	// stay taken whether or not the spec still has the set.
	Locked []SetPins
	// Of is the pin of each spec set that has one.
	Of map[*spec.Set]SetPins
}

// SetPins is one pinned set.
type SetPins interface {
	// Name is the set's pinned type name.
	Name() string
	// ID is what Unique appends to a new set's name that collides with
	// this one's.
	ID() string
	// Values are the pinned codes, in the order their names are claimed.
	Values() []string
	// Member returns a code's pinned name, whether the code was removed
	// (its name stays reserved), and whether it is pinned at all.
	Member(value string) (name string, removed, ok bool)
}

// pin applies the pins. A set keeps its pinned type name and every code
// the pins know keeps its pinned Go name, whatever was derived from the
// current text. A new set or code whose name is already pinned (or
// reserved by a removed code) is renamed by Unique's rules (the code is
// appended) with a warning; a reserved code that is back is flagged
// with a warning unless it is Restored, since providers reuse codes for
// new meanings. A name a directive gives (name=, go.VALUE=) wins over a
// pin: it is the explicit rename the lock's header promises a way to
// make. Every name a pin or a directive gives is marked Explicit:
// someone wrote it down, so generate may rename its earlier output to
// it.
func pin(s *spec.Spec, p *Pins, diags *spec.Diags) {
	renamed := pinSets(s, p, diags)
	for _, set := range s.Sets {
		if sp := p.Of[set]; sp != nil {
			pinMembers(set, sp, diags)
		}
	}
	// Fields without a Link (a model built by hand) follow their set by
	// name.
	for _, pl := range s.Payloads {
		for _, f := range pl.Fields {
			if n, ok := renamed[f.Set]; ok && f.Link == nil {
				f.Set = n
			}
		}
	}
}

// pinSets gives matched sets their pinned names and keeps new sets off
// every pinned name. It returns old name → new name.
func pinSets(s *spec.Spec, p *Pins, diags *spec.Diags) map[string]string {
	renamed := map[string]string{}
	var names, values []string
	for _, sp := range p.Locked {
		names = append(names, sp.Name())
		values = append(values, sp.ID())
	}
	locked := len(names)
	var fresh []*spec.Set
	for _, set := range s.Sets {
		if sp := p.Of[set]; sp != nil {
			if set.Name != sp.Name() && !set.Explicit {
				renamed[set.Name] = sp.Name()
				set.Name = sp.Name()
			}
			set.Explicit = true
			continue
		}
		fresh = append(fresh, set)
		names = append(names, set.Name)
		values = append(values, set.Key)
	}
	out, _ := Unique(names, values)
	for i, set := range fresh {
		if n := out[locked+i]; n != set.Name {
			diags.Warnf(set.Pos, "set %q: go name %q is locked for another set; using %q", set.Key, set.Name, n)
			renamed[set.Name] = n
			set.Name = n
		}
	}
	return renamed
}

// pinMembers pins one set's members. Pinned names go first in the
// Unique call so that they win every collision.
func pinMembers(set *spec.Set, sp SetPins, diags *spec.Diags) {
	var fresh []*spec.Member
	back := map[string]bool{}
	for _, m := range set.Members {
		name, removed, ok := sp.Member(m.Value)
		switch {
		case !ok:
			fresh = append(fresh, m)
		case removed:
			if !Restored(name, m.GoName, m.Value) {
				diags.Warnf(m.Pos, "code %s of set %s was removed earlier (reserved as %q) and is back; check that it still means the same", m.Value, set.Name, name)
			}
			back[m.Value] = true
			fresh = append(fresh, m)
		case !m.Explicit: // a go.VALUE= directive renames on purpose
			m.GoName, m.Explicit = name, true
		}
	}
	if len(fresh) == 0 {
		return
	}
	var names, values []string
	for _, v := range sp.Values() {
		if !back[v] {
			name, _, _ := sp.Member(v)
			names = append(names, name)
			values = append(values, v)
		}
	}
	locked := len(names)
	for _, m := range fresh {
		names = append(names, m.GoName)
		values = append(values, m.Value)
	}
	out, owner := Unique(names, values)
	for i, m := range fresh {
		n := out[locked+i]
		if n == m.GoName {
			continue
		}
		diags.Warnf(m.Pos, "code %s of set %s: go name %q is locked for code %s; using %q", m.Value, set.Name, m.GoName, values[owner[locked+i]], n)
		m.GoName = n
	}
}

// Restored reports whether a code that a lock reserves as removed comes
// back with the meaning it was reserved with: its Go name, derived from
// its symbol or text, is the reserved one or a typo away (see
// ident.TypoSized). A name made from the code itself (Code3002) says
// nothing about the meaning, so a code reserved under one is never
// judged restored.
func Restored(reserved, derived, value string) bool {
	if reserved == FromValue(value) {
		return false
	}
	return reserved == derived || ident.TypoSized(reserved, derived)
}
