package read

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"codebook.dev/codebook/spec"
)

// A table copied out of HTML as text can come one cell a paragraph, with
// blank lines between and no pipes at all ("Status Code", "Message",
// "Description", "Retry Policy", then "400", "Bad Request", …). goldmark
// makes a paragraph of every cell and the splitter sees one at a time,
// so such tables are found over runs of consecutive paragraphs once the
// document is parsed: a run of short paragraphs the vocabulary reads as
// a header, its first naming the code column, then rows that each start
// with a paragraph holding a code. A description written as two
// paragraphs makes its row longer than the header: the extra paragraphs
// join the text cell, with a warning.

// kindParaTable is the node kind of a run of paragraphs read as a table.
var kindParaTable = ast.NewNodeKind("CodebookParagraphTable")

// paraTableNode stands in the tree for the paragraphs of one table.
type paraTableNode struct {
	ast.BaseBlock
	// rows are the header then the data rows; each cell is the lines
	// of one paragraph or, for a joined text cell, of several.
	rows [][][]text.Segment
	// joined holds, per data row, the number of extra paragraphs
	// joined into its text cell, and text is that cell's column.
	joined []int
	text   int
	// lines marks a table one cell a line rather than a paragraph.
	lines bool
}

func (n *paraTableNode) Kind() ast.NodeKind { return kindParaTable }

