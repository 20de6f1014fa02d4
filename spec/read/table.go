package read

import (
	"fmt"
	"strings"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/langtag"
)

// table is the part of a page's table that gives one set, read into
// rows of codes and texts but not yet merged into a set.
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
	// columns records the behaviour columns the table has.
	columns spec.Columns
	// sub marks a table of sub-codes: its rows carry a parent code.
	sub  bool
	rows []*row
	// behCells are the behaviour cells of the rows, in row order: a
	// slice per row would grow every row of every table.
	behCells []behCell
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
	beh      spec.Behaviour
	parent   string
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
func (rw *row) sameCells(o *row) bool { return sameTexts(rw.cells, o.cells) }

type code struct {
	value string
	pos   spec.Pos
}

// readGrid reads a grid into one table per code column. A grid that is
// not a code table gives none (reported).
func (r *reader) readGrid(g *grid) []*table {
	if g.dir != nil && g.dir.ignore {
		return nil
	}
	r.joinBroken(g)
	h := findHeader(g)
	if rest := splitAtHeader(g, h); rest != nil {
		// A second header inside the rows ("Status Code | Name" after the
		// error codes, no blank line between): two tables.
		rest.pos = r.src.pos(rest.rows[0].start)
		return append(r.readGrid(g), r.readGrid(rest)...)
	}
	rows := r.dataRows(g, h)
	if len(rows) == 0 {
		r.diags.Warnf(g.pos, "empty table: a header and no rows")
		return nil
	}
	r.relayLostPipes(h, rows)
	r.checkWidths(g, h, rows)
	r.unshift(h, rows)
	rows = r.pairLangRows(rows)
	cells := make([][]cell, len(rows))
	for i, rw := range rows {
		cells[i] = rw.cells
	}
	cols, groups := r.columns(g, h, cells)
	if groups == nil {
		return nil
	}
	r.fillDown(g, cols, groups, rows)
	tables := make([]*table, len(groups))
	for i, kg := range groups {
		tables[i] = r.newTable(g, cols, kg, cells, len(groups) > 1)
	}
	r.readRows(tables, cols, groups, rows)
	return tables
}

// splitAtHeader cuts g before a data row that is a header of its own: it
// names a code column, differs from g's header, and codes follow it. g
// keeps the rows above; the returned grid holds the rest, that header
// first.
func splitAtHeader(g *grid, h header) *grid {
	if h.rows == 0 || g.html {
		return nil
	}
	for i := h.rows; i+1 < len(g.rows); i++ {
		cells := g.rows[i].cells
		// Cheap tests first: a data row starts with a code, and only a
		// row over codes can be a header; the vocabulary is asked last.
		if looksLikeCode(firstText(cells)) || !looksLikeCode(firstText(g.rows[i+1].cells)) || sameTexts(cells, h.names) || !classifyRow(cells) || !headerLike(cells) {
			continue
		}
		rest := *g
		rest.rows, rest.delim, rest.parts = g.rows[i:], 0, nil
		g.rows = g.rows[:i]
		return &rest
	}
	return nil
}

func firstText(cells []cell) string {
	if len(cells) == 0 {
		return ""
	}
	return stripQuotes(cells[0].text)
}

// newTable makes the table of one key group, named from its key
// column's header (and the group over it in a two-level header).
func (r *reader) newTable(g *grid, cols []column, kg keyGroup, cells [][]cell, several bool) *table {
	t := &table{pos: g.pos, doc: g.doc, dir: g.dir, sub: kg.parent >= 0}
	textLangs(t, cols, kg.cols, cells)
	k := cols[kg.key]
	t.key, t.name, t.keyHeader = k.term.key, k.term.name, k.header
	if several && k.group != "" && k.group != k.title && !k.underKey {
		if words := asciiWords(k.group); strings.ContainsFunc(words, isLatinLetter) {
			t.name = words + " " + k.title
			t.key = camelKey(t.name)
		}
	}
	if t.name == "" && t.key != "" {
		t.name = t.key
	}
	for _, i := range kg.cols {
		switch cols[i].term.beh {
		case behHTTP:
			t.columns.HTTPStatus = true
		case behRetry:
			t.columns.Retryable = true
		case behResult:
			t.columns.Result = true
		case behCategory:
			t.columns.Category = true
		}
	}
	return t
}

// readRows reads every row once per key group. In a table of sub-codes
// the main code is written on its first row only (or repeated on each):
// its member comes from the first row that gives it.
func (r *reader) readRows(tables []*table, cols []column, groups []keyGroup, rows []gridRow) {
	slab := make([]row, len(rows)*len(groups))
	for gi, kg := range groups {
		t := tables[gi]
		t.rows = make([]*row, 0, len(rows))
		last := ""
		for i, gr := range rows {
			rw := &slab[gi*len(rows)+i]
			main := ""
			if kg.parent >= 0 {
				main = cellText(gr.cells, groups[kg.parent].key)
			}
			if hasSubs(groups, gi) {
				v := cellText(gr.cells, kg.key)
				if v == last || isBlank(v) && last != "" {
					continue
				}
				last = v
			}
			if r.readRow(rw, t, cols, kg, gr) {
				rw.parent = main
				t.rows = append(t.rows, rw)
			}
		}
	}
}

// firstKey is the leftmost code column.
func firstKey(cols []column) int {
	for i, c := range cols {
		if c.term.role == roleKey {
			return i
		}
	}
	return -1
}

func hasSubs(groups []keyGroup, gi int) bool {
	for _, kg := range groups {
		if kg.parent == gi {
			return true
		}
	}
	return false
}

func cellText(cells []cell, i int) string {
	if i < len(cells) {
		return cells[i].text
	}
	return ""
}

