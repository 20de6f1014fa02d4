package goname

import (
	"maps"
	"slices"
	"strconv"

	"codebook.dev/codebook/spec"
)

// Resolve gives every set, member, payload and payload field of s its
// final Go name, once, before anything reads them:
//
//  1. derive: a member or field without a Go name is named by the rules
//     of this package from what the reader recorded (symbol, token
//     code, English text, code); a name already set (a go.VALUE=
//     directive, a model built by hand) is kept. A set without a name is
//     named from what the reader recorded (SetName), and so is a
//     payload without one (PayloadName).
//  2. de-duplicate: members within a set, sets, payloads beside the
//     sets, and fields within a payload, first holder first, with a
//     warning at both rows (see Unique);
//  3. pin: with a Pinner (the lock file), matched sets and members take
//     their pinned names unless a directive renamed them, new ones keep
//     clear of every pinned or reserved name, and a reserved code that
//     is back is flagged unless it comes back with its old meaning (see
//     Restored);
//  4. settle: member constants keep clear of the rest of the generated
//     API (Parse<Set>, <Set>Values, the visitor, payload types; see
//     SetDecls and PackageDecls) and of well-known method names
//     (Reserved), renamed with a warning; a name that is not an
//     exported Go identifier is an error. gen only verifies this.
//
// Payload fields linked to a set (Field.Link) then name it by its final
// name. A nil p pins nothing. Resolving a resolved spec again with the
// same pins changes no name.
func Resolve(s *spec.Spec, p Pinner) spec.Diags {
	var diags spec.Diags
	if s == nil {
		return diags
	}
	for _, set := range s.Sets {
		if set.Name == "" {
			set.Name = SetName(set.Naming)
			if packageType(s, set.Name) {
				// A key column headed "Error" or "Result" would name
				// the set like the package's own error or result type.
				diags.Warnf(set.Pos, "set name %s is the name of a type the package declares; named %sCode", set.Name, set.Name)
				set.Name += "Code"
			}
		}
		members(set, &diags)
	}
	uniqueSets(s.Sets, &diags)
	payloads(s, &diags)
	if p != nil {
		if pins := p.GoPins(s); pins != nil {
			pin(s, pins, &diags)
		}
	}
	settle(s, &diags)
	for _, pl := range s.Payloads {
		for _, f := range pl.Fields {
			if f.Link != nil {
				f.Set = f.Link.Name
			}
		}
	}
	return diags.Sort()
}

// members names a set's members: from the symbol when the table has one
// (after dropping the set's common prefix), else from the English text
// (with the code appended when the row lists several codes), else from
// the value. In a string set, a code that starts with a letter is its
// own symbol. Collisions are resolved with Unique and reported at both
// rows.
func members(set *spec.Set, diags *spec.Diags) {
	ms := set.Members
	var symbols []string
	for _, m := range ms {
		if m.Symbol != "" {
			symbols = append(symbols, m.Symbol)
		}
	}
	prefix := SymbolPrefix(symbols)
	names := make([]string, len(ms))
	values := make([]string, len(ms))
	for i, m := range ms {
		values[i] = m.Value
		names[i] = m.GoName
		if names[i] == "" {
			names[i] = derive(set, m, prefix, i)
		}
	}
	out, renamed := Unique(names, values)
	for i := range ms {
		ms[i].GoName = out[i]
	}
	for _, i := range slices.Sorted(maps.Keys(renamed)) {
		o := renamed[i]
		diags.Warnf(ms[i].Pos, "go name %s of code %q is taken by code %q at %s; renamed %s", names[i], ms[i].Value, ms[o].Value, ms[o].Pos, out[i])
		diags.Warnf(ms[o].Pos, "go name %s of code %q is also wanted by code %q at %s (renamed %s)", names[o], ms[o].Value, ms[i].Value, ms[i].Pos, out[i])
	}
}

