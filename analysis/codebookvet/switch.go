package codebookvet

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// maxNamed bounds the members a missing-cases message names; the fix
// still inserts them all.
const maxNamed = 20

// checkSwitch runs the three checks on a switch statement.
func (c *checker) checkSwitch(cur inspector.Cursor, sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return // a switch on conditions: its comparisons are checked one by one
	}
	s := c.setOf(c.pass.TypesInfo.TypeOf(sw.Tag))
	if s == nil {
		return
	}
	// covered is indexed by a value's first member; coveredN counts them.
	covered := make([]bool, len(s.members))
	coveredN := 0
	var deflt *ast.CaseClause
	for _, stmt := range sw.Body.List {
		cc := stmt.(*ast.CaseClause)
		if cc.List == nil {
			deflt = cc
		}
		for _, e := range cc.List {
			if i, ok := c.member(s, e); ok {
				if !covered[i] {
					covered[i] = true
					coveredN++
				}
				c.checkLiteral(s, e, s.members[i])
			}
		}
	}
	if (!c.cfg.Cases && !c.cfg.Unknown) || c.inVisitor(cur, s) {
		return
	}
	if c.cfg.Cases && (deflt == nil || !c.cfg.DefaultCovers) {
		if n := len(s.firsts) - coveredN; n > 0 {
			missing := make([]Member, 0, n)
			for _, i := range s.firsts {
				if !covered[i] {
					missing = append(missing, s.members[i])
				}
			}
			c.reportMissing(s, sw, deflt, missing)
		}
	}
	if c.cfg.Unknown && deflt == nil {
		c.reportNoDefault(s, sw)
	}
}

func (c *checker) reportMissing(s *set, sw *ast.SwitchStmt, deflt *ast.CaseClause, missing []Member) {
	names := make([]string, 0, min(len(missing), maxNamed))
	for _, m := range missing[:min(len(missing), maxNamed)] {
		names = append(names, m.Name)
	}
	list := strings.Join(names, ", ")
	if more := len(missing) - len(names); more > 0 {
		list += fmt.Sprintf(" and %d more", more)
	}
	d := analysis.Diagnostic{
		Pos:      sw.Pos(),
		End:      sw.Body.Lbrace,
		Category: "cases",
		Message:  fmt.Sprintf("missing cases in switch on %s: %s", c.typeName(s), list),
	}
	if fix, ok := c.missingFix(s, sw, deflt, missing); ok {
		d.SuggestedFixes = []analysis.SuggestedFix{fix}
	}
	c.pass.Report(d)
}

// missingFix inserts one case per missing member, in spec order. With a
// default clause they go just before it and fall through to it, so the
// program behaves as before until someone writes the handling; without
// one they go after the last clause (away from the closing brace, where
// the other fix adds a default) and are empty, which is what happened
// to those codes before.
func (c *checker) missingFix(s *set, sw *ast.SwitchStmt, deflt *ast.CaseClause, missing []Member) (analysis.SuggestedFix, bool) {
	qual, imp, ok := c.qualifier(s.obj.Pkg(), sw.Body.Lbrace)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	indent := c.indent(sw.Pos())
	var b strings.Builder
	size := 0
	for _, m := range missing {
		size += len(qual) + len(m.Name) + len(m.Text) + 2*len(indent) + 32
	}
	b.Grow(size)
	caseLine := func(m Member) {
		b.WriteString("case ")
		b.WriteString(qual)
		b.WriteString(m.Name)
		b.WriteByte(':')
		if m.Text != "" {
			b.WriteString(" // ")
			b.WriteString(m.Text)
		}
	}
	var at token.Pos
	if deflt != nil {
		at = deflt.Pos()
		if !c.startsLine(at) {
			b.WriteString("\n" + indent)
		}
		for _, m := range missing {
			caseLine(m)
			b.WriteString("\n" + indent + "\tfallthrough\n" + indent)
		}
	} else {
		at = sw.Body.Lbrace + 1
		if n := len(sw.Body.List); n > 0 {
			at = sw.Body.List[n-1].End()
		}
		at = c.afterComments(at, sw.Body.Rbrace)
		for _, m := range missing {
			b.WriteString("\n" + indent)
			caseLine(m)
		}
		if c.sameLine(at, sw.Body.Rbrace) {
			b.WriteString("\n" + indent)
		}
	}
	return analysis.SuggestedFix{
		Message:   "Add the missing cases",
		TextEdits: append(imp, analysis.TextEdit{Pos: at, End: at, NewText: []byte(b.String())}),
	}, true
}

func (c *checker) reportNoDefault(s *set, sw *ast.SwitchStmt) {
	indent := c.indent(sw.Pos())
	text := "default:\n" + indent + "\t// " + oneLine(s.obj.Name()) + " outside the spec: a code the provider added later, or an invalid one.\n" + indent
	if !c.startsLine(sw.Body.Rbrace) {
		text = "\n" + indent + text
	}
	c.pass.Report(analysis.Diagnostic{
		Pos:      sw.Pos(),
		End:      sw.Body.Lbrace,
		Category: "unknown",
		Message:  fmt.Sprintf("switch on %s has no default case: a code the spec does not list falls through silently", c.typeName(s)),
		SuggestedFixes: []analysis.SuggestedFix{{
			Message:   "Add a default case",
			TextEdits: []analysis.TextEdit{{Pos: sw.Body.Rbrace, End: sw.Body.Rbrace, NewText: []byte(text)}},
		}},
	})
}
