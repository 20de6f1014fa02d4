package read

import (
	"strconv"
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
	if g.html {
		return
	}
	out := g.rows[:0]
	for i := 0; i < len(g.rows); i++ {
		rw := g.rows[i]
		for len(rw.cells) < width && i+1 < len(g.rows) && (!g.rows[i+1].open || cutBeforePipe(rw, g.rows[i+1], width)) {
			next := g.rows[i+1]
			var cells []cell
			if rw.closed || next.open {
				// Cut at a pipe: the next line holds the next cells.
				if len(rw.cells)+len(next.cells) > width {
					break
				}
				cells = append(append(cells, rw.cells...), next.cells...)
			} else {
				// Cut inside a cell: its halves are joined.
				if len(rw.cells)+len(next.cells)-1 > width {
					break
				}
				last := rw.cells[len(rw.cells)-1]
				joined := cell{text: strings.TrimSpace(last.text + " " + next.cells[0].text), off: last.off}
				cells = append(append(append(cells, rw.cells[:len(rw.cells)-1]...), joined), next.cells[1:]...)
			}
			rw.cells, rw.closed = cells, next.closed
			r.diags.Doubtf(spec.Repaired, r.src.pos(next.start), "row continues on this line (a line break inside the row); joined")
			i++
		}
		out = append(out, rw)
	}
	g.rows = out
}

// cutBeforePipe reports a row cut between a cell and its closing pipe:
// "| 100005 | 快递公司编码不支持" then " | 调用… | 否 |", which together make
// exactly the table's width.
func cutBeforePipe(rw, next gridRow, width int) bool {
	return rw.open && !rw.closed && next.closed && len(rw.cells)+len(next.cells) == width
}