// readRow reads one row's cells by their columns into rw; it reports
// whether the row gives any code.
func (r *reader) readRow(rw *row, t *table, cols []column, kg keyGroup, gr gridRow) bool {
	// rw is a fresh slot of readRows' slab, already zero: setting the
	// fields it needs spares clearing the whole struct again.
	rw.pos, rw.table = r.src.pos(gr.start), t
	rw.codes, rw.text = rw.oneCode[:0], rw.oneText[:0]
	cells := gr.cells
	rw.cells = cells
	if len(kg.cols) < len(cols) {
		rw.cells = make([]cell, 0, len(kg.cols))
		for _, i := range kg.cols {
			if i < len(cells) {
				rw.cells = append(rw.cells, cells[i])
			}
		}
	}
	var keyCell cell
	for _, i := range kg.cols {
		if i >= len(cells) {
			continue
		}
		c, col := cells[i], cols[i]
		switch col.term.role {
		case roleKey:
			keyCell = c
		case roleSymbol:
			// A name in Han script (名称 over 签名错误) is a display name,
			// not a symbol: it is kept as the column's attribute.
			if hasHan(c.text) {
				r.rowAttr(rw, col, c)
			} else if !isBlank(c.text) {
				rw.symbol = c.text
			}
		case roleText:
			r.rowText(rw, col, c)
		case roleAttr, roleUnknown, roleParam:
			r.rowAttr(rw, col, c)
		}
	}
	if gr.section != "" {
		rw.attrs = append(rw.attrs, spec.Attr{Name: "section", Value: gr.section})
	}
	// Extra cells past the header are kept as attributes, not guesses.
	if len(kg.cols) == len(cols) {
		for i := len(cols); i < len(cells); i++ {
			if c := cells[i]; c.text != "" {
				rw.attrs = append(rw.attrs, spec.Attr{Name: fmt.Sprintf("column %d", i+1), Value: c.text})
			}
		}
	}
	if isBlank(keyCell.text) {
		// A blank in a second code column (a result code without a
		// reason code) means none; only the first column's is a gap.
		if kg.key == firstKey(cols) {
			r.diags.Doubtf(spec.Skipped, rw.pos, "empty code cell; row skipped")
		}
		return false
	}
	r.readCodes(rw, cols[kg.key], keyCell)
	return len(rw.codes) > 0 || len(rw.ranges) > 0
}

// rowAttr keeps an extra column's cell as an attribute; a behaviour
// column's cell is typed into the row's behaviour instead, and kept as
// an attribute too only when it says more than its value or cannot be
// read.
func (r *reader) rowAttr(rw *row, col column, c cell) {
	if c.text == "" {
		return
	}
	kind := col.term.beh
	if kind == behNone {
		rw.attrs = append(rw.attrs, spec.Attr{Name: col.header, Value: c.text})
		return
	}
	if !r.setBehaviour(&rw.beh, kind, c.text) {
		r.diags.Doubtf(spec.Skipped, r.src.pos(c.off), "%s cell %q is not a value the column takes; kept as an attribute only", col.header, c.text)
	} else if !isBlank(c.text) {
		rw.addBehaviourCell(behCell{kind: kind, header: col.header, text: c.text, pos: r.src.pos(c.off)})
		if restates(kind, c.text) {
			return
		}
	}
	rw.attrs = append(rw.attrs, spec.Attr{Name: col.header, Value: c.text, Behaviour: true, Of: behaviourJSON[kind]})
}

func (r *reader) rowText(rw *row, col column, c cell) {
	if c.text == "" {
		return
	}
	if zh, en, ok := splitBilingual(c.text, col.bilingual); ok && !rw.hasLang("zh") && !rw.hasLang("en") {
		rw.setText("zh", zh)
		rw.setText("en", en)
		return
	}
	if langtag.Base(col.lang) == "zh" && !hasHan(c.text) {
		rw.fallback = c.text
		return
	}
	rw.setText(col.lang, c.text)
}

func (rw *row) hasLang(lang string) bool {
	for _, t := range rw.text {
		if t.lang == lang {
			return true
		}
	}
	return false
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
// 502/503: one member each), a range (214xx), or a code followed by
// text the page lost the pipes of (kept as an attribute, reported).
func (r *reader) readCodes(rw *row, col column, c cell) {
	p := r.src.pos(c.off)
	cc, ok := col.parseKey(c.text)
	if !ok {
		r.diags.Doubtf(spec.Skipped, p, "code cell %q is not a code; row skipped", c.text)
		return
	}
	if cc.note != "" {
		r.diags.Doubtf(spec.Repaired, p, "code cell %q: %s", c.text, cc.note)
	}
	rw.ranges = append(rw.ranges, cc.ranges...)
	if cc.one != "" {
		rw.codes = append(rw.codes, code{value: cc.one, pos: p})
	}
	for _, v := range cc.codes {
		rw.codes = append(rw.codes, code{value: v, pos: p})
	}
	if cc.rest == "" {
		return
	}
	named := rw.symbol == "" && identifier(cc.rest) != ""
	if named {
		// "000 – DeliveredToHandset": the rest is the code's name.
		rw.symbol = cc.rest
	} else {
		rw.attrs = append(rw.attrs, spec.Attr{Name: col.header + " (rest)", Value: cc.rest})
	}
	if len(rw.text) == 0 && rw.fallback == "" && (!named || cc.text) {
		// "409 -- Conflict" with no text column: its text too.
		rw.setText(langOf(cc.rest), cc.rest)
	}
}

func langOf(s string) string {
	if hasHan(s) {
		return "zh"
	}
	return "en"
}
