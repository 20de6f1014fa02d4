package lock

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/ident"
)

// Apply pins the spec's names to the lock. A set keeps its locked type
// name and every code the lock knows keeps its locked Go name, whatever
// the reader derived from the current text. A new set or code whose
// derived name is already locked (or reserved by a removed code) is
// renamed by goname.Unique's rules (the code is appended) with a
// warning; a code the lock reserved as removed that is back in the spec
// is flagged with a warning, since providers reuse codes for new
// meanings. Payload fields follow their set's new type name. A name a
// directive gives (name=, go.VALUE=) wins over the lock: it is the
// explicit rename the lock's header promises a way to make. Every name
// the lock or a directive gives is marked Explicit: someone wrote it
// down, so generate may rename its earlier output to it.
func (l *Lock) Apply(s *spec.Spec) spec.Diags {
	var diags spec.Diags
	if s == nil || l.Empty() {
		return diags
	}
	m := l.match(s)
	renamed := l.applySetNames(s, m, &diags)
	for _, set := range s.Sets {
		if sl := m[set]; sl != nil {
			applyMembers(set, sl, &diags)
		}
	}
	for _, p := range s.Payloads {
		for _, f := range p.Fields {
			if n, ok := renamed[f.Set]; ok {
				f.Set = n
			}
		}
	}
	return diags.Sort()
}

// applySetNames gives matched sets their locked names and keeps new sets
// off every locked name. It returns old name → new name for payloads.
func (l *Lock) applySetNames(s *spec.Spec, m map[*spec.Set]*setLock, diags *spec.Diags) map[string]string {
	renamed := map[string]string{}
	var names, values []string
	for _, sl := range l.ordered() {
		names = append(names, sl.name)
		values = append(values, id(sl.key, sl.section))
	}
	locked := len(names)
	var fresh []*spec.Set
	for _, set := range s.Sets {
		if sl := m[set]; sl != nil {
			if set.Name != sl.name && !set.Explicit {
				renamed[set.Name] = sl.name
				set.Name = sl.name
			}
			set.Explicit = true
			continue
		}
		fresh = append(fresh, set)
		names = append(names, set.Name)
		values = append(values, set.Key)
	}
	out, _ := goname.Unique(names, values)
	for i, set := range fresh {
		if n := out[locked+i]; n != set.Name {
			diags.Warnf(set.Pos, "set %q: go name %q is locked for another set; using %q", set.Key, set.Name, n)
			renamed[set.Name] = n
			set.Name = n
		}
	}
	return renamed
}

// applyMembers pins one set's members. Locked names go first in the
// goname.Unique call so that they win every collision.
func applyMembers(set *spec.Set, sl *setLock, diags *spec.Diags) {
	var fresh []*spec.Member
	back := map[string]bool{}
	for _, m := range set.Members {
		e := sl.members[m.Value]
		switch {
		case e == nil:
			fresh = append(fresh, m)
		case e.removed:
			if !ident.Restored(e.name, m.GoName, m.Value) {
				diags.Warnf(m.Pos, "code %s of set %s was removed earlier (reserved as %q) and is back; check that it still means the same", m.Value, set.Name, e.name)
			}
			back[m.Value] = true
			fresh = append(fresh, m)
		case !m.Explicit: // a go.VALUE= directive renames on purpose
			m.GoName, m.Explicit = e.name, true
		}
	}
	if len(fresh) == 0 {
		return
	}
	var names, values []string
	for _, v := range sortedValues(sl.members) {
		if !back[v] {
			names = append(names, sl.members[v].name)
			values = append(values, v)
		}
	}
	locked := len(names)
	for _, m := range fresh {
		names = append(names, m.GoName)
		values = append(values, m.Value)
	}
	out, owner := goname.Unique(names, values)
	for i, m := range fresh {
		n := out[locked+i]
		if n == m.GoName {
			continue
		}
		diags.Warnf(m.Pos, "code %s of set %s: go name %q is locked for code %s; using %q", m.Value, set.Name, m.GoName, values[owner[locked+i]], n)
		m.GoName = n
	}
}
