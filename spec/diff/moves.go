package diff

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// move is a code that left one set and appears in another.
type move struct {
	from, to *spec.Set
}

// moves are the moved codes by value.
type moves map[string]move

// findMoves finds the codes that leave exactly one set (a paired set
// that lost them, or a removed set) and arrive in exactly one other (a
// paired set that gained them, or an added set). A code that leaves or
// arrives more than once (sub-codes shared by several sets) stays a
// removal and an addition: which went where would be a guess. Both
// directions see the same codes, so diff(b, a) has the inverse moves.
func findMoves(pairs []pair, index members) moves {
	left := map[string][]*spec.Set{}
	came := map[string][]*spec.Set{}
	for _, p := range pairs {
		if p.old != nil {
			for _, m := range p.old.Members {
				if index.get(p.new, m.Value) == nil && index.get(p.old, m.Value) == m {
					left[m.Value] = append(left[m.Value], p.old)
				}
			}
		}
		if p.new != nil {
			for _, m := range p.new.Members {
				if index.get(p.old, m.Value) == nil && index.get(p.new, m.Value) == m {
					came[m.Value] = append(came[m.Value], p.new)
				}
			}
		}
	}
	out := moves{}
	for v, from := range left {
		if to := came[v]; len(from) == 1 && len(to) == 1 {
			out[v] = move{from[0], to[0]}
		}
	}
	return out
}

// movedIn reports the codes that arrived in n from another set: one
// change each, breaking because the constant's type changes, then the
// code's own changes (texts, name) as for a code that stayed.
func (d *differ) movedIn(n *spec.Set) {
	for _, nm := range n.Members {
		mv, ok := d.moves[nm.Value]
		if !ok || mv.to != n || d.index.get(n, nm.Value) != nm {
			continue
		}
		om := d.index.get(mv.from, nm.Value)
		at := func(member string, c Change) { d.add(ScopeSet, mv.from.Name, n.Name, member, c) }
		at(nm.Value, Change{Kind: Moved, Old: goname.Const(mv.from.Name, om.GoName), New: goname.Const(n.Name, nm.GoName)})
		d.member(mv.from.Name, n.Name, om, nm, func(member string, c Change) {
			if c.Kind != IdentifierChanged {
				at(member, c)
			}
		})
	}
}
