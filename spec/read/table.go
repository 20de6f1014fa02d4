package read

import (
	"fmt"

	"codebook.dev/codebook/gen/naming"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/langtag"
)

// table is one table of a document, read into rows of codes and texts
// but not yet merged into a set.
type table struct {
	pos spec.Pos
	doc string
	dir *directive
	// key and name come from the key column's header (or a directive);
	// key is "" for a table without header, which never merges by key.
	key, name string
	keyHeader string
	// langs are the languages the table's text columns are in.
	langs []string
	rows  []*row
}

// row is one data row; a row whose code cell lists several codes gives
// several codes with the same texts.
type row struct {
	pos    spec.Pos
	codes  []code
	ranges []string
	symbol string
	text   []langText
	// fallback is Latin text in a column whose header or cells say
	// Chinese: an untranslated copy of the English text (see doc.go).
	fallback string
	attrs    []spec.Attr
	// cells are the row's cells, to spot exact duplicate rows.
	cells []cell
	table *table
	// one backs codes and text for the usual row of one code and one
	// text, so such a row costs no allocation beyond the row itself.
	oneCode [1]code
	oneText [1]langText
}

// langText is a row's text in one language; a row holds one per
// language, in column order.
type langText struct{ lang, text string }

// sameCells reports an exact duplicate row: the same cell texts.
func (rw *row) sameCells(o *row) bool {
	if len(rw.cells) != len(o.cells) {
		return false
	}
	for i := range rw.cells {
		if rw.cells[i].text != o.cells[i].text {
			return false
		}
	}
	return true
}

type code struct {
	value string
	pos   spec.Pos
}

// column is one column of a table with its role resolved.
type column struct {
	header string
	term   term
	lang   string
}

// readTable turns a raw table into rows. It returns nil for tables with
// nothing to read (reported).
func (r *reader) readTable(raw *rawTable, dir *directive) *table {
	src := r.src.norm
	t := &table{doc: r.heading, dir: dir}
	var header []cell
	if raw.hasHeader() {
		header = splitRow(src, raw.header.Start, raw.header.Stop)
		t.pos = r.src.pos(firstNonSpace(src, raw.header.Start))
	} else if len(raw.rows) > 0 {
		t.pos = r.src.pos(firstNonSpace(src, raw.rows[0].Start))
	}
	// goldmark pads a short header and refuses a long one (or one whose
	// code spans hold pipes); either way the width is reported, from the
	// rows' own text.
	if n := countCells(src, raw.delim.Start, raw.delim.Stop); raw.hasHeader() && n != len(header) {
		r.diags.Warnf(t.pos, "table header has %d cells but its delimiter row has %d", len(header), n)
	}
	if dir != nil && dir.ignore {
		return nil
	}
	if len(raw.rows) == 0 {
		r.diags.Warnf(t.pos, "empty table: a header and no rows")
		return nil
	}
	cells := r.rowCells(raw, header)
	cols := r.columns(t, header, cells)
	if cols == nil {
		return nil
	}
	// One backing array for the table's rows: at 100,000 rows, one
	// allocation instead of 100,000.
	rows := make([]row, len(cells))
	t.rows = make([]*row, 0, len(cells))
	for i, rc := range cells {
		if rw := &rows[i]; r.readRow(rw, t, cols, rc, raw.rows[i].Start) {
			t.rows = append(t.rows, rw)
		}
	}
	return t
}

func firstNonSpace(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// rowCells splits every row and reports rows whose width differs from
// the header's (or, without header, from the widest row). Goldmark would
// pad or cut such rows silently; here every cell the row has is kept.
// The cells of all rows share one backing array.
func (r *reader) rowCells(raw *rawTable, header []cell) [][]cell {
	src := r.src.norm
	out := make([][]cell, len(raw.rows))
	total := 0
	for _, s := range raw.rows {
		total += countCells(src, s.Start, s.Stop)
	}
	all := make([]cell, 0, total)
	width := len(header)
	for i, s := range raw.rows {
		from := len(all)
		eachCell(src, s.Start, s.Stop, func(a, b int) { all = append(all, newCell(src, a, b)) })
		out[i] = all[from:len(all):len(all)]
		if header == nil {
			width = max(width, len(out[i]))
		}
	}
	for i, cells := range out {
		if len(cells) == width {
			continue
		}
		p := r.src.pos(firstNonSpace(src, raw.rows[i].Start))
		what := "its header"
		if header == nil {
			what = "the widest row"
		}
		if len(cells) > width {
			r.diags.Warnf(p, "row has %d cells but %s has %d; extra cells kept as attributes", len(cells), what, width)
		} else {
			r.diags.Warnf(p, "row has %d cells but %s has %d; missing cells read as empty", len(cells), what, width)
		}
	}
	return out
}

// readRow reads one row's cells by their columns into rw; it reports
// whether the row gives any code.
func (r *reader) readRow(rw *row, t *table, cols []column, cells []cell, start int) bool {
	*rw = row{pos: r.src.pos(firstNonSpace(r.src.norm, start)), table: t, cells: cells}
	rw.codes, rw.text = rw.oneCode[:0], rw.oneText[:0]
	var keyCell *cell
	for i, c := range cells {
		if i >= len(cols) {
			if c.text != "" {
				rw.attrs = append(rw.attrs, spec.Attr{Name: fmt.Sprintf("column %d", i+1), Value: c.text})
			}
			continue
		}
		col := cols[i]
		switch col.term.role {
		case roleKey:
			keyCell = &cells[i]
		case roleSymbol:
			rw.symbol = c.text
		case roleText:
			r.rowText(rw, col, c)
		case roleAttr, roleUnknown:
			if c.text != "" {
				rw.attrs = append(rw.attrs, spec.Attr{Name: col.header, Value: c.text})
			}
		}
	}
	if keyCell == nil || keyCell.text == "" {
		r.diags.Warnf(rw.pos, "empty code cell; row skipped")
		return false
	}
	r.readCodes(rw, *keyCell)
	return len(rw.codes) > 0 || len(rw.ranges) > 0
}

func (r *reader) rowText(rw *row, col column, c cell) {
	if c.text == "" {
		return
	}
	if langtag.Base(col.lang) == "zh" && !naming.HasHan(c.text) {
		rw.fallback = c.text
		return
	}
	rw.setText(col.lang, c.text)
}

// setText records a text; a later column in the same language wins.
func (rw *row) setText(lang, text string) {
	for i := range rw.text {
		if rw.text[i].lang == lang {
			rw.text[i].text = text
			return
		}
	}
	rw.text = append(rw.text, langText{lang, text})
}

// readCodes reads the code cell: one code, several (1003, 2003 or
// 502/503: one member each) or a range (214xx).
func (r *reader) readCodes(rw *row, c cell) {
	p := r.src.pos(c.off)
	if isRange(c.text) {
		rw.ranges = append(rw.ranges, c.text)
		return
	}
	if isCodeToken(c.text) {
		rw.codes = append(rw.codes, code{value: c.text, pos: p})
		return
	}
	if parts := splitCodes(c.text); parts != nil {
		for _, v := range parts {
			rw.codes = append(rw.codes, code{value: v, pos: p})
		}
		return
	}
	r.diags.Warnf(p, "code cell %q is not a code; row skipped", c.text)
}
