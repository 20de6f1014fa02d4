package diff

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// The identifier rule: every Go name is a promise, pinned or not. With
// locks on both sides, a name changes only when someone edits the lock
// (or deletes a line of it); without one, a reworded message derives a
// new name, and codebook generate refuses to emit it over the name its
// output declares unless the rename is explicit. Either way importers
// break, so the diff reports the change as an ERROR before anyone
// generates; Report.Pinned says whether the names came from locks.

// reused reports new codes that the old lock keeps reserved: the
// provider removed the code once and now uses it again. When the code
// comes back under the name it was reserved with (a name derived from
// its symbol or text, so the same meaning), it is restored; under
// another name it is reused for something else, and a client that
// still knows the old meaning would misread it (see goname.Restored).
func (d *differ) reused(oldSet, n *spec.Set) {
	if d.old.Lock.Empty() {
		return
	}
	if d.reserved == nil {
		p := d.old.Lock.Pins(d.new.Spec)
		d.reserved = &p
	}
	name, ok := d.reserved.Set(n)
	if !ok {
		return
	}
	for _, m := range n.Members {
		if d.index.get(oldSet, m.Value) != nil {
			continue
		}
		e, ok := d.reserved.Lookup(n, m.Value)
		if !ok || !e.Removed {
			continue
		}
		c := Change{Kind: CodeReused, Old: goname.Const(name, e.Name), New: goname.Const(n.Name, m.GoName)}
		if goname.Restored(e.Name, m.GoName, m.Value) {
			c.Kind = Restored
		}
		d.add(ScopeSet, setName(oldSet), n.Name, m.Value, c)
	}
}

func setName(s *spec.Set) string {
	if s == nil {
		return ""
	}
	return s.Name
}

// removal is the kind of a code removed from set n: deprecated when the
// new side's lock (the old one's, when the new side has none, as the
// next generate would start from it) keeps its constant, that is when
// it holds the code as a member or a removed line, not a reserved one;
// removed otherwise.
func (d *differ) removal(n *spec.Set, value string) Kind {
	if d.new.Lock.Empty() {
		return MemberRemoved
	}
	if d.kept == nil {
		p := d.new.Lock.Pins(d.new.Spec)
		d.kept = &p
	}
	if e, ok := d.kept.Lookup(n, value); ok && !e.Reserved {
		return MemberDeprecated
	}
	return MemberRemoved
}
