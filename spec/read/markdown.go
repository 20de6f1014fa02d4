package read

import (
	"bytes"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/read/page"
)

// The markdown front end. goldmark parses the page; the page-shape
// passes below then find the tables goldmark cannot see, in this order:
//
//  1. splitter (split.go, a paragraph transformer inside goldmark's
//     parse): tables glued to text, several tables without a blank
//     line between, rows without pipes or a delimiter row, one cell a
//     line (stacked), tables copied as text (texttable.go,
//     tailtable.go);
//  2. stackedAcrossNodes (crossnode.go): a table one cell a line cut
//     by lines of spaces into paragraphs and code blocks;
//  3. paragraphTables (paratable.go): one cell a paragraph or a line,
//     without pipes;
//  4. the walk below: every node becomes a block of the stream; HTML
//     blocks, and paragraphs holding a <table>, go through the HTML
//     front end (page.HTML), to the end of their tables;
//  5. joinFragments (fragments.go, on the grids): pieces of one table
//     cut by blank lines or stray pipes.
//
// A new page shape is one more pass here, in one file.

var markdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithParserOptions(parser.WithParagraphTransformers(
			// Lower runs first: after link reference definitions (100).
			util.Prioritized(splitter{}, 150),
		)),
	)
})

// treePasses rewrite goldmark's tree after the parse, in order.
var treePasses = []func(src []byte, doc ast.Node){
	stackedAcrossNodes,
	paragraphTables,
}

// markdownBlocks parses the document as markdown into the stream.
func (r *reader) markdownBlocks() {
	src, cut := page.CapNesting(r.src.norm)
	if len(cut) > 0 {
		r.diags.Doubtf(spec.Repaired, r.src.pos(cut[0]), "block quotes and lists nested deeper than %d levels on %d line(s); the markers past the limit are read as text", page.MaxNesting, len(cut))
	}
	// goldmark parses the capped copy; every offset is the same in
	// both, and the reader takes text from the source as written.
	doc := markdown().Parser().Parse(text.NewReader(src))
	for _, pass := range treePasses {
		pass(r.src.norm, doc)
	}
	r.blocks = make([]block, 0, doc.ChildCount())
	_ = ast.Walk(doc, r.visit)
}

func (r *reader) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	start, stop, spanned := r.nodeSpan(n)
	if spanned && start < r.skipTo {
		// Inside a run of HTML already read; a run that ended inside
		// an HTML block goes on to the block's end (the next table's
		// heading and start may follow the last one's end).
		if _, ok := n.(*ast.HTMLBlock); ok && stop > r.skipTo {
			r.skipTo = max(stop, r.htmlBlocks(r.skipTo, stop))
		}
		return ast.WalkSkipChildren, nil
	}
	switch n := n.(type) {
	case *ast.Heading:
		r.blocks = append(r.blocks, block{Block: page.Block{Kind: page.Heading, Off: start, End: stop, Level: n.Level, Text: r.inlineText(n)}})
		return ast.WalkSkipChildren, nil
	case *ast.HTMLBlock:
		r.skipTo = r.htmlBlocks(start, stop)
		return ast.WalkSkipChildren, nil
	case *tableNode:
		r.blocks = append(r.blocks, block{Block: page.Block{Kind: page.Table, Off: start, End: stop}, grid: r.gridFromRaw(n.raw), md: true})
		return ast.WalkSkipChildren, nil
	case *paraTableNode:
		r.blocks = append(r.blocks, block{Block: page.Block{Kind: page.Table, Off: start, End: stop}, grid: r.gridFromParas(n), md: true})
		return ast.WalkSkipChildren, nil
	case *ast.FencedCodeBlock:
		if spanned {
			r.blocks = append(r.blocks, block{Block: page.Block{Kind: page.Code, Off: start, End: stop, Lang: string(n.Language(r.src.norm))}, md: true})
		}
	case *ast.CodeBlock:
		if spanned {
			r.blocks = append(r.blocks, block{Block: page.Block{Kind: page.Code, Off: start, End: stop}, md: true})
		}
	case *ast.Paragraph:
		if !spanned {
			return ast.WalkSkipChildren, nil
		}
		if i := indexFold(r.src.norm[start:stop], "<table"); i >= 0 {
			// A raw table inside a paragraph: the text before it is
			// prose, the table is read as HTML.
			r.skipTo = r.htmlBlocks(start+i, stop)
			return ast.WalkSkipChildren, nil
		}
		_, inList := n.Parent().(*ast.ListItem)
		r.blocks = append(r.blocks, block{Block: page.Block{Kind: page.Paragraph, Off: start, End: stop}, md: true, inList: inList})
		return ast.WalkSkipChildren, nil
	case *ast.List:
		if _, nested := n.Parent().(*ast.ListItem); !nested {
			r.blocks = append(r.blocks, block{Block: page.Block{Kind: page.List, Off: r.listOff(n), Ordered: n.IsOrdered(), Items: r.listItems(n)}, md: true})
		}
	}
	return ast.WalkContinue, nil
}

