package diff

import (
	"codebook.dev/codebook/gen/naming"
	"codebook.dev/codebook/spec"
)

// The identifier rule: a Go name is a promise only once a lock pins it.
// Without a lock, names are whatever the reader derives from the current
// text, so a reworded message would "rename" a constant that no importer
// was promised; reporting that would make every text edit an ERROR.
// Once the old revision's lock pins a name, importers rely on it, and
// the new side's name is what generate would emit with the new side's
// lock (Pin gives the new side the old lock when it has none). So an
// identifier change is reported when the old lock pins the code (or the
// set) and the new side has a lock: a name someone edited in the lock,
// or a lock line someone deleted so that the name is derived again.

// pinnedSet reports whether the old lock pins the set's type name and
// the new side has a lock.
func (d *differ) pinnedSet(o *spec.Set) bool {
	return !d.new.Lock.Empty() && d.old.Lock.KeyFor(d.old.Spec, o) != ""
}

// pinnedMember reports whether the old lock pins the code's Go name and
// the new side has a lock.
func (d *differ) pinnedMember(o *spec.Set, value string) bool {
	if d.new.Lock.Empty() {
		return false
	}
	key := d.old.Lock.KeyFor(d.old.Spec, o)
	if key == "" {
		return false
	}
	e, found := d.old.Lock.Lookup(key, value)
	return found && !e.Removed
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
