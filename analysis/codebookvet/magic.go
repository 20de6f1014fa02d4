package codebookvet

import (
	"fmt"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

// checkComparison reports code == 21001 and code != "PENDING", either
// way round.
func (c *checker) checkComparison(be *ast.BinaryExpr) {
	if !c.cfg.Magic || (be.Op != token.EQL && be.Op != token.NEQ) {
		return
	}
	for _, pair := range [2][2]ast.Expr{{be.X, be.Y}, {be.Y, be.X}} {
		code, lit := pair[0], pair[1]
		if !isLiteral(lit) {
			continue
		}
		if s := c.setOf(c.pass.TypesInfo.TypeOf(code)); s != nil {
			if i, ok := c.member(s, lit); ok {
				c.checkLiteral(s, lit, s.members[i])
			}
		}
	}
}

// checkConversion reports opi.ErrorCode(21001).
func (c *checker) checkConversion(call *ast.CallExpr) {
	if !c.cfg.Magic || len(call.Args) != 1 || !isLiteral(call.Args[0]) {
		return
	}
	tv, ok := c.pass.TypesInfo.Types[call.Fun]
	if !ok || !tv.IsType() {
		return
	}
	if s := c.setOf(tv.Type); s != nil {
		if i, ok := c.member(s, call); ok {
			c.reportLiteral(s, call, call.Args[0], s.members[i])
		}
	}
}

// checkLiteral reports e, a value of member m, when it is written as a
// literal.
func (c *checker) checkLiteral(s *set, e ast.Expr, m Member) {
	if c.cfg.Magic && isLiteral(e) {
		c.reportLiteral(s, e, e, m)
	}
}

// reportLiteral reports the literal lit and offers to replace whole
// (the literal, or the conversion around it) with m's constant.
func (c *checker) reportLiteral(s *set, whole, lit ast.Expr, m Member) {
	d := analysis.Diagnostic{
		Pos:      whole.Pos(),
		End:      whole.End(),
		Category: "magic",
	}
	qual, imp, ok := c.qualifier(s.obj.Pkg(), whole.Pos())
	name := qual + m.Name
	if !ok {
		name = s.obj.Pkg().Name() + "." + m.Name
	}
	d.Message = fmt.Sprintf("%s is %s: use the constant", literalText(lit), name)
	if ok {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Use " + name,
			TextEdits: append(imp, analysis.TextEdit{Pos: whole.Pos(), End: whole.End(), NewText: []byte(name)}),
		}}
	}
	c.pass.Report(d)
}

// isLiteral reports whether e is a number or string literal, possibly
// signed or in parentheses.
func isLiteral(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT || e.Kind == token.STRING
	case *ast.UnaryExpr:
		return (e.Op == token.SUB || e.Op == token.ADD) && isLiteral(e.X)
	}
	return false
}

// literalText writes the literal as the source does.
func literalText(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		return e.Value
	case *ast.UnaryExpr:
		return e.Op.String() + literalText(e.X)
	}
	return "literal"
}
