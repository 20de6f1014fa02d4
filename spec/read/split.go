package read

import (
	"bytes"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// rawTable is a table as its lines give it: the reader takes cells from
// these segments (which point into the normalised source) rather than
// from goldmark's cells, because goldmark pads and drops cells to the
// header's width and the reader must report such rows.
type rawTable struct {
	header text.Segment // zero for a table without a header row
	delim  text.Segment
	rows   []text.Segment
	// plain, when not piped, says how the cells of a table written
	// without pipes are separated (see textTable).
	plain plainMode
	// stacked marks a table pasted one cell a line ("Code |", "Meaning |",
	// "---|---|"): its header and rows span several lines, which
	// goldmark's table parser does not take.
	stacked bool
}

func (t *rawTable) hasHeader() bool { return t.delim.Stop > t.delim.Start }

// kindTable is the node kind of the tables the splitter finds.
var kindTable = ast.NewNodeKind("CodebookTable")

// tableNode is a table in the parse tree. goldmark's own table extension
// is not used: the reader takes every cell from the table's lines (see
// rawTable), so its table nodes would be built only to be dropped, and
// its package compiles a dozen regular expressions (for links and
// typography) at the start of every codebook command, a millisecond of
// each.
type tableNode struct {
	ast.BaseBlock
	raw *rawTable
}

func (n *tableNode) Kind() ast.NodeKind { return kindTable }

func (n *tableNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// splitter is the paragraph transformer that finds tables. Real pages
// glue tables to the text before them ("}| Error Code |"), put several
// tables one after another without a blank line (a GFM parser would
// make one table of them, every later header a data row), leave out
// delimiter rows and pipes. The splitter re-segments the paragraph's
// lines into prose paragraphs and one table node per table. Segments
// keep pointing into the source, so every position stays true.
type splitter struct{}

// chunk is a run of lines of one paragraph: prose or one table.
type chunk struct {
	lines []text.Segment
	table *rawTable
}

// node is the chunk as a node of the tree: a paragraph of prose, or a
// table.
func (c chunk) node() ast.Node {
	if c.table != nil {
		return &tableNode{raw: c.table}
	}
	p := ast.NewParagraph()
	p.Lines().AppendAll(c.lines)
	return p
}

func (splitter) Transform(node *ast.Paragraph, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	lines := node.Lines().Sliced(0, node.Lines().Len())
	chunks := segment(src, lines)
	if len(chunks) == 1 && chunks[0].table == nil {
		return
	}
	parent := node.Parent()
	prev := ast.Node(node)
	for _, c := range chunks {
		n := c.node()
		parent.InsertAfter(parent, prev, n)
		prev = n
	}
	parent.RemoveChild(parent, node)
}

// segment cuts a paragraph's lines into prose and tables. A table starts
// at a line with a pipe followed by a delimiter row; when the header
// only fits the delimiter row from its first pipe on, the text before it
// is prose glued to the table. Data rows continue while lines have a
// pipe and are not the next table's header. Lines that start with a
// pipe and have no delimiter row form a table without header.
func segment(src []byte, lines []text.Segment) []chunk {
	var out []chunk
	prose := func(s text.Segment) {
		if n := len(out); n > 0 && out[n-1].table == nil {
			out[n-1].lines = append(out[n-1].lines, s)
			return
		}
		out = append(out, chunk{lines: []text.Segment{s}})
	}
	isHeaderAt := func(i int) bool {
		return i+1 < len(lines) && hasPipe(src, lines[i]) && isDelim(src, lines[i+1])
	}
	for i := 0; i < len(lines); {
		l := lines[i]
		if t, next := stackedTable(src, lines, i); t != nil {
			out = append(out, chunk{lines: lines[i:next], table: t})
			i = next
			continue
		}
		switch {
		case isHeaderAt(i):
			h := headerSegment(src, l, lines[i+1])
			if h.Start > l.Start {
				prose(text.NewSegment(l.Start, h.Start))
			}
			t := &rawTable{header: h, delim: lines[i+1]}
			j := i + 2
			for ; j < len(lines) && hasPipe(src, lines[j]) && !isDelim(src, lines[j]) && !isHeaderAt(j); j++ {
				t.rows = append(t.rows, lines[j])
			}
			cl := append([]text.Segment{h}, lines[i+1:j]...)
			out = append(out, chunk{lines: cl, table: t})
			i = j
		case startsWithPipe(src, l) || hasCells(src, l) && i+1 < len(lines) && hasCells(src, lines[i+1]):
			// Rows without a delimiter row: lines that start with a
			// pipe, or two or more lines in a row that have cells
			// (pages that drop leading pipes and delimiter rows alike).
			t := &rawTable{}
			j := i
			for ; j < len(lines) && (startsWithPipe(src, lines[j]) || hasCells(src, lines[j]) || j > i && endsWithPipe(src, lines[j])) && !isHeaderAt(j); j++ {
				t.rows = append(t.rows, lines[j])
			}
			if !hasCells(src, l) {
				prose(l)
				i++
				continue
			}
			out = append(out, chunk{lines: lines[i:j], table: t})
			i = j
		default:
			if t, next := textTable(src, lines, i); t != nil {
				out = append(out, chunk{lines: lines[i:next], table: t})
				i = next
				continue
			}
			prose(l)
			i++
		}
	}
	return out
}

// stackedTable reads a table pasted one cell a line, from line i. It
// returns nil when line i does not start such a table, else the table
// and the line after it.
func stackedTable(src []byte, lines []text.Segment, i int) (*rawTable, int) {
	if !oneCell(src, lines[i]) {
		return nil, i
	}
	if t, k := delimStacked(src, lines, i); t != nil {
		return t, k
	}
	return wordStacked(src, lines, i)
}

// delimStacked reads a stacked table with a delimiter row: lines of at
// most one cell each that together hold as many cells as the delimiter
// row after them, then rows made the same way.
func delimStacked(src []byte, lines []text.Segment, i int) (*rawTable, int) {
	// The header: lines i..j-1, with the delimiter at j.
	j := i + 1
	for ; j < len(lines) && j-i <= maxStacked && !isDelim(src, lines[j]); j++ {
		if !hasPipe(src, lines[j]) || hasCells(src, lines[j]) {
			return nil, i
		}
	}
	if j >= len(lines) || !isDelim(src, lines[j]) || j-i < 2 {
		return nil, i
	}
	n := countCells(src, lines[j].Start, lines[j].Stop)
	header := text.NewSegment(lines[i].Start, lines[j-1].Stop)
	if n < 2 || countCells(src, header.Start, header.Stop) != n {
		return nil, i
	}
	t := &rawTable{header: header, delim: lines[j], stacked: true}
	k := j + 1
	for k < len(lines) && !hasCells(src, lines[k]) {
		m := k
		for ; m < len(lines) && m-k <= maxStacked && hasPipe(src, lines[m]) && !hasCells(src, lines[m]); m++ {
			if countCells(src, lines[k].Start, lines[m].Stop) == n && endsWithPipe(src, lines[m]) {
				break
			}
		}
		if m >= len(lines) || countCells(src, lines[k].Start, lines[m].Stop) != n || m+1 < len(lines) && isDelim(src, lines[m+1]) {
			// Incomplete, or the header of the next stacked table.
			break
		}
		t.rows = append(t.rows, text.NewSegment(lines[k].Start, lines[m].Stop))
		k = m + 1
	}
	return t, k
}

// wordStacked reads a stacked table that has no delimiter row, as a
// page's cells copy out of an HTML table ("状态码 |", "说明 |", "200 |",
// "调用成功 |"): the header is the run of lines before the first code,
// when the vocabulary reads them as a header (see headerLike), and its
// length is the table's width. Rows are taken that
// many lines at a time while every line is one cell, until a line names
// a code column again (the next table's header).
func wordStacked(src []byte, lines []text.Segment, i int) (*rawTable, int) {
	var head []cell
	j := i
	for ; j < len(lines) && j-i <= maxStacked && oneCell(src, lines[j]); j++ {
		c := lineCell(src, lines[j])
		if looksLikeCode(c) {
			break
		}
		head = append(head, cell{text: c})
	}
	n := j - i
	if n < 2 || j >= len(lines) || !oneCell(src, lines[j]) || !looksLikeCode(lineCell(src, lines[j])) || !headerLike(head) {
		return nil, i
	}
	t := &rawTable{stacked: true, rows: []text.Segment{text.NewSegment(lines[i].Start, lines[j-1].Stop)}}
	k := j
	for ; k+n <= len(lines) && classify(lineCell(src, lines[k])).role != roleKey; k += n {
		for m := k; m < k+n; m++ {
			if !oneCell(src, lines[m]) {
				return t, k
			}
		}
		t.rows = append(t.rows, text.NewSegment(lines[k].Start, lines[k+n-1].Stop))
	}
	return t, k
}

// oneCell reports a line that holds at most one cell and a pipe.
func oneCell(src []byte, l text.Segment) bool { return hasPipe(src, l) && !hasCells(src, l) }

// lineCell returns the text of a one-cell line.
func lineCell(src []byte, l text.Segment) string {
	var s string
	eachCell(src, l.Start, l.Stop, func(a, b int) {
		if s == "" {
			s = cleanCell(string(src[a:b]))
		}
	})
	return s
}

// maxStacked bounds the lines one stacked row may take.
const maxStacked = 64

// hasCells reports a line with two cells or more. Most lines of a page
// are prose without a pipe, and the byte search spares them the count.
func hasCells(src []byte, l text.Segment) bool {
	return bytes.IndexByte(src[l.Start:l.Stop], '|') >= 0 && countCells(src, l.Start, l.Stop) >= 2
}

// headerSegment returns the header row of a table: the whole line when
// its cells match the delimiter row, else the line from its first pipe
// when that matches (text glued before the table), else the whole line.
func headerSegment(src []byte, line, delim text.Segment) text.Segment {
	want := countCells(src, delim.Start, delim.Stop)
	if countCells(src, line.Start, line.Stop) == want {
		return line
	}
	for i := line.Start; i < line.Stop; i++ {
		if src[i] == '|' {
			h := text.NewSegment(i, line.Stop)
			if i > line.Start && countCells(src, h.Start, h.Stop) == want {
				return h
			}
			break
		}
	}
	return line
}

// hasPipe reports a line that can be a row: it starts or ends with a
// pipe or has two cells. A line ending in a pipe continues a row cut
// by a stray line break ("| 3100 |" then "message text |").
func hasPipe(src []byte, s text.Segment) bool {
	return startsWithPipe(src, s) || endsWithPipe(src, s) || countCells(src, s.Start, s.Stop) > 1
}

func startsWithPipe(src []byte, s text.Segment) bool {
	a, b := trimSpace(src, s.Start, s.Stop)
	return a < b && src[a] == '|'
}

func endsWithPipe(src []byte, s text.Segment) bool {
	a, b := trimSpace(src, s.Start, s.Stop)
	return b-a > 1 && src[b-1] == '|'
}

// isDelim reports a delimiter row: only dashes, colons, pipes and
// spaces, with at least one dash and one pipe.
func isDelim(src []byte, s text.Segment) bool {
	dash, pipe := false, false
	for _, c := range src[s.Start:s.Stop] {
		switch c {
		case '-':
			dash = true
		case '|':
			pipe = true
		case ':', ' ', '\t', '\n', '\r':
		default:
			return false
		}
	}
	return dash && pipe
}
