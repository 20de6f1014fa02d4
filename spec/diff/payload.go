package diff

import "codebook.dev/codebook/spec"

// payloads compares payloads by Go name and their fields by JSON key. A
// field's code set is compared through the set pairing, so a set that
// was only renamed does not make every field that carries it change.
func (d *differ) payloads(pairs []pair) {
	counterpart := map[string]string{} // old set name → new set name
	for _, p := range pairs {
		if p.old != nil && p.new != nil {
			counterpart[p.old.Name] = p.new.Name
			counterpart["\x00"+p.new.Name] = p.old.Name
		}
	}
	old, new := payloadList(d.old.Spec), payloadList(d.new.Spec)
	for _, op := range old {
		np := findPayload(new, op.Name)
		if np == nil {
			d.add(ScopePayload, op.Name, "", "", Change{Kind: PayloadRemoved})
			continue
		}
		d.fields(op, np, counterpart)
	}
	for _, np := range new {
		if findPayload(old, np.Name) == nil {
			d.add(ScopePayload, "", np.Name, "", Change{Kind: PayloadAdded})
		}
	}
}

func (d *differ) fields(op, np *spec.Payload, counterpart map[string]string) {
	at := func(field string, c Change) { d.add(ScopePayload, op.Name, np.Name, field, c) }
	for _, of := range op.Fields {
		nf := findField(np, of.Name)
		if nf == nil {
			at(of.Name, Change{Kind: FieldRemoved, Old: of.Type})
			continue
		}
		if of.Type != nf.Type {
			at(of.Name, Change{Kind: FieldRetyped, Old: of.Type, New: nf.Type})
		}
		if !sameSet(of.Set, nf.Set, counterpart) {
			at(of.Name, Change{Kind: FieldSetChanged, Old: of.Set, New: nf.Set})
		}
	}
	for _, nf := range np.Fields {
		if findField(op, nf.Name) == nil {
			at(nf.Name, Change{Kind: FieldAdded, New: nf.Type})
		}
	}
}

func payloadList(s *spec.Spec) []*spec.Payload {
	if s == nil {
		return nil
	}
	return s.Payloads
}

func findPayload(ps []*spec.Payload, name string) *spec.Payload {
	for _, p := range ps {
		if p.Name == name {
			return p
		}
	}
	return nil
}

func findField(p *spec.Payload, name string) *spec.Field {
	for _, f := range p.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// sameSet reports whether two field links name the same set: paired
// sets by their pairing, unpaired names only by equal names that no
// pairing claims. counterpart also maps "\x00"+new name back to the old
// one, which keeps the test symmetric.
func sameSet(a, b string, counterpart map[string]string) bool {
	if a == "" || b == "" {
		return a == b
	}
	if c, ok := counterpart[a]; ok {
		return c == b
	}
	_, claimed := counterpart["\x00"+b]
	return !claimed && a == b
}
