package read

import (
	"bytes"
	"html"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// plainText renders a cell's inline markdown as the text a person reads:
// emphasis and code spans lose their markers, links keep their text,
// images their alt text, <br> becomes a space, other inline HTML goes,
// entities are decoded. goldmark does the parsing, so links whose URL
// holds parentheses and nested emphasis come out right; only cells that
// have a markup character pay for it.
func plainText(s string) string {
	if !needsInline(s) {
		return s
	}
	// "\ " before the cell keeps it one paragraph of inline text: no
	// list, heading, quote or HTML block can start after it, and it
	// changes no delimiter run of the cell.
	src := []byte(`\ ` + s)
	doc := inlineParser().Parser().Parse(text.NewReader(src))
	var b bytes.Buffer
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			// goldmark leaves escapes in the source; its renderer
			// removes them, and so must this.
			b.Write(util.UnescapePunctuations(n.Segment.Value(src)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(n.Value)
		case *ast.AutoLink:
			b.Write(n.URL(src))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if isBreakTag(n, src) {
				b.WriteByte(' ')
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeSpan:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	out := unstrike(strings.TrimPrefix(b.String(), `\ `))
	return strings.Join(strings.Fields(html.UnescapeString(out)), " ")
}

// needsInline reports a cell that may hold inline markup. Most cells
// hold none, and an underscore inside a word (OPI_SIGN_ERROR) never
// opens emphasis, so such cells skip the parser.
func needsInline(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '*', '`', '[', '<', '\\', '&':
			return true
		case '~':
			if i+1 < len(s) && s[i+1] == '~' {
				return true
			}
		case '_':
			if i == 0 || !isLetter(s[i-1]) && !isDigit(s[i-1]) && s[i-1] != '_' {
				return true
			}
		}
	}
	return false
}

func isBreakTag(n *ast.RawHTML, src []byte) bool {
	if n.Segments.Len() == 0 {
		return false
	}
	s := n.Segments.At(0)
	return bytes.HasPrefix(bytes.ToLower(s.Value(src)), []byte("<br"))
}

var inlineParser = sync.OnceValue(newInlineParser)

func newInlineParser() goldmark.Markdown { return goldmark.New() }

// unstrike removes the markers of struck-through text ("~~old~~ new"
// reads "old new"), as GFM's strikethrough does, when they come in
// pairs: the text stays, only the markup goes.
func unstrike(s string) string {
	if n := strings.Count(s, "~~"); n == 0 || n%2 != 0 {
		return s
	}
	return strings.ReplaceAll(s, "~~", "")
}
