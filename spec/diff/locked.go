package diff

import (
	"codebook.dev/codebook/gen/naming"
	"codebook.dev/codebook/spec"
)

// The identifier rule: a Go name is a promise only once a lock pins it.
// Without a lock, names are whatever the reader derives from the current
// text, so a reworded message would "rename" a constant that no importer
// was promised; reporting that would make every text edit an ERROR. With
// locks, names change only when someone edits a lock, and that is
// exactly what importers see. So an identifier change is reported when
// the name is pinned on both sides: the old lock has the code (or set)
// and so has the new one.

// pinnedSet reports whether both locks pin the set's type name.
func (d *differ) pinnedSet(o, n *spec.Set) bool {
	return d.old.Lock.KeyFor(d.old.Spec, o) != "" && d.new.Lock.KeyFor(d.new.Spec, n) != ""
}

// pinnedMember reports whether both locks pin the code's Go name.
func (d *differ) pinnedMember(o, n *spec.Set, value string) bool {
	ok := d.old.Lock.KeyFor(d.old.Spec, o)
	nk := d.new.Lock.KeyFor(d.new.Spec, n)
	if ok == "" || nk == "" {
		return false
	}
	oe, found := d.old.Lock.Lookup(ok, value)
	if !found || oe.Removed {
		return false
	}
	ne, found := d.new.Lock.Lookup(nk, value)
	return found && !ne.Removed
}

// reused reports new codes that the old lock keeps reserved: the
// provider removed the code once and now uses it again, perhaps for
// something else, and a client that still knows the old meaning would
// misread it.
func (d *differ) reused(oldSet, n *spec.Set) {
	if d.old.Lock.Empty() {
		return
	}
	key := d.old.Lock.KeyFor(d.new.Spec, n)
	if key == "" {
		return
	}
	name, _ := d.old.Lock.SetName(key)
	for _, m := range n.Members {
		if d.index.get(oldSet, m.Value) != nil {
			continue
		}
		if e, ok := d.old.Lock.Lookup(key, m.Value); ok && e.Removed {
			c := Change{Kind: CodeReused, Old: naming.Const(name, e.Name), New: naming.Const(n.Name, m.GoName)}
			d.add(ScopeSet, setName(oldSet), n.Name, m.Value, c)
		}
	}
}

func setName(s *spec.Set) string {
	if s == nil {
		return ""
	}
	return s.Name
}