func (n *paraTableNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// Bounds of a paragraph table: header cells are short, and a header or
// row has a bounded number of paragraphs.
const (
	maxParaHeader = 60
	maxParaCells  = 16
)

// paragraphTables replaces every run of the document's paragraphs that
// reads as a table with a paraTableNode. A run is made a slice only when
// it may hold one (see mayHoldParaTable).
func paragraphTables(src []byte, doc ast.Node) {
	var first ast.Node
	count, long := 0, false
	flush := func() {
		if count >= 6 && mayHoldRun(src, first, count) || long {
			run := make([]*ast.Paragraph, 0, count)
			for n := first; len(run) < count; n = n.NextSibling() {
				run = append(run, n.(*ast.Paragraph))
			}
			tablesInRun(src, doc, run)
		}
		first, count, long = nil, 0, false
	}
	for n := doc.FirstChild(); n != nil; {
		next := n.NextSibling()
		if p, ok := n.(*ast.Paragraph); ok && p.Lines().Len() > 0 {
			if count == 0 {
				first = n
			}
			count++
			long = long || p.Lines().Len() >= 6 && mayHoldLineTable(src, p.Lines().Sliced(0, p.Lines().Len()))
		} else {
			flush()
		}
		n = next
	}
	flush()
}

// mayHoldRun is mayHoldParaTable over count paragraphs from first,
// walking the siblings instead of making a slice of them.
func mayHoldRun(src []byte, first ast.Node, count int) bool {
	var a, b ast.Node // the two paragraphs before n
	n := first
	for i := 0; i < count; i++ {
		if a != nil && unitCode(src, n) && shortNode(a) && shortNode(b) && !unitCode(src, b) {
			return true
		}
		a, b, n = b, n, n.NextSibling()
	}
	return false
}

func shortNode(n ast.Node) bool {
	l := n.Lines()
	return l.Len() == 1 && l.At(0).Stop-l.At(0).Start <= maxParaHeader+8
}

func unitCode(src []byte, n ast.Node) bool {
	l := n.Lines()
	return l.Len() == 1 && bytesCode(src, l.At(0))
}

// tablesInRun finds the tables in a run of consecutive paragraphs, then
// in the lines of each paragraph (a table one cell a line, no pipes, as
// a wiki's export gives it).
func tablesInRun(src []byte, parent ast.Node, run []*ast.Paragraph) {
	if len(run) >= 6 {
		// A header of two cells and two rows of two: six paragraphs
		// at least; most runs of prose are shorter.
		units := make([][]text.Segment, len(run))
		for i, p := range run {
			units[i] = p.Lines().Sliced(0, p.Lines().Len())
		}
		eachParaTable(src, units, false, func(t *paraTableNode, i, next int) {
			parent.InsertBefore(parent, run[i], t)
			for _, p := range run[i:next] {
				parent.RemoveChild(parent, p)
			}
		})
	}
	for _, p := range run {
		if p.Parent() == parent && p.Lines().Len() >= 6 {
			lineTables(src, parent, p)
		}
	}
}

// mayHoldLineTable reports lines where a table one cell a line may be:
// a line holding a code after two short lines that hold none (the end
// of a header). It allocates nothing: most paragraphs have no such
// place and are left before any text is made.
func mayHoldLineTable(src []byte, lines []text.Segment) bool {
	for j := 2; j < len(lines); j++ {
		if bytesCode(src, lines[j]) && shortLine(lines[j-1]) && shortLine(lines[j-2]) && !bytesCode(src, lines[j-1]) {
			return true
		}
	}
	return false
}

func shortLine(l text.Segment) bool { return l.Stop-l.Start <= maxParaHeader+8 }

// bytesCode reports a line that is a code, markup aside: its trimmed
// bytes are a code token (see isCodeToken), checked without a string.
func bytesCode(src []byte, l text.Segment) bool {
	a, b := trimSpace(src, l.Start, l.Stop)
	for a < b && (src[a] == '`' || src[a] == '*') {
		a++
	}
	for b > a && (src[b-1] == '`' || src[b-1] == '*') {
		b--
	}
	if a == b {
		return false
	}
	for i := a; i < b; i++ {
		c := src[i]
		if !isLetter(c) && !isDigit(c) && c != '_' && c != '.' && c != ':' && c != '-' {
			return false
		}
	}
	return true
}

// lineTables replaces a paragraph that holds tables one cell a line
// with its prose and those tables.
func lineTables(src []byte, parent ast.Node, p *ast.Paragraph) {
	lines := p.Lines().Sliced(0, p.Lines().Len())
	if !mayHoldLineTable(src, lines) {
		return
	}
	units := make([][]text.Segment, len(lines))
	for i := range lines {
		units[i] = lines[i : i+1 : i+1]
	}
	from := 0
	prose := func(to int) {
		if to > from {
			q := ast.NewParagraph()
			q.Lines().AppendAll(lines[from:to])
			parent.InsertBefore(parent, p, q)
		}
	}
	found := false
	eachParaTable(src, units, true, func(t *paraTableNode, i, next int) {
		prose(i)
		parent.InsertBefore(parent, p, t)
		from, found = next, true
	})
	if found {
		prose(len(lines))
		parent.RemoveChild(parent, p)
	}
}

// eachParaTable calls fn with every table found in units (paragraphs,
// or lines when lines is set) and the units it takes, i to next.
func eachParaTable(src []byte, units [][]text.Segment, lines bool, fn func(t *paraTableNode, i, next int)) {
	texts := paraTexts{src: src, units: units, text: make([]string, len(units)), done: make([]bool, len(units))}
	for i := 0; i < len(units); i++ {
		if !texts.short(i) {
			// Most paragraphs are prose, too long to be a header.
			continue
		}
		t, next := paraTable(&texts, i)
		if t == nil {
			continue
		}
		t.lines = lines
		fn(t, i, next)
		i = next - 1
	}
}

// paraTexts gives the text of a run's paragraphs, made when first asked.
type paraTexts struct {
	src   []byte
	units [][]text.Segment
	text  []string
	done  []bool
}

func (t *paraTexts) at(i int) string {
	if !t.done[i] {
		t.text[i], t.done[i] = paraText(t.src, t.units[i]), true
	}
	return t.text[i]
}

// short reports a paragraph of one line short enough to be a header
// cell, before its text is made.
func (t *paraTexts) short(i int) bool {
	if len(t.units[i]) != 1 {
		return false
	}
	s := t.units[i][0]
	return s.Stop-s.Start <= maxParaHeader+8
}

// paraText is the text of a paragraph's lines as one line.
func paraText(src []byte, lines []text.Segment) string {
	if len(lines) == 1 {
		return cleanCell(string(src[lines[0].Start:lines[0].Stop]))
	}
	var b strings.Builder
	for k, s := range lines {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(string(src[s.Start:s.Stop])))
	}
	return cleanCell(b.String())
}

// paraTable reads the table whose header starts at paragraph i, or
// returns nil; next is the paragraph after the table.
func paraTable(texts *paraTexts, i int) (t *paraTableNode, next int) {
	run := texts.units
	if classify(texts.at(i)).role != roleKey || looksLikeCode(texts.at(i)) {
		return nil, i
	}
	// The header: short one-line paragraphs up to the first code.
	var head []cell
	j := i
	for ; j < len(run) && j-i < maxParaCells && !looksLikeCode(texts.at(j)); j++ {
		if !texts.short(j) || len(texts.at(j)) > maxParaHeader {
			return nil, i
		}
		head = append(head, cell{text: texts.at(j)})
	}
	n := len(head)
	if n < 2 || j >= len(run) || !looksLikeCode(texts.at(j)) || !headerLike(head) || knownHeaders(head) < max(2, n-1) {
		return nil, i
	}
	t = &paraTableNode{text: textColumn(head)}
	t.rows = append(t.rows, run[i:j:j])
	shape := shapeOf(texts.at(j))
	k := j
	for k < len(run) && looksLikeCode(texts.at(k)) && shapeOf(texts.at(k)) == shape {
		m := k + 1
		for ; m < len(run) && m-k < maxParaCells; m++ {
			// A paragraph of the codes' shape starts the next row once
			// this one is complete; before, only an integer code does
			// (a message "OK" under UPPER_SNAKE codes is a cell).
			if looksLikeCode(texts.at(m)) && shapeOf(texts.at(m)) == shape && (m-k >= n || shape >= 100) {
				break
			}
		}
		if m >= len(run) {
			m = lastRowEnd(texts, head, k, m)
		}
		if m-k < 2 {
			break
		}
		cells := append([][]text.Segment(nil), run[k:m]...)
		extra := max(0, len(cells)-n)
		if extra > 0 {
			joined := []text.Segment{}
			for _, c := range cells[t.text : t.text+extra+1] {
				joined = append(joined, c...)
			}
			cells = append(append(cells[:t.text:t.text], joined), cells[t.text+extra+1:]...)
		}
		t.rows = append(t.rows, cells)
		t.joined = append(t.joined, extra)
		k = m
	}
	if len(t.rows) < 3 {
		return nil, i
	}
	return t, k
}