// dataRows returns the rows after the header, without the header
// repeated (pages paste paginated tables) and rows with no text at all,
// each reported.
func (r *reader) dataRows(g *grid, h header) []gridRow {
	rows := g.rows[min(h.rows, len(g.rows)):]
	// Filtered in place: the header rows before them are not needed
	// again, and a copy of 100,000 rows is not free.
	out := rows[:0]
	section := ""
	for _, rw := range rows {
		rw.section = section
		switch {
		case isDivider(rw.cells):
			// A row spanning the table names the rows under it.
			section = dividerLabel(rw.cells)
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

// isDivider reports a row that only labels the rows under it: one text
// in every non-empty cell (a colspan across the table, or the label in
// the first cell and the rest blank), which is no code.
func isDivider(cells []cell) bool {
	label := dividerLabel(cells)
	if label == "" || len(cells) < 2 {
		return false
	}
	n := 0
	for _, c := range cells {
		switch c.text {
		case "":
		case label:
			n++
		default:
			return false
		}
	}
	// Checked last: most rows have two different cells and stop above.
	if codeLike(label) && looksLikeCode(stripQuotes(label)) || swallowed(label) {
		return false
	}
	return n == len(cells) || cells[0].text == label
}

func dividerLabel(cells []cell) string {
	for _, c := range cells {
		if c.text != "" {
			return c.text
		}
	}
	return ""
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
			r.diags.Doubtf(spec.Repaired, r.src.pos(rw.start), "row has %d cells but %s has %d; extra cells kept as columns of their own (attributes, or the texts of a language no column has)", n, what, width)
		case n < width && !trailingBlanks(rw.cells):
			r.diags.Doubtf(spec.Repaired, r.src.pos(rw.start), "row has %d cells but %s has %d; missing cells read as empty", n, what, width)
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

// unshift puts back rows that lost their leading cells, before the code
// columns are chosen: such rows put sub-codes and their texts under the
// main code's headers, and would hide the sub-code column. It needs the
// headers to name a main code column and a sub-code column after it.
func (r *reader) unshift(h header, rows []gridRow) {
	main, sub := -1, -1
	cols := make([]column, len(h.names))
	for i, c := range h.names {
		t := classify(c.text)
		cols[i].term = t
		switch {
		case t.role != roleKey:
		case t.sub && sub < 0 && main >= 0:
			sub = i
		case !t.sub && main < 0:
			main = i
		}
	}
	switch {
	case main >= 0 && sub > main:
		r.shiftRows(cols, main, sub, rows)
	case main > 0 && !textBefore(cols, main):
		r.shiftSpanned(main, len(cols), rows)
	}
}

// textBefore reports a text column left of column i.
func textBefore(cols []column, i int) bool {
	for _, c := range cols[:i] {
		if c.term.role == roleText {
			return true
		}
	}
	return false
}

// shiftSpanned puts back rows that lost the cells left of the code
// column: an HTML cell spanning several rows (an HTTP status over the
// codes it covers) is copied into its first row only, so the rows under
// it start with their code. fillDown then carries the spanning cells
// down.
func (r *reader) shiftSpanned(key, width int, rows []gridRow) {
	r.shiftRight(rows, 0, key, width, " (a cell spanning rows); the cells above are carried down")
}

// shiftRows puts back rows whose cells moved left by the width of the
// main code's columns: sub-codes standing in the main code's column.
func (r *reader) shiftRows(cols []column, mainKey, subKey int, rows []gridRow) {
	if subKey > mainKey {
		r.shiftRight(rows, mainKey, subKey-mainKey, len(cols), "; read as sub-codes of the code above")
	}
}

// shiftRight moves right by k the cells from column at of every row
// whose cell there has the shape of column at+k's values, not of column
// at's, and whose last k cells are blank; each run of such rows is
// reported once, the message ending in why.
func (r *reader) shiftRight(rows []gridRow, at, k, width int, why string) {
	here, there := shapeOf(firstValue(rows, at)), shapeOf(firstValue(rows, at+k))
	if here == there {
		return
	}
	var run []spec.Pos
	flush := func() {
		if len(run) > 0 {
			r.diags.Doubtf(spec.Repaired, run[0], "%s lost %s in copying%s", count(len(run), "row"), firstCells(k), why)
			run = nil
		}
	}
	for j := range rows {
		cs := rows[j].cells
		if at >= len(cs) || !shiftedCode(cs[at].text, here, there) || !blankFrom(cs, width-k) {
			flush()
			continue
		}
		shifted := make([]cell, width)
		copy(shifted, cs[:at])
		copy(shifted[at+k:], cs[at:min(len(cs), width-k)])
		rows[j].cells = shifted
		run = append(run, r.src.pos(rows[j].start))
	}
	flush()
}

// shiftedCode reports a main-code cell that holds a sub-code. Integer
// main codes and integer sub-codes differ by width (1-8 over 110-812): a
// cell of the sub-codes' width is shifted. Integer main codes over token
// sub-codes: any token is shifted, and an integer of another width is
// still a main code (0 beside 10000). Token main codes: any other shape.
func shiftedCode(s string, mainShape, subShape int) bool {
	sh := shapeOf(s)
	switch {
	case sh == 0 || sh == 4:
		return false
	case mainShape >= 100 && subShape >= 100:
		return sh == subShape
	case mainShape >= 100:
		return sh < 100
	}
	return sh != mainShape
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

// shapeOf classifies a code's spelling: integer (by its number of
// digits, so main codes 1-8 and sub-codes 110-812 differ), UPPER_SNAKE,
// dotted or lower-case token, or anything else.
func shapeOf(s string) int {
	switch {
	case s == "":
		return 0
	case isIntCode(s):
		return 100 + len(s)
	case isCodeToken(s) && s == upper(s):
		return 2
	case isCodeToken(s):
		return 3
	}
	return 4
}

// swallowed reports a cell that starts with a code and goes on with the
// cells it swallowed: the code quoted or UPPER_SNAKE, or followed by a
// number (an HTTP status), CamelCase codes included. A label over a
// section ("Connection errors") is none of these.
func swallowed(s string) bool {
	f := strings.Fields(s)
	if len(f) >= 2 && camelCode(f[0]) && isIntCode(f[1]) {
		// NotImplemented 501 …: a CamelCase code and its HTTP status.
		return true
	}
	if len(f) < 2 || !looksLikeCode(stripQuotes(f[0])) {
		return false
	}
	return stripQuotes(f[0]) != f[0] || strings.Contains(f[0], "_") && f[0] == upper(f[0]) || isIntCode(f[1])
}

// relayLostPipes repairs rows whose code cell swallowed the cells after
// it ("CONSENT_REVOKED" 401 Do not retry | text |): the row is short by
// the swallowed cells, and its first cell starts with a code. The rest of
// that cell is split at spaces into the missing cells, the last taking
// what remains, so the later cells return under their own headers.
//
// A CamelCase code ("NotImplemented 501 接口尚未实现") is taken only in a
// column whose other cells are CamelCase codes, and only when a number
// follows it, so a label such as "Connection errors" stays prose.
func (r *reader) relayLostPipes(h header, rows []gridRow) {
	width := len(h.names)
	camel := -1 // unknown until a CamelCase cell needs it
	for j := range rows {
		cs := rows[j].cells
		// Trailing blank cells count as lost too: "| NotImplemented 501
		// 接口尚未实现 | | |" kept its pipes but not its cells.
		n := len(cs)
		for n > 1 && isBlank(cs[n-1].text) {
			n--
		}
		missing := width - n
		if missing <= 0 || !strings.Contains(cs[0].text, " ") {
			continue
		}
		f := strings.Fields(cs[0].text)
		if len(f) <= missing {
			continue
		}
		if camelCode(f[0]) && isIntCode(f[1]) {
			if camel < 0 {
				camel = b2i(camelColumn(rows))
			}
			if camel == 0 {
				continue
			}
		} else if len(cs) < 2 && !swallowed(cs[0].text) || !looksLikeCode(stripQuotes(f[0])) || n < len(cs) && !swallowed(cs[0].text) {
			continue
		}
		cs = cs[:n]
		out := make([]cell, 0, width)
		out = append(out, cell{text: stripQuotes(f[0]), off: cs[0].off})
		for k := 1; k < missing; k++ {
			out = append(out, cell{text: f[k], off: cs[0].off})
		}
		out = append(out, cell{text: strings.Join(f[missing:], " "), off: cs[0].off})
		rows[j].cells = append(out, cs[1:]...)
		r.diags.Doubtf(spec.Repaired, r.src.pos(cs[0].off), "cell %q holds %d cells whose pipes were lost; split at spaces", cs[0].text, missing+1)
	}
}

// camelCode reports a CamelCase token such as NotImplemented: letters
// and digits, a capital first and another capital after a lower-case
// letter. Such codes are words to looksLikeCode, which must not take
// "Connection" for a code.
func camelCode(s string) bool {
	if len(s) < 3 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	hump := false
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			hump = hump || 'a' <= s[i-1] && s[i-1] <= 'z'
		case 'a' <= c && c <= 'z', isDigit(c):
		default:
			return false
		}
	}
	return hump
}

// camelColumn reports rows whose first cells are mostly CamelCase codes
// standing alone: the column a swallowed CamelCase code belongs to.
func camelColumn(rows []gridRow) bool {
	n, camel := 0, 0
	for _, rw := range rows {
		if len(rw.cells) == 0 || rw.cells[0].text == "" {
			continue
		}
		n++
		if camelCode(rw.cells[0].text) {
			camel++
		}
	}
	return camel >= 2 && 2*camel > n
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// count spells n things: "1 row", "2 rows".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// firstCells spells the first n cells of a row.
func firstCells(n int) string {
	if n == 1 {
		return "the first cell"
	}
	return "the first " + strconv.Itoa(n) + " cells"
}