// nodeSpan returns the source span of a block node's lines.
func (r *reader) nodeSpan(n ast.Node) (start, stop int, ok bool) {
	if n.Type() != ast.TypeBlock {
		return 0, 0, false
	}
	switch n := n.(type) {
	case *tableNode:
		return rawSpan(n.raw)
	case *paraTableNode:
		first, last := n.rows[0], n.rows[len(n.rows)-1]
		lastCell := last[len(last)-1]
		return first[0][0].Start, lastCell[len(lastCell)-1].Stop, true
	case *ast.Document, *ast.List, *ast.ListItem, *ast.Blockquote:
		return 0, 0, false
	}
	lines := n.Lines()
	if lines.Len() == 0 {
		return 0, 0, false
	}
	stop = lines.At(lines.Len() - 1).Stop
	if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
		stop = max(stop, h.ClosureLine.Stop)
	}
	return lines.At(0).Start, stop, true
}

func rawSpan(t *rawTable) (int, int, bool) {
	start := t.header.Start
	if !t.hasHeader() && len(t.rows) > 0 {
		start = t.rows[0].Start
	}
	stop := t.delim.Stop
	if n := len(t.rows); n > 0 {
		stop = t.rows[n-1].Stop
	}
	return start, stop, true
}

// indexFold is bytes.Index ignoring ASCII case.
func indexFold(b []byte, s string) int {
	// No lowered copy: one per paragraph, and lowering may change the
	// length of non-ASCII text, and so the offset found.
	for i := 0; i+len(s) <= len(b); i++ {
		j := bytes.IndexByte(b[i:], s[0])
		if j < 0 {
			return -1
		}
		i += j
		if i+len(s) <= len(b) && bytes.EqualFold(b[i:i+len(s)], []byte(s)) {
			return i
		}
	}
	return -1
}

// inlineText is a heading's text without markup.
func (r *reader) inlineText(n ast.Node) string {
	var b bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		b.Write(s.Value(r.src.norm))
	}
	return cleanCell(string(bytes.TrimSpace(b.Bytes())))
}

// listItems are a markdown list's items: the text of each item's own
// paragraphs, and its nested lists' items.
func (r *reader) listItems(l *ast.List) []page.Item {
	var items []page.Item
	for c := l.FirstChild(); c != nil; c = c.NextSibling() {
		it := page.Item{Off: -1}
		var parts []string
		for k := c.FirstChild(); k != nil; k = k.NextSibling() {
			switch k := k.(type) {
			case *ast.List:
				it.Items = append(it.Items, r.listItems(k)...)
			case *ast.Paragraph, *ast.TextBlock:
				if start, _, ok := r.nodeSpan(k); ok {
					if it.Off < 0 {
						it.Off = start
					}
					parts = append(parts, r.inlineText(k))
				}
			}
		}
		if it.Off < 0 {
			it.Off = r.listOff(l)
		}
		it.Text = strings.Join(parts, "\n")
		items = append(items, it)
	}
	return items
}

// listOff is the offset of a list's first line.
func (r *reader) listOff(l *ast.List) int {
	for n := ast.Node(l); n != nil; n = n.FirstChild() {
		if start, _, ok := r.nodeSpan(n); ok {
			return start
		}
	}
	return 0
}
