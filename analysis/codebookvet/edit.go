package codebookvet

import (
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// qualifier returns the prefix that names pkg's members at pos in the
// current file ("opi.", or "" in pkg itself or under a dot import), and
// the edit importing pkg when the file does not. ok is false when the
// name is taken at pos, and the fix is not offered.
func (c *checker) qualifier(pkg *types.Package, pos token.Pos) (qual string, imp []analysis.TextEdit, ok bool) {
	if pkg == c.pass.Pkg {
		return "", nil, true
	}
	scope := c.pass.TypesInfo.Scopes[c.file].Innermost(pos)
	if scope == nil {
		return "", nil, false
	}
	for _, spec := range c.file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err != nil || p != pkg.Path() {
			continue
		}
		if spec.Name != nil && spec.Name.Name == "." {
			return "", nil, true
		}
		pn := c.pass.TypesInfo.PkgNameOf(spec)
		if pn == nil || pn.Name() == "_" {
			continue
		}
		if _, found := scope.LookupParent(pn.Name(), pos); found == pn {
			return pn.Name() + ".", nil, true
		}
	}
	name := pkg.Name()
	if _, found := scope.LookupParent(name, pos); found != nil {
		return "", nil, false
	}
	return name + ".", []analysis.TextEdit{c.importEdit(name, pkg.Path())}, true
}

// importEdit adds an import of p, named name, to the current file: into
// its last import declaration, or after the package clause.
func (c *checker) importEdit(name, p string) analysis.TextEdit {
	spec := strconv.Quote(p)
	if name != path.Base(p) {
		spec = name + " " + spec
	}
	var last *ast.GenDecl
	for _, d := range c.file.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			last = gd
		}
	}
	var at token.Pos
	var text string
	switch {
	case last == nil:
		at, text = c.file.Name.End(), "\n\nimport "+spec
	case last.Lparen.IsValid():
		at, text = last.Rparen, "\t"+spec+"\n"
		if !c.startsLine(at) {
			text = "\n" + text
		}
	default:
		at, text = last.End(), "\nimport "+spec
	}
	return analysis.TextEdit{Pos: at, End: at, NewText: []byte(text)}
}

// linePrefix returns the text between the start of pos's line and pos,
// or ok false when the file cannot be read.
func (c *checker) linePrefix(pos token.Pos) (prefix string, ok bool) {
	tf := c.pass.Fset.File(pos)
	if tf == nil {
		return "", false
	}
	src, seen := c.src[tf]
	if !seen {
		if c.pass.ReadFile != nil {
			src, _ = c.pass.ReadFile(tf.Name())
		}
		if len(src) != tf.Size() {
			src = nil // not the file that was parsed (cgo, say)
		}
		c.src[tf] = src
	}
	if src == nil {
		return "", false
	}
	start, end := tf.Offset(tf.LineStart(tf.Line(pos))), tf.Offset(pos)
	return string(src[start:end]), true
}

// indent returns the white space that starts pos's line; without the
// source it assumes gofmt's layout, one tab per column before pos.
func (c *checker) indent(pos token.Pos) string {
	prefix, ok := c.linePrefix(pos)
	if !ok {
		return strings.Repeat("\t", max(c.pass.Fset.Position(pos).Column-1, 0))
	}
	return prefix[:len(prefix)-len(strings.TrimLeft(prefix, " \t"))]
}

// startsLine reports whether only white space precedes pos on its line.
func (c *checker) startsLine(pos token.Pos) bool {
	prefix, ok := c.linePrefix(pos)
	return !ok || strings.TrimLeft(prefix, " \t") == ""
}

// afterComments moves pos past the comments that follow it on its line,
// up to limit, so that text inserted there does not take them over.
func (c *checker) afterComments(pos, limit token.Pos) token.Pos {
	comments := c.file.Comments
	i := sort.Search(len(comments), func(i int) bool { return comments[i].Pos() >= pos })
	for ; i < len(comments) && comments[i].End() <= limit && c.sameLine(comments[i].Pos(), pos); i++ {
		pos = comments[i].End()
	}
	return pos
}

func (c *checker) sameLine(a, b token.Pos) bool {
	return c.pass.Fset.Position(a).Line == c.pass.Fset.Position(b).Line
}

// oneLine keeps text on the line of the comment it goes into, and
// drops what the Go scanner refuses even in a comment (NUL, a byte
// order mark, invalid UTF-8).
func oneLine(text string) string {
	if plain(text) {
		return text
	}
	return cleanLine(text)
}

func cleanLine(text string) string {
	text = strings.Map(func(r rune) rune {
		if r == 0 || r == '\uFEFF' {
			return -1
		}
		return r
	}, strings.ToValidUTF8(text, "\uFFFD"))
	return strings.Join(strings.Fields(text), " ")
}

// plain reports whether text is printable ASCII with single spaces
// between words: most texts, which oneLine then need not copy.
func plain(text string) bool {
	if text == "" || text[0] == ' ' || text[len(text)-1] == ' ' {
		return text == ""
	}
	for i := 0; i < len(text); i++ {
		if c := text[i]; c < ' ' || c > '~' || c == ' ' && text[i+1] == ' ' {
			return false
		}
	}
	return true
}
