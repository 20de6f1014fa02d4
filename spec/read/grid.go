package read

import (
	"github.com/yuin/goldmark/text"

	"codebook.dev/codebook/spec"
)

// grid is a table as the page lays it out, before any column has a
// meaning: markdown and HTML tables both become grids, and fragments of
// one table become one grid, so that everything after (headers, key
// columns, rows) is read one way whatever the markup was.
type grid struct {
	// rows holds every row, header rows included, in document order.
	rows []gridRow
	// delim is the number of leading rows a markdown delimiter row (or
	// an HTML <thead>/<th> row) marks as header; 0 when the page marks
	// none and the header must be recognised by its words.
	delim int
	// start and stop bound the grid in the normalised source, so that
	// fragments with nothing but blank lines and stray pipes between
	// them can be joined.
	start, stop int
	pos         spec.Pos
	doc         string
	dir         *directive
	html        bool
	// parts are the positions of the fragments joined into this grid
	// after its first, for the warning that names them.
	parts []spec.Pos
	// roles fixes the columns' roles of a grid the reader made from
	// blocks that are not tables (codes outside tables), as a cols=
	// directive would: its code column may repeat a code once per
	// message.
	roles []colSpec
}

// gridRow is one row of a grid.
type gridRow struct {
	cells []cell
	start int // offset in the normalised source of the row's first byte
	// open and closed record a leading and a trailing pipe: a row that
	// lacks the trailing pipe its neighbours have may continue on the
	// next line (a cell broken by a stray line break).
	open, closed bool
	// section is the label of the divider row above ("Connection" in a
	// row spanning the whole table), kept on the rows under it.
	section string
}

// width is the widest row's cell count.
func (g *grid) width() int {
	w := 0
	for _, r := range g.rows {
		w = max(w, len(r.cells))
	}
	return w
}

// gridFromRaw turns a markdown table's lines into a grid.
func (r *reader) gridFromRaw(raw *rawTable) *grid {
	src := r.src.norm
	g := &grid{doc: r.heading}
	// The cells of all rows share one backing array: at 100,000 rows,
	// one allocation instead of 100,000.
	total := 0
	if raw.hasHeader() {
		total += countCells(src, raw.header.Start, raw.header.Stop)
	}
	cells := func(s text.Segment, fn func(a, b int)) {
		if raw.plain != piped {
			plainCells(src, s, raw.plain, len(g.rows) == 0, fn)
			return
		}
		eachCell(src, s.Start, s.Stop, fn)
	}
	for _, s := range raw.rows {
		cells(s, func(int, int) { total++ })
	}
	all := make([]cell, 0, total)
	g.rows = make([]gridRow, 0, len(raw.rows)+1)
	add := func(s text.Segment) {
		a, b := trimSpace(src, s.Start, s.Stop)
		from := len(all)
		cells(s, func(a, b int) { all = append(all, newCell(r.src.text, a, b)) })
		g.rows = append(g.rows, gridRow{
			cells:  all[from:len(all):len(all)],
			start:  a,
			open:   a < b && src[a] == '|',
			closed: b > a+1 && src[b-1] == '|',
		})
	}
	if raw.hasHeader() {
		add(raw.header)
		g.delim = 1
		g.start, g.stop = raw.header.Start, raw.delim.Stop
	}
	for _, s := range raw.rows {
		add(s)
	}
	if n := len(raw.rows); n > 0 {
		if !raw.hasHeader() {
			g.start = raw.rows[0].Start
		}
		g.stop = raw.rows[n-1].Stop
	}
	if len(g.rows) > 0 {
		g.pos = r.src.pos(g.rows[0].start)
	}
	switch {
	case raw.plain == byCode:
		r.diags.Doubtf(spec.Repaired, g.pos, "table written without pipes; each line read as a code and the text after it")
	case raw.plain.tailKind() != behNone:
		r.diags.Doubtf(spec.Repaired, g.pos, "table written without pipes, its words apart by single spaces; each line read as a code, its text and the %s value at its end", g.rows[0].cells[len(g.rows[0].cells)-1].text)
	case raw.plain != piped && len(g.rows) > 0:
		r.diags.Doubtf(spec.Repaired, g.pos, "table written without pipes, its cells apart by %s; read as rows of %d cells", raw.plain, len(g.rows[0].cells))
	}
	if raw.stacked && len(g.rows) > 0 {
		r.diags.Doubtf(spec.Repaired, g.pos, "table written one cell a line; read as rows of %d cells", len(g.rows[0].cells))
	}
	if raw.hasHeader() {
		// goldmark pads a short header and refuses a long one; either
		// way the width is reported, from the rows' own text.
		if n := countCells(src, raw.delim.Start, raw.delim.Stop); n != len(g.rows[0].cells) {
			r.diags.Doubtf(spec.Repaired, g.pos, "table header has %d cells but its delimiter row has %d", len(g.rows[0].cells), n)
		}
	}
	return g
}
