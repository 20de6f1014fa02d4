package lock

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// Update records the spec in the lock: new sets and codes are added with
// their current names, codes that are back lose their reservation, and
// codes (and whole sets) missing from the spec are kept as removed so
// their values and names stay reserved, and their constants stay,
// deprecated (see Deprecated), until someone marks them reserved. A locked set paired with a spec
// set under another key or heading (translated headers, a reworded
// heading) moves to the spec set's key and section.
//
// Resolve the spec with the lock first (goname.Resolve): Update writes
// the names it finds, and only the pins keep them clear of reserved
// ones. A name that is not an exported Go
// identifier is not recorded.
func (l *Lock) Update(s *spec.Spec) {
	if s == nil {
		return
	}
	m := l.match(s)
	seen := map[*setLock]bool{}
	for _, set := range s.Sets {
		sl := m[set]
		if sl == nil {
			sl = &setLock{key: set.Key, section: set.Doc, members: map[string]*entry{}}
		} else if sl.key != set.Key || sl.section != set.Doc {
			delete(l.sets, id(sl.key, sl.section))
			sl.key, sl.section = set.Key, set.Doc
		}
		if goname.IsExported(set.Name) {
			sl.renamed = sl.renamed || (sl.name != "" && sl.name != set.Name)
			sl.name = set.Name
		}
		if sl.name == "" {
			continue // a new set without a usable name cannot be locked
		}
		l.put(sl)
		seen[sl] = true
		recordSet(sl, set)
	}
	for _, sl := range l.sets {
		if !seen[sl] {
			for _, e := range sl.members {
				e.removed = true
			}
		}
	}
}

func recordSet(sl *setLock, set *spec.Set) {
	present := make(map[string]bool, len(set.Members))
	for _, m := range set.Members {
		present[m.Value] = true
		if m.Value == "" || !goname.IsExported(m.GoName) {
			continue
		}
		e := sl.members[m.Value]
		if e == nil {
			e = &entry{}
			sl.members[m.Value] = e
		}
		e.renamed = e.renamed || (e.name != "" && e.name != m.GoName)
		e.name, e.removed, e.reserved = m.GoName, false, false
	}
	for v, e := range sl.members {
		if !present[v] {
			e.removed = true
		}
	}
}
