package read

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Pages copied out of HTML tables one cell a line sometimes keep the
// cell's indentation and put a line of spaces between cells ("| ",
// "       200  | ", "     ", "       OK  | "): the lines of spaces end
// goldmark's paragraphs and the indented lines become code blocks, so
// the splitter sees a table in pieces none of which it can read.
// stackedAcrossNodes puts such tables back together: over a run of
// consecutive paragraphs, indented code blocks and tables, it looks for
// a table written one cell a line (stackedTable) that runs across
// several of them, and replaces the nodes it covers with what the
// splitter makes of their lines joined. Segments keep pointing into the
// source, so positions stay true.

// stackedAcrossNodes rewrites the document's top-level runs. A run is
// kept as its first node and length, and made a slice only when a table
// may cross it: most documents have none, and pay no allocation.
func stackedAcrossNodes(src []byte, doc ast.Node) {
	var first ast.Node
	count := 0
	flush := func() {
		if count >= 2 && crossing(src, first, count) {
			run := make([]ast.Node, 0, count)
			for n := first; len(run) < count; n = n.NextSibling() {
				run = append(run, n)
			}
			restackRun(src, doc, run)
		}
		first, count = nil, 0
	}
	for n := doc.FirstChild(); n != nil; {
		next := n.NextSibling()
		if hasPipeByte(src, n) {
			if count == 0 {
				first = n
			}
			count++
		} else {
			flush()
		}
		n = next
	}
	flush()
}

// hasPipeByte reports a paragraph, indented code block or table with a
// pipe in its text: every piece of a stacked table has one, and prose
// without one ends a run at the cost of a byte search.
func hasPipeByte(src []byte, n ast.Node) bool {
	switch n := n.(type) {
	case *tableNode:
		return true
	case *ast.Paragraph, *ast.CodeBlock:
		l := n.Lines()
		if l.Len() == 0 {
			return false
		}
		return bytes.IndexByte(src[l.At(0).Start:l.At(l.Len()-1).Stop], '|') >= 0
	}
	return false
}

// nodeLines returns the source lines of a node that can hold part of a
// stacked table: a paragraph, an indented code block or a table.
func nodeLines(src []byte, n ast.Node) []text.Segment {
	switch n := n.(type) {
	case *ast.Paragraph, *ast.CodeBlock:
		l := n.Lines()
		if l.Len() == 0 {
			return nil
		}
		return l.Sliced(0, l.Len())
	case *tableNode:
		start, stop, _ := rawSpan(n.raw)
		if n.raw.hasHeader() {
			start = min(start, n.raw.header.Start)
		}
		return nonBlankLines(src, start, stop)
	}
	return nil
}

// nonBlankLines cuts src[start:stop] into its non-blank lines.
func nonBlankLines(src []byte, start, stop int) []text.Segment {
	var out []text.Segment
	for a := start; a < stop; {
		b := a
		for b < stop && src[b] != '\n' {
			b++
		}
		if c, d := trimSpace(src, a, b); c < d {
			out = append(out, text.NewSegment(a, b))
		}
		a = b + 1
	}
	return out
}

// restackRun finds stacked tables across the nodes of one run.
func restackRun(src []byte, parent ast.Node, run []ast.Node) {
	if len(run) < 2 {
		return
	}
	var lines []text.Segment
	var owner []int // the node of every line
	for i, n := range run {
		ls := nodeLines(src, n)
		lines = append(lines, ls...)
		for range ls {
			owner = append(owner, i)
		}
	}
	for i := 0; i < len(lines); i++ {
		if !oneCell(src, lines[i]) {
			continue
		}
		t, next := stackedTable(src, lines, i)
		if t == nil || owner[next-1] == owner[i] {
			continue
		}
		// The nodes from the table's first line to its last are read
		// again, as one paragraph.
		first, last := owner[i], owner[next-1]
		from := i
		for from > 0 && owner[from-1] == first {
			from--
		}
		to := next
		for to < len(lines) && owner[to] == last {
			to++
		}
		for _, c := range segment(src, lines[from:to]) {
			parent.InsertBefore(parent, run[first], c.node())
		}
		for _, n := range run[first : last+1] {
			parent.RemoveChild(parent, n)
		}
		i = to - 1
	}
}

// crossing reports a run of count nodes from first where a table one
// cell a line may pass from a node to the next: the last line of one
// and the first of the next are both one-cell lines or delimiter rows.
// It allocates nothing, so runs of ordinary tables and prose cost little.
func crossing(src []byte, first ast.Node, count int) bool {
	prev := first
	for i := 1; i < count; i++ {
		n := prev.NextSibling()
		_, last := edgeLines(src, prev)
		head, _ := edgeLines(src, n)
		if stackLine(src, last) && stackLine(src, head) {
			return true
		}
		prev = n
	}
	return false
}

func stackLine(src []byte, l text.Segment) bool { return oneCell(src, l) || isDelim(src, l) }

// edgeLines returns the first and last lines of a node nodeLines reads.
func edgeLines(src []byte, n ast.Node) (first, last text.Segment) {
	if t, ok := n.(*tableNode); ok {
		start, stop, _ := rawSpan(t.raw)
		if t.raw.hasHeader() {
			start = min(start, t.raw.header.Start)
		}
		a := start
		for a < stop && src[a] != '\n' {
			a++
		}
		b := stop
		for b > start && src[b-1] != '\n' {
			b--
		}
		return text.NewSegment(start, a), text.NewSegment(b, stop)
	}
	l := n.Lines()
	return l.At(0), l.At(l.Len() - 1)
}
