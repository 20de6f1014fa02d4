package goname

import (
	"strconv"

	"codebook.dev/codebook/spec"
)

// settle keeps every member constant clear of the rest of the generated
// API, after the names are derived, unique and pinned. A member whose
// Go name is a well-known method name (its visitor method would be
// ReadByte() R, which go vet rejects, or String() R) or whose constant
// another declaration already has (Parse<Set>, <Set>Values, the
// visitor, a payload, an earlier member's constant) is renamed, with a
// warning: first Name+"Code", then Name plus its code, then a counter.
// The declarations are taken in the order gen declares them (see
// SetDecls, PackageDecls), so the first holder named in a warning is
// the one gen reports. Names that are not exported Go identifiers (a
// model built by hand; the reader rejects such directives) are errors.
func settle(s *spec.Spec, diags *spec.Diags) {
	n := len(s.Payloads) + 8
	for _, set := range s.Sets {
		n += len(set.Members) + 8
	}
	taken := make(map[string]string, n)
	claim := func(name, what string) {
		if _, ok := taken[name]; !ok {
			taken[name] = what
		}
	}
	for _, set := range s.Sets {
		for _, d := range SetDecls(set) {
			claim(d.Name, d.What)
		}
	}
	for _, d := range PackageDecls(s) {
		claim(d.Name, d.What)
	}
	for _, p := range s.Payloads {
		claim(p.Name, "payload type")
	}
	if len(s.Payloads) > 0 {
		// gen declares a timestamp type only for a layout some example
		// uses; which is its business, so all are kept free.
		for _, t := range []string{DateTimeType, DateTimeTType, DateType} {
			claim(t, "timestamp type")
		}
	}
	for _, set := range s.Sets {
		settleSet(set, taken, diags)
	}
	exported(s, diags)
}

// settleSet claims the constants of one set's members, renaming those
// that clash.
func settleSet(set *spec.Set, taken map[string]string, diags *spec.Diags) {
	inSet := make(map[string]bool, len(set.Members))
	for _, m := range set.Members {
		inSet[m.GoName] = true
	}
	for _, m := range set.Members {
		if !IsExported(m.GoName) {
			continue // reported by exported
		}
		why := ""
		switch c := Const(set.Name, m.GoName); {
		case Reserved(m.GoName):
			why = "is the name of a well-known method"
		case taken[c] != "":
			why = "gives the constant " + c + ", which is already the " + taken[c] + " " + c
		default:
			taken[c] = "member constant"
			continue
		}
		name := settleName(set, m, inSet, taken)
		diags.Warnf(m.Pos, "member name %s of code %s in set %s %s; renamed %s", m.GoName, strconv.Quote(m.Value), set.Name, why, name)
		m.GoName = name
		inSet[name] = true
		taken[Const(set.Name, name)] = "member constant"
	}
}

// settleName finds a free name for m.
func settleName(set *spec.Set, m *spec.Member, inSet map[string]bool, taken map[string]string) string {
	base := m.GoName
	free := func(name string) bool {
		return !inSet[name] && !Reserved(name) && taken[Const(set.Name, name)] == ""
	}
	for _, c := range []string{base + "Code", base + Suffix(m.Value)} {
		if IsExported(c) && free(c) {
			return c
		}
	}
	for k := 2; ; k++ {
		if c := base + "Code" + strconv.Itoa(k); free(c) {
			return c
		}
	}
}

// exported reports every name that is not an exported Go identifier:
// gen could not declare it.
func exported(s *spec.Spec, diags *spec.Diags) {
	check := func(pos spec.Pos, name, what string) {
		if !IsExported(name) {
			diags.Errorf(pos, "%s name %q is not an exported Go identifier", what, name)
		}
	}
	for _, set := range s.Sets {
		check(set.Pos, set.Name, "set")
		for _, m := range set.Members {
			check(m.Pos, m.GoName, "member")
		}
	}
	for _, p := range s.Payloads {
		check(p.Pos, p.Name, "payload")
		for _, f := range p.Fields {
			check(p.Pos, f.GoName, "field")
		}
	}
}
