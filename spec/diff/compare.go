package diff

import (
	"sort"
	"strconv"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/lock"
)

// Side is one revision to compare.
type Side struct {
	// Name says where the revision came from ("HEAD~1:spec/opi.md");
	// reports show it.
	Name string
	// Spec is the model, with the lock already applied when there is one.
	Spec *spec.Spec
	// Lock is the lock the names were pinned with, or nil. The old lock
	// also says which codes are reserved (see reused).
	Lock *lock.Lock
}

// differ collects changes while walking two specs.
type differ struct {
	old, new Side
	changes  []Change
	index    members
	// moves are the codes that left one set for another (see moves.go).
	moves moves
	// reserved is the old lock applied to the new spec, made on first
	// use.
	reserved *lock.Pins
	// kept is the new lock applied to the new spec, made on first use.
	kept *lock.Pins
}

// Compare lists every change from old to new, sorted, with the data the
// markdown report shows beside it.
func Compare(old, new Side) *Report {
	d := &differ{old: old, new: new, index: members{}}
	pairs := matchSets(sets(old.Spec), sets(new.Spec))
	d.moves = findMoves(pairs, d.index)
	for _, p := range pairs {
		d.set(p)
	}
	d.payloads(pairs)
	sort.SliceStable(d.changes, func(i, j int) bool { return less(d.changes[i], d.changes[j]) })
	return newReport(old, new, pairs, d.changes, d.index, d.moves)
}

func sets(s *spec.Spec) []*spec.Set {
	if s == nil {
		return nil
	}
	return s.Sets
}

// add records a change; its level follows from its kind and values.
func (d *differ) add(scope Scope, oldName, newName, member string, c Change) {
	c.Scope, c.oldSet, c.newSet = scope, oldName, newName
	c.Set = pick(newName, oldName)
	c.Member = member
	c.Level = level(c)
	d.changes = append(d.changes, c)
}

func (d *differ) set(p pair) {
	o, n := p.old, p.new
	switch {
	case o == nil:
		d.add(ScopeSet, "", n.Name, "", Change{Kind: SetAdded, New: n.Key})
		d.movedIn(n)
		d.reused(nil, n)
		return
	case n == nil:
		d.add(ScopeSet, o.Name, "", "", Change{Kind: SetRemoved, Old: o.Key})
		return
	}
	at := func(member string, c Change) { d.add(ScopeSet, o.Name, n.Name, member, c) }
	if o.Name != n.Name {
		at("", Change{Kind: SetRenamed, Old: o.Name, New: n.Name})
	}
	if o.Key != n.Key {
		at("", Change{Kind: KeyChanged, Old: o.Key, New: n.Key})
	}
	if o.Kind != n.Kind {
		at("", Change{Kind: KindChanged, Old: o.Kind.String(), New: n.Kind.String()})
	}
	if o.Errors != n.Errors {
		at("", Change{Kind: ErrorsChanged, Old: strconv.FormatBool(o.Errors), New: strconv.FormatBool(n.Errors)})
	}
	d.members(o, n, at)
	d.movedIn(n)
	d.symbols(o, n, at)
	d.ranges(o, n, at)
	d.reused(o, n)
}

func (d *differ) members(o, n *spec.Set, at func(string, Change)) {
	for _, om := range o.Members {
		nm := d.index.get(n, om.Value)
		if nm == nil {
			if _, moved := d.moves[om.Value]; !moved {
				at(om.Value, Change{Kind: d.removal(n, om.Value), Old: goname.Const(o.Name, om.GoName)})
			}
			continue
		}
		d.member(o.Name, n.Name, om, nm, at)
	}
	for _, nm := range n.Members {
		if d.index.get(o, nm.Value) == nil {
			if _, moved := d.moves[nm.Value]; !moved {
				at(nm.Value, Change{Kind: MemberAdded, New: goname.Const(n.Name, nm.GoName)})
			}
		}
	}
}

// member compares one code on both sides; oldSet and newSet are its
// sets' Go names.
func (d *differ) member(oldSet, newSet string, om, nm *spec.Member, at func(string, Change)) {
	v := om.Value
	if om.Symbol != nm.Symbol {
		at(v, Change{Kind: SymbolChanged, Old: om.Symbol, New: nm.Symbol})
	}
	if om.GoName != nm.GoName {
		at(v, Change{Kind: IdentifierChanged, Old: goname.Const(oldSet, om.GoName), New: goname.Const(newSet, nm.GoName)})
	}
	if om.Success != nm.Success {
		at(v, Change{Kind: SuccessChanged, Old: strconv.FormatBool(om.Success), New: strconv.FormatBool(nm.Success)})
	}
	c, meant := meaning(om.Texts, nm.Texts)
	if meant {
		at(v, c)
	}
	texts(om.Texts, nm.Texts, func(lang string, c Change) {
		if c.Kind == TextChanged && meant {
			return // shown in the meaning change, beside the others
		}
		c.Lang = lang
		at(v, c)
	}, TextChanged)
	behaviour(om.Behaviour, nm.Behaviour, func(c Change) { at(v, c) })
	attrs(om.Attrs, nm.Attrs, func(name, ov, nv string) {
		at(v, Change{Kind: AttrChanged, Attr: name, Old: ov, New: nv})
	})
}

// symbols reports a symbolic name that now stands for another code.
func (d *differ) symbols(o, n *spec.Set, at func(string, Change)) {
	ov, nv := symbolValues(o), symbolValues(n)
	for sym, v := range ov {
		if w, ok := nv[sym]; ok && w != v {
			at(sym, Change{Kind: ValueChanged, Old: v, New: w})
		}
	}
}

// symbolValues maps each symbol to its code; a symbol on two rows says
// nothing about either, so it is left out.
func symbolValues(s *spec.Set) map[string]string {
	m := map[string]string{}
	dup := map[string]bool{}
	for _, mem := range s.Members {
		if mem.Symbol == "" {
			continue
		}
		if _, seen := m[mem.Symbol]; seen {
			dup[mem.Symbol] = true
		}
		m[mem.Symbol] = mem.Value
	}
	for sym := range dup {
		delete(m, sym)
	}
	return m
}