// derive is the name of the i-th member of set by the rules.
func derive(set *spec.Set, m *spec.Member, prefix string, i int) string {
	name := ""
	switch {
	case m.Symbol != "":
		name = FromSymbol(m.Symbol, prefix)
	case set.Kind == spec.String && IsToken(m.Value):
		// A token code (PENDING) is its own symbolic name; one with
		// digits (E1001) is named from its text.
		name = FromValue(m.Value)
	case m.Text("en") != "":
		name = FromText(m.Text("en"))
		if name != "" && m.SharedRow {
			name += Suffix(m.Value)
		}
	}
	if name == "" {
		name = FromValue(m.Value)
	}
	if !IsExported(name) {
		name = "Code" + strconv.Itoa(i+1)
	}
	return name
}

// uniqueSets makes set names unique in document order.
func uniqueSets(sets []*spec.Set, diags *spec.Diags) {
	names := make([]string, len(sets))
	values := make([]string, len(sets))
	for i, s := range sets {
		names[i], values[i] = s.Name, strconv.Itoa(i+1)
	}
	out, renamed := Unique(names, values)
	for i, owner := range renamed {
		diags.Warnf(sets[i].Pos, "set name %s is taken by the set at %s; renamed %s", sets[i].Name, sets[owner].Pos, out[i])
	}
	for i, s := range sets {
		s.Name = out[i]
	}
}

// payloads names the fields of every payload and makes payload names
// unique among themselves and the sets: they share the generated
// package.
func payloads(s *spec.Spec, diags *spec.Diags) {
	for _, p := range s.Payloads {
		if p.Name == "" {
			p.Name = PayloadName(p.Naming)
		}
		fields(p, diags)
	}
	sets, out := s.Sets, s.Payloads
	names := make([]string, 0, len(sets)+len(out))
	values := make([]string, 0, len(sets)+len(out))
	for _, s := range sets {
		names, values = append(names, s.Name), append(values, "")
	}
	for i, p := range out {
		names, values = append(names, p.Name), append(values, strconv.Itoa(i+1))
	}
	uniq, renamed := Unique(names, values)
	for i, p := range out {
		k := len(sets) + i
		if o, ok := renamed[k]; ok {
			diags.Warnf(p.Pos, "payload name %s is taken by %s; renamed %s", p.Name, nameAt(o, sets, out), uniq[k])
		}
		p.Name = uniq[k]
	}
}

func nameAt(i int, sets []*spec.Set, ps []*spec.Payload) string {
	if i < len(sets) {
		return "the set at " + sets[i].Pos.String()
	}
	return "the payload at " + ps[i-len(sets)].Pos.String()
}

// fields names a payload's fields from their JSON keys (see Field) and
// gives keys that map to the same Go name (a-b and a_b both give AB)
// distinct names, with a warning.
func fields(p *spec.Payload, diags *spec.Diags) {
	names := make([]string, len(p.Fields))
	values := make([]string, len(p.Fields))
	for i, f := range p.Fields {
		if f.GoName == "" {
			f.GoName = Field(f.Name)
		}
		names[i], values[i] = f.GoName, strconv.Itoa(i+1)
	}
	out, renamed := Unique(names, values)
	for i, f := range p.Fields {
		if o, ok := renamed[i]; ok {
			diags.Warnf(p.Pos, "json field %q has the same Go name %s as field %q; renamed %s", f.Name, f.GoName, p.Fields[o].Name, out[i])
		}
		f.GoName = out[i]
	}
	for _, f := range p.Fields {
		if slices.Contains(PayloadMethods, f.GoName) {
			name := f.GoName + "Field"
			for n := 2; taken(p.Fields, name); n++ {
				name = f.GoName + "Field" + strconv.Itoa(n)
			}
			diags.Warnf(p.Pos, "json field %q would be named %s, the name of a method of payload %s; renamed %s", f.Name, f.GoName, p.Name, name)
			f.GoName = name
		}
	}
}

func taken(fs []*spec.Field, name string) bool {
	return slices.ContainsFunc(fs, func(f *spec.Field) bool { return f.GoName == name })
}

// packageType reports a name the generated package gives a type of its
// own for this spec: the error type when a set holds errors, the result
// type and its values when a set has a result column.
func packageType(s *spec.Spec, name string) bool {
	errs, results := false, false
	for _, set := range s.Sets {
		errs = errs || set.Errors
		results = results || set.Columns.Result
	}
	return errs && name == ErrorType || results && (name == ResultType || slices.Contains(ResultValues, name))
}
