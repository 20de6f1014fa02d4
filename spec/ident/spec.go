package ident

import "codebook.dev/codebook/spec"

// Of returns the identity of a spec set: its key, section (the heading
// its first table stands under), Go name and codes.
func Of(s *spec.Set) Set {
	vs := make([]string, len(s.Members))
	for i, m := range s.Members {
		vs[i] = m.Value
	}
	return Set{Key: s.Key, Section: s.Doc, Name: s.Name, Values: vs}
}

// PairSets pairs two revisions' sets (see Pair): for each old set its
// counterpart, or nil.
func PairSets(old, new []*spec.Set) []*spec.Set {
	a, b := make([]Set, len(old)), make([]Set, len(new))
	for i, s := range old {
		a[i] = Of(s)
	}
	for j, s := range new {
		b[j] = Of(s)
	}
	out := make([]*spec.Set, len(old))
	for i, j := range Pair(a, b) {
		if j >= 0 {
			out[i] = new[j]
		}
	}
	return out
}
