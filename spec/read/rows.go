package read

import (
	"strings"

	"codebook.dev/codebook/spec"
)

// joinBroken joins a row that a stray line break cut in two: a line that
// lacks the closing pipe its table's rows have, followed by a line that
// lacks the opening pipe, together no wider than the table. The cut
// cell's halves are joined with a space.
func (r *reader) joinBroken(g *grid) {
	width := 0
	closed := 0
	for _, rw := range g.rows {
		width = max(width, len(rw.cells))
		if rw.closed {
			closed++
		}
	}
	if g.html || 2*closed < len(g.rows) {
		return
	}
	out := g.rows[:0]
	for i := 0; i < len(g.rows); i++ {
		rw := g.rows[i]
		for !rw.closed && i+1 < len(g.rows) && !g.rows[i+1].open && len(rw.cells)+len(g.rows[i+1].cells)-1 <= width {
			next := g.rows[i+1]
			last := &rw.cells[len(rw.cells)-1]
			joined := strings.TrimSpace(last.text + " " + next.cells[0].text)
			cells := append(append([]cell(nil), rw.cells[:len(rw.cells)-1]...), cell{text: joined, off: last.off})
			rw.cells = append(cells, next.cells[1:]...)
			rw.closed = next.closed
			r.diags.Warnf(r.src.pos(next.start), "row continues on this line (a line break inside a cell); joined")
			i++
		}
		out = append(out, rw)
	}
	g.rows = out
}

// dataRows returns the rows after the header, without the header
// repeated (pages paste paginated tables) and rows with no text at all,
// each reported.
func (r *reader) dataRows(g *grid, h header) []gridRow {
	rows := g.rows[min(h.rows, len(g.rows)):]
	// Filtered in place: the header rows before them are not needed
	// again, and a copy of 100,000 rows is not free.
	out := rows[:0]
	for _, rw := range rows {
		switch {
		case h.names != nil && sameTexts(rw.cells, h.names):
			r.diags.Warnf(r.src.pos(rw.start), "header row repeated inside the table; skipped")
		case allBlank(rw.cells):
			r.diags.Warnf(r.src.pos(rw.start), "empty row skipped")
		default:
			out = append(out, rw)
		}
	}
	return out
}

func allBlank(cells []cell) bool {
	for _, c := range cells {
		if c.text != "" {
			return false
		}
	}
	return true
}

// checkWidths reports rows whose width differs from the header's (or,
// without header, from the widest row). Goldmark would pad or cut such
// rows silently; here every cell the row has is kept.
func (r *reader) checkWidths(g *grid, h header, rows []gridRow) {
	if g.html {
		return
	}
	width, what := len(h.names), "its header"
	if h.names == nil {
		width, what = 0, "the widest row"
		for _, rw := range rows {
			width = max(width, len(rw.cells))
		}
	}
	for _, rw := range rows {
		n := len(rw.cells)
		switch {
		case n > width:
			r.diags.Warnf(r.src.pos(rw.start), "row has %d cells but %s has %d; extra cells kept as attributes", n, what, width)
		case n < width && !trailingBlanks(rw.cells):
			r.diags.Warnf(r.src.pos(rw.start), "row has %d cells but %s has %d; missing cells read as empty", n, what, width)
		}
	}
}

// trailingBlanks reports a short row whose last cell is empty: a row
// written "| 1 | a | |" is complete, only its padding is short.
func trailingBlanks(cells []cell) bool { return len(cells) > 0 && cells[len(cells)-1].text == "" }

// fillDown restores what flattened row spans left blank. In a table of
// main codes and sub-codes, rows that lost their leading cells in
// copying (the sub-code standing in the main code's column) are shifted
// back, and the main code is carried down to them (reported once per
// run of rows); a blank main-code cell under a sub-code is carried down
// silently, as is a blank grouping cell left of the code column.
func (r *reader) fillDown(g *grid, cols []column, groups []keyGroup, rows []gridRow) {
	if sub := subGroup(groups); sub >= 0 {
		r.shiftRows(cols, groups[0].key, groups[sub].key, rows)
	}
	first := groups[0].key
	for _, kg := range groups {
		first = min(first, kg.key)
	}
	for i := range cols {
		carry := i < first && cols[i].term.role != roleText
		if !carry && !(subGroup(groups) >= 0 && i == groups[0].key) {
			continue
		}
		last := cell{}
		for j := range rows {
			cs := rows[j].cells
			if i < len(cs) && !isBlank(cs[i].text) {
				last = cs[i]
				continue
			}
			if last.text == "" || allBlank(rows[j].cells) {
				continue
			}
			rows[j].cells = withCell(cs, i, last)
		}
	}
}

func subGroup(groups []keyGroup) int {
	for i, kg := range groups {
		if kg.parent >= 0 {
			return i
		}
	}
	return -1
}

// withCell returns cells with cell i set, copying so that a row shared
// with the grid is not changed behind its back.
func withCell(cells []cell, i int, c cell) []cell {
	out := make([]cell, max(len(cells), i+1))
	copy(out, cells)
	out[i] = c
	return out
}

// shiftRows finds rows whose cells moved left by the width of the main
// code's columns: the first cell has the shape of a sub-code, not of a
// main code, and the cells at the end are blank.
func (r *reader) shiftRows(cols []column, mainKey, subKey int, rows []gridRow) {
	if subKey <= mainKey || len(rows) == 0 {
		return
	}
	mainShape, subShape := shapeOf(firstValue(rows, mainKey)), shapeOf(firstValue(rows, subKey))
	if mainShape == subShape {
		return
	}
	k := subKey - mainKey
	var run []spec.Pos
	flush := func() {
		if len(run) > 0 {
			r.diags.Warnf(run[0], "%d rows lost their first %d cells in copying; read as sub-codes of the code above", len(run), k)
			run = nil
		}
	}
	for j := range rows {
		cs := rows[j].cells
		if len(cs) == 0 || mainKey >= len(cs) || shapeOf(cs[mainKey].text) != subShape || !blankFrom(cs, len(cols)-k) {
			flush()
			continue
		}
		shifted := make([]cell, len(cols))
		copy(shifted[subKey:], cs[mainKey:min(len(cs), len(cols)-k)])
		copy(shifted, cs[:mainKey])
		rows[j].cells = shifted
		run = append(run, r.src.pos(rows[j].start))
	}
	flush()
}

func blankFrom(cells []cell, i int) bool {
	for ; i < len(cells); i++ {
		if !isBlank(cells[i].text) {
			return false
		}
	}
	return true
}

func firstValue(rows []gridRow, i int) string {
	for _, rw := range rows {
		if i < len(rw.cells) && !isBlank(rw.cells[i].text) {
			return rw.cells[i].text
		}
	}
	return ""
}

// shapeOf classifies a code's spelling: integer, UPPER_SNAKE, dotted or
// lower-case token, or anything else.
func shapeOf(s string) int {
	switch {
	case s == "":
		return 0
	case isIntCode(s):
		return 1
	case isCodeToken(s) && s == upper(s):
		return 2
	case isCodeToken(s):
		return 3
	}
	return 4
}
