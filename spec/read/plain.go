package read

import (
	"bytes"
	"html"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// plainText renders a cell's inline markdown as the text a person reads:
// emphasis and code spans lose their markers, links keep their text,
// images their alt text, <br> becomes a space (" / " between two
// languages), other inline HTML goes, entities are decoded. goldmark does the parsing, so links whose URL
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
	// The cell's parts, cut at code spans, <code> elements and breaks:
	// a cell of several codes and nothing else lists them.
	var parts partList
	var breaks []int // offsets in b of the spaces that stand for breaks
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
			switch tagKind(n, src) {
			case tagBreak:
				breaks = append(breaks, b.Len())
				b.WriteByte(' ')
				parts.mark()
			case tagCode:
				// <code>A</code><code>B</code> are two codes, never AB.
				b.WriteByte(' ')
				parts.mark()
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeSpan:
			b.WriteByte(' ')
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			b.WriteByte(' ')
			parts.mark()
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	out := strings.TrimPrefix(b.String(), `\ `)
	if codes, ok := parts.codes(out); ok {
		return codes
	}
	out = languageBreaks(out, breaks, b.Len()-len(out))
	out = unstrike(out)
	return strings.Join(strings.Fields(html.UnescapeString(out)), " ")
}

// languageBreaks turns a break between two languages into " / "
// ("Signature error<br>签名错误"): a separator, which the bilingual split
// takes as two texts, where a space between them would not be. Other
// breaks stay spaces ("line one line two"). at holds the breaks'
// offsets in the text before its first shift bytes were cut.
func languageBreaks(s string, at []int, shift int) string {
	var b strings.Builder
	last := 0
	for _, o := range at {
		o -= shift
		if o < last || o >= len(s) || !scriptChange(s[:o], s[o:]) {
			continue
		}
		b.WriteString(s[last:o])
		b.WriteString(" / ")
		last = o + 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// scriptChange reports Han as the last letter of before and Latin as
// the first of after, or the other way round.
func scriptChange(before, after string) bool {
	var l, f rune
	if i := strings.LastIndexFunc(before, unicode.IsLetter); i >= 0 {
		l, _ = utf8.DecodeRuneInString(before[i:])
	}
	if i := strings.IndexFunc(after, unicode.IsLetter); i >= 0 {
		f, _ = utf8.DecodeRuneInString(after[i:])
	}
	han := func(r rune) bool { return unicode.Is(unicode.Han, r) }
	return han(l) && isLatinLetter(f) || isLatinLetter(l) && han(f)
}

// partList records whether a cell's text was cut into parts: at breaks
// (<br>, <p>, <li>, <div>) and around code spans and <code> elements.
type partList struct{ cut bool }

func (p *partList) mark() { p.cut = true }

// codes returns a cell's words joined as a list ("A, B") when it was cut
// into parts and every word is a code standing alone (a <td> listing
// <code>KEY_MISSING</code><code>KEY_EXPIRED</code>, or one code per
// paragraph): so codes that looksLikeCode does not know (lower case,
// CamelCase) are listed too. Parts are told apart by spaces, so a cell
// of codes has exactly its codes as words; any other word (a sentence,
// "or") leaves the cell as it is.
func (p *partList) codes(s string) (string, bool) {
	if !p.cut {
		return "", false
	}
	n := 0
	for f := range strings.FieldsSeq(s) {
		if !standaloneCode(f) {
			return "", false
		}
		n++
	}
	if n < 2 {
		return "", false
	}
	return strings.Join(strings.Fields(s), ", "), true
}

// standaloneCode reports a part of a cell that is one code: a token
// looksLikeCode knows, or one with an underscore, a dot or a CamelCase
// hump (invalid_key, NotFound), never a plain word (Yes, retry).
func standaloneCode(s string) bool {
	return isCodeToken(s) && (looksLikeCode(s) || camelCode(s) || strings.ContainsAny(s, "_."))
}

const (
	tagOther = iota
	tagBreak // <br>, <p>, </p>, <div>, <li> and their ends: a new line
	tagCode  // <code> and </code>
)

// tagKind says what an inline HTML tag does to a cell's text.
func tagKind(n *ast.RawHTML, src []byte) int {
	if n.Segments.Len() == 0 {
		return tagOther
	}
	seg := n.Segments.At(0)
	s := bytes.ToLower(seg.Value(src))
	s = bytes.TrimPrefix(bytes.TrimPrefix(s, []byte("<")), []byte("/"))
	end := bytes.IndexAny(s, " \t\n/>")
	if end < 0 {
		end = len(s)
	}
	switch string(s[:end]) {
	case "br", "p", "div", "li":
		return tagBreak
	case "code":
		return tagCode
	}
	return tagOther
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