// lastRowEnd bounds the last row of a run, whose end no next code
// marks: it has as many paragraphs as the header, and more only when
// its last column is a behaviour column and a paragraph further on is
// such a value while the one at the header's width is not (a two-
// paragraph description). Paragraphs after it are prose.
func lastRowEnd(texts *paraTexts, head []cell, k, end int) int {
	n := len(head)
	m := min(end, k+n)
	last := classify(head[n-1].text)
	if last.beh == behNone || m < k+n || behValue(last.beh, texts.at(m-1)) {
		return m
	}
	for e := m + 1; e <= end && e <= m+3; e++ {
		if behValue(last.beh, texts.at(e-1)) {
			return e
		}
	}
	return m
}

// behValue reports a cell a behaviour column of the kind can hold.
func behValue(kind behaviour, s string) bool {
	switch kind {
	case behRetry:
		return parseYesNo(s) != spec.Unset
	case behHTTP:
		_, ok := parseHTTPStatus(s)
		return ok
	case behResult:
		return parseResult(s) != spec.ResultUnset
	}
	return false
}

// knownHeaders counts the cells the vocabulary knows. A header copied
// from HTML is short words the vocabulary mostly knows; a paragraph of
// prose after a word such as "Status" is none.
func knownHeaders(head []cell) int {
	n := 0
	for _, c := range head {
		if classify(c.text).role != roleUnknown {
			n++
		}
	}
	return n
}

// textColumn is the column extra paragraphs of a row join: the last
// column after the code that is no behaviour column (Description before
// Retry Policy; 处理建议 after 错误信息), where long texts stand.
func textColumn(head []cell) int {
	for c := len(head) - 1; c > 0; c-- {
		if t := classify(head[c].text); t.beh == behNone && t.role != roleKey {
			return c
		}
	}
	return len(head) - 1
}

// gridFromParas turns a paragraph table into a grid, reporting how it
// was read and every row whose text cell took several paragraphs.
func (r *reader) gridFromParas(t *paraTableNode) *grid {
	g := &grid{doc: r.heading, delim: 1}
	for _, cs := range t.rows {
		row := gridRow{start: cs[0][0].Start}
		for _, segs := range cs {
			row.cells = append(row.cells, r.paraCell(segs))
		}
		g.rows = append(g.rows, row)
	}
	first, last := t.rows[0], t.rows[len(t.rows)-1]
	lastCell := last[len(last)-1]
	g.start, g.stop = first[0][0].Start, lastCell[len(lastCell)-1].Stop
	g.pos = r.src.pos(g.start)
	unit := "paragraph"
	if t.lines {
		unit = "line"
	}
	r.diags.Doubtf(spec.Repaired, g.pos, "table written one cell a %s without pipes; read as rows of %d cells", unit, len(first))
	head := g.rows[0].cells
	for i, extra := range t.joined {
		if extra > 0 {
			rw := g.rows[i+1]
			r.diags.Doubtf(spec.Repaired, r.src.pos(rw.cells[t.text].off), "row has %d %ss for %d cells; %d %ss joined into its %q cell", len(head)+extra, unit, len(head), extra+1, unit, head[t.text].text)
		}
	}
	return g
}

// paraCell is the cell one or more paragraphs make, their lines joined
// with spaces.
func (r *reader) paraCell(segs []text.Segment) cell {
	if len(segs) == 1 {
		return newCell(r.src.text, segs[0].Start, segs[0].Stop)
	}
	parts := make([]string, len(segs))
	for i, s := range segs {
		parts[i] = strings.TrimSpace(r.src.text[s.Start:s.Stop])
	}
	a, _ := trimSpace(r.src.norm, segs[0].Start, segs[0].Stop)
	return cell{text: cleanCell(strings.Join(parts, " ")), off: a}
}
