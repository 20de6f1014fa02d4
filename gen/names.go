package gen

import (
	"strconv"

	"codebook.dev/codebook/spec"
)

// names records every exported package-level identifier the package
// will declare, so that two declarations with one name (a member
// ErrorCodeError beside the error type of ErrorCode, a payload named like
// a set) are reported against the spec instead of failing to compile.
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

// claimSet claims the type and every package-level name emitted for it.
func (n *names) claimSet(s *set) {
	n.claim(s.Name, s.Pos, "set type")
	for _, m := range s.Members {
		if s.dupName[m] {
			continue // reported as a duplicate member name
		}
		n.claim(s.constName(m), m.Pos, "member constant")
	}
	n.claim(parseFunc(s), s.Pos, "parse function")
	n.claim(valuesFunc(s), s.Pos, "values function")
	if s.Errors {
		n.claim(errorType(s), s.Pos, "error type")
	}
	if s.hasVisitor() {
		n.claim(visitorType(s), s.Pos, "visitor interface")
		n.claim(visitFunc(s), s.Pos, "visit function")
	}
}

// The package-level names derived from a set's type name.
func parseFunc(s *set) string   { return "Parse" + s.Name }
func valuesFunc(s *set) string  { return s.Name + "Values" }
func errorType(s *set) string   { return s.Name + "Error" }
func visitorType(s *set) string { return s.Name + "Visitor" }
func visitFunc(s *set) string   { return "Visit" + s.Name }

// quoteMsg quotes spec text inside a diagnostic message.
func quoteMsg(s string) string { return strconv.Quote(s) }
