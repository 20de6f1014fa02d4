package read

import "strings"

// headerLike reports a row that reads as a header: it names a code
// column or several known columns, and holds no integer (a data row
// always has its code). Pages that drop the delimiter row still have
// their header; this is how it is found.
func headerLike(cells []cell) bool {
	nonEmpty, known, keys := 0, 0, 0
	for _, c := range cells {
		if c.text == "" {
			continue
		}
		nonEmpty++
		if isIntCode(c.text) {
			return false
		}
		t := classify(c.text)
		switch t.role {
		case roleUnknown:
		case roleKey:
			keys++
			known++
		default:
			known++
		}
	}
	if nonEmpty == 0 {
		return false
	}
	return keys >= 1 && 2*known >= nonEmpty || known >= 2 && 3*known >= 2*nonEmpty
}

// labelRow reports a first row of words over a row of codes: a header
// the vocabulary half knows ("stat | Meaning" over "DELIVRD | …"). It
// names at least one known column, and none of its cells is code-like
// while the row below starts with a code.
func labelRow(cells, next []cell) bool {
	known := 0
	for _, c := range cells {
		if c.text == "" {
			continue
		}
		if looksLikeCode(c.text) || isIntCode(c.text) {
			return false
		}
		if classify(c.text).role != roleUnknown {
			known++
		}
	}
	return known >= 1 && len(next) > 0 && looksLikeCode(next[0].text)
}

// dataRow reports a first row that is data, not a header: its first cell
// is a code with a digit (1001, E1001: no header is spelt so) of the
// shape of the code under it, and no cell is a header word. A page that pastes an excerpt of a table still needs the
// delimiter row markdown wants, and puts it under the first code.
func dataRow(cells, next []cell) bool {
	if len(cells) < 2 || len(next) == 0 {
		return false
	}
	first := stripQuotes(cells[0].text)
	if !strings.ContainsAny(first, "0123456789") || !looksLikeCode(first) || shapeOf(first) != shapeOf(stripQuotes(next[0].text)) {
		return false
	}
	for _, c := range cells {
		if classify(c.text).role != roleUnknown {
			return false
		}
	}
	return true
}

// isIntCode reports a cell that is an integer, signed or not.
func isIntCode(s string) bool { return allDigits(strings.TrimPrefix(s, "-")) }

// header is a grid's resolved header: the column names and, for a
// two-level header, the group each column sits under.
type header struct {
	names  []cell
	groups []string
	rows   int // how many grid rows the header takes
	// data marks a delimiter-marked first row that is a data row (a
	// code and its text): the table has no header.
	data bool
}

// findHeader decides which leading rows of the grid are its header: the
// rows a delimiter marks, else a first row of header words; then a
// second row of header words under a row with gaps (colspan flattened
// to blank cells) makes a two-level header, the upper row naming the
// groups.
func findHeader(g *grid) header {
	h := header{rows: g.delim}
	if h.rows == 1 && !g.html && len(g.rows) > 1 && dataRow(g.rows[0].cells, g.rows[1].cells) {
		return header{data: true}
	}
	if h.rows == 0 && len(g.rows) > 0 && (headerLike(g.rows[0].cells) || len(g.rows) > 1 && labelRow(g.rows[0].cells, g.rows[1].cells)) {
		h.rows = 1
	}
	if h.rows == 0 {
		return h
	}
	top := g.rows[h.rows-1].cells
	h.names = top
	if h.rows >= 2 {
		// An HTML header of two rows: the upper names the groups.
		h.groups = carryRight(g.rows[h.rows-2].cells, len(top))
		return h
	}
	if len(g.rows) > h.rows {
		next := g.rows[h.rows].cells
		switch {
		case sameTexts(top, next):
			// The header repeated as the first row (pasted twice).
			h.rows++
		case headerLike(next) && isGroupRow(top, next):
			h.groups = carryRight(top, len(next))
			h.names = next
			h.rows++
		}
	}
	return h
}

// isGroupRow reports an upper header row whose cells span several
// columns: blank cells or a value repeated in the next cell. An upper row
// that names a code column is a header of its own unless the row below
// names code columns too ("应答码 | | 附加码" over "代码 | 含义 | 代码").
func isGroupRow(cells, next []cell) bool {
	if classifyRow(cells) && !classifyRow(next) {
		return false
	}
	for i, c := range cells {
		if c.text == "" || i > 0 && c.text == cells[i-1].text {
			return true
		}
	}
	return false
}

// classifyRow reports a row whose cells name a code column itself: such
// a row is a header of its own, not a group row.
func classifyRow(cells []cell) bool {
	for _, c := range cells {
		if classify(c.text).role == roleKey {
			return true
		}
	}
	return false
}

// carryRight fills blank group cells from the left, as a colspan would.
func carryRight(cells []cell, width int) []string {
	out := make([]string, max(width, len(cells)))
	last := ""
	for i := range out {
		if i < len(cells) && cells[i].text != "" {
			last = cells[i].text
		}
		out[i] = last
	}
	return out
}

func sameTexts(a, b []cell) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].text != b[i].text {
			return false
		}
	}
	return true
}
