package gen

import (
	"strconv"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// names records every exported package-level identifier the package
// will declare, so that two declarations with one name (a payload named
// like a set, a set named like another set's Values function) are
// reported against the spec instead of failing to compile.
type names struct {
	diags *spec.Diags
	owner map[string]claim
}

// claim is who declared a name; described only when there is a clash.
type claim struct {
	what string
	pos  spec.Pos
}

// newNames sizes the table for about n names: at 100,000 members,
// growing it step by step made as much garbage as the table itself.
func newNames(diags *spec.Diags, n int) *names {
	return &names{diags: diags, owner: make(map[string]claim, n)}
}

func (n *names) claim(name string, pos spec.Pos, what string) {
	if prev, ok := n.owner[name]; ok {
		n.diags.Errorf(pos, "generated name %s of %s collides with %s %s (%s)", name, what, prev.what, name, prev.pos)
		return
	}
	n.owner[name] = claim{what, pos}
}

func (n *names) taken(name string) bool {
	_, ok := n.owner[name]
	return ok
}

// claimSet claims the type and the functions and types named after it;
// member constants come later (settleMembers), so that they give way.
func (n *names) claimSet(s *set) {
	n.claim(s.Name, s.Pos, "set type")
	n.claim(parseFunc(s), s.Pos, "parse function")
	n.claim(valuesFunc(s), s.Pos, "values function")
	n.claim(namesFunc(s), s.Pos, "names function")
	if s.Errors {
		n.claim(ofFunc(s), s.Pos, "error code function")
	}
	if s.hasVisitor() {
		n.claim(visitorType(s), s.Pos, "visitor interface")
		n.claim(visitFunc(s), s.Pos, "visit function")
	}
}

// claimPackage claims the names the package declares once.
func (n *names) claimPackage(p *pkg) {
	if len(p.errSets) > 0 {
		n.claim("Error", p.errSets[0].Pos, "error type")
	}
	if p.results {
		for _, name := range []string{"Result", "ResultSuccess", "ResultFailure", "ResultUnknown"} {
			n.claim(name, spec.Pos{File: p.header}, "result type")
		}
	}
}

// settleMembers claims every member's constant. Member names come
// resolved (goname.Resolve): what gen adds is only what it alone knows,
// the package-level names it declares (Parse<Set>, <Set>Values, the
// visitor methods). A member whose Go name
// is a well-known method name (its visitor method would be ReadByte()
// R, which go vet rejects, or String() R) or whose constant another
// declaration already has is renamed, with a warning: first Name+"Code",
// then Name plus its code, then a counter. The model is not changed: a
// renamed member gets a copy, and the set a copy of its member list.
func settleMembers(s *set, n *names, diags *spec.Diags) {
	inSet := make(map[string]bool, len(s.Members))
	for _, m := range s.Members {
		inSet[m.GoName] = true
	}
	copied := false
	for i, m := range s.Members {
		if !goname.IsExported(m.GoName) {
			continue // reported by checkMembers
		}
		why := ""
		switch c := goname.Const(s.Name, m.GoName); {
		case goname.Reserved(m.GoName):
			why = "is the name of a well-known method"
		case n.taken(c):
			why = "gives the constant " + c + ", which is already the " + n.owner[c].what + " " + c
		default:
			n.claim(c, m.Pos, "member constant")
			continue
		}
		name := rename(s, m, inSet, n)
		diags.Warnf(m.Pos, "member name %s of code %s in set %s %s; renamed %s", m.GoName, quoteMsg(m.Value), s.Name, why, name)
		if !copied {
			cp := *s.Set
			cp.Members = append([]*spec.Member(nil), s.Members...)
			s.Set, copied = &cp, true
		}
		mm := *m
		mm.GoName = name
		s.Members[i] = &mm
		inSet[name] = true
		n.claim(goname.Const(s.Name, name), m.Pos, "member constant")
	}
}

// rename finds a free name for m.
func rename(s *set, m *spec.Member, inSet map[string]bool, n *names) string {
	base := m.GoName
	free := func(name string) bool {
		return !inSet[name] && !goname.Reserved(name) && !n.taken(goname.Const(s.Name, name))
	}
	for _, c := range []string{base + "Code", base + goname.Suffix(m.Value)} {
		if goname.IsExported(c) && free(c) {
			return c
		}
	}
	for k := 2; ; k++ {
		if c := base + "Code" + strconv.Itoa(k); free(c) {
			return c
		}
	}
}

// The package-level names derived from a set's type name.
func parseFunc(s *set) string   { return "Parse" + s.Name }
func valuesFunc(s *set) string  { return s.Name + "Values" }
func namesFunc(s *set) string   { return s.Name + "Names" }
func ofFunc(s *set) string      { return s.Name + "Of" }
func visitorType(s *set) string { return s.Name + "Visitor" }
func visitFunc(s *set) string   { return "Visit" + s.Name }

// quoteMsg quotes spec text inside a diagnostic message.
func quoteMsg(s string) string { return strconv.Quote(s) }
