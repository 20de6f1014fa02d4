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

// claimSet claims the type and the functions and types named after it,
// as spec/goname lists them.
func (n *names) claimSet(s *set) {
	for _, d := range goname.SetDecls(s.Set) {
		n.claim(d.Name, d.Pos, d.What)
	}
}

// claimPackage claims the names the package declares once.
func (n *names) claimPackage(s *spec.Spec) {
	for _, d := range goname.PackageDecls(s) {
		n.claim(d.Name, d.Pos, d.What)
	}
}

// checkMembers claims every member's constant. Member names come
// settled (goname.Resolve keeps them clear of the names above and of
// well-known method names); gen only verifies, and a name that would
// still clash is an error, never a rename: renaming here would give the
// package a name the lock and the diff never saw.
func (n *names) checkMembers(s *set) {
	for _, m := range s.Members {
		if goname.Reserved(m.GoName) {
			n.diags.Errorf(m.Pos, "member name %s of code %s in set %s is the name of a well-known method", m.GoName, quoteMsg(m.Value), s.Name)
			continue
		}
		n.claim(goname.Const(s.Name, m.GoName), m.Pos, "member constant")
	}
}

// The package-level names derived from a set's type name.
func parseFunc(s *set) string   { return goname.ParseFunc(s.Name) }
func valuesFunc(s *set) string  { return goname.ValuesFunc(s.Name) }
func namesFunc(s *set) string   { return goname.NamesFunc(s.Name) }
func ofFunc(s *set) string      { return goname.OfFunc(s.Name) }
func visitorType(s *set) string { return goname.VisitorType(s.Name) }
func visitFunc(s *set) string   { return goname.VisitFunc(s.Name) }

// quoteMsg quotes spec text inside a diagnostic message.
func quoteMsg(s string) string { return strconv.Quote(s) }
