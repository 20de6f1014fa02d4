package read

import (
	"fmt"

	"codebook.dev/codebook/gen/naming"
)

// columns resolves the role and language of every column, from a cols=
// directive or from the headers, and the table's key and name. It
// returns nil when the table has no usable key column (an error naming
// the directive that fixes it).
func (r *reader) columns(t *table, header []cell, rows [][]cell) []column {
	width := len(header)
	for _, rc := range rows {
		width = max(width, len(rc))
	}
	cols := make([]column, width)
	seen := map[string]bool{}
	for i := range cols {
		cols[i].header = fmt.Sprintf("column %d", i+1)
		if i < len(header) {
			cols[i].term = classify(header[i].text)
			// Attribute names must be unique: an empty or repeated
			// header is named by its position.
			if h := header[i].text; h != "" && !seen[h] {
				cols[i].header = h
				seen[h] = true
			}
		}
	}
	// Extra cells past a header are attributes, not guesses.
	guessable := len(header)
	if header == nil {
		guessable = width
	}
	if d := t.dir; d != nil && d.cols != nil {
		if len(d.cols) != width {
			r.diags.Errorf(d.pos, "directive cols= names %d columns but the table has %d", len(d.cols), width)
			return nil
		}
		if n := countRole(d.cols, roleKey); n != 1 {
			r.diags.Errorf(d.pos, "directive cols= names %d key columns; want exactly one", n)
			return nil
		}
		for i, c := range d.cols {
			cols[i].term = term{role: c.role, lang: c.lang}
			if c.role == roleKey {
				k := classify(cols[i].header)
				cols[i].term.key, cols[i].term.name = k.key, k.name
			}
		}
	} else if !r.pickKey(t, cols[:guessable], rows) {
		return nil
	} else if !hasRole(cols, roleText) {
		// Unknown headers and no text column: the words are the texts.
		r.guessRoles(cols[:guessable], rows)
	}
	r.textLangs(t, cols, rows)
	for _, c := range cols {
		if c.term.role == roleKey {
			t.key, t.name, t.keyHeader = c.term.key, c.term.name, c.header
			break
		}
	}
	if t.name == "" && t.key != "" {
		t.name = naming.Type(t.key)
	}
	return cols
}

// pickKey makes sure exactly one column is the key. Several key headers:
// the first whose cells look like codes wins, the others become
// attributes. No key header: the first column whose cells all look like
// codes is taken, with a warning. No such column: an error.
func (r *reader) pickKey(t *table, cols []column, rows [][]cell) bool {
	key, firstKey := -1, -1
	for i := range cols {
		if cols[i].term.role != roleKey {
			continue
		}
		if firstKey < 0 {
			firstKey = i
		}
		if key < 0 && columnLooksLikeCodes(rows, i, isCodeCell) {
			key = i
		}
	}
	if key < 0 {
		key = firstKey
	}
	if key >= 0 {
		for i := range cols {
			if cols[i].term.role == roleKey && i != key {
				cols[i].term.role = roleAttr
			}
		}
		return true
	}
	for i := range cols {
		if cols[i].term.role == roleUnknown && columnLooksLikeCodes(rows, i, looksLikeCode) {
			cols[i].term.role = roleKey
			r.diags.Warnf(t.pos, "no header names the code column; took column %d (%q) as the key", i+1, cols[i].header)
			r.guessRoles(cols, rows)
			return true
		}
	}
	r.diags.Errorf(t.pos, "table has no usable key column; mark the columns with a directive such as <!-- codebook: cols=key,text -->")
	return false
}

// isCodeCell reports a code cell as readCodes accepts it.
func isCodeCell(s string) bool { return isCodeToken(s) || isRange(s) || splitCodes(s) != nil }

// guessRoles gives columns with unknown headers a role once the key is
// known: a column of UPPER_SNAKE tokens is the symbol, the first column
// of each language is its text, the rest are attributes.
func (r *reader) guessRoles(cols []column, rows [][]cell) {
	symbol := false
	for i := range cols {
		if cols[i].term.role == roleSymbol {
			symbol = true
		}
	}
	for i := range cols {
		if cols[i].term.role != roleUnknown {
			continue
		}
		if !symbol && columnLooksLikeCodes(rows, i, isSymbol) {
			cols[i].term.role, symbol = roleSymbol, true
			continue
		}
		cols[i].term.role = roleText
	}
}

func countRole(cols []colSpec, ro role) int {
	n := 0
	for _, c := range cols {
		if c.role == ro {
			n++
		}
	}
	return n
}

func hasRole(cols []column, ro role) bool {
	for _, c := range cols {
		if c.term.role == ro {
			return true
		}
	}
	return false
}

func isSymbol(s string) bool {
	return isCodeToken(s) && isLetter(s[0]) && s == upper(s)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// columnLooksLikeCodes reports whether every non-empty cell of column i
// passes ok, and at least one cell is non-empty.
func columnLooksLikeCodes(rows [][]cell, i int, ok func(string) bool) bool {
	seen := false
	for _, rc := range rows {
		if i >= len(rc) || rc[i].text == "" {
			continue
		}
		if !ok(rc[i].text) {
			return false
		}
		seen = true
	}
	return seen
}

// textLangs fixes the language of each text column: a directive, then
// the vocabulary (英文描述 is English), then the cells (any Han
// character makes it Chinese), then the header (a Chinese header makes
// it Chinese even over Latin cells: that is an untranslated copy, read
// as a fallback for the English text). A second text column in a
// language already taken becomes an attribute.
func (r *reader) textLangs(t *table, cols []column, rows [][]cell) {
	var dirLangs []string
	if t.dir != nil {
		dirLangs = t.dir.langs
	}
	taken := map[string]bool{}
	n := 0
	for i := range cols {
		c := &cols[i]
		if c.term.role != roleText {
			continue
		}
		switch {
		case n < len(dirLangs):
			c.lang = dirLangs[n]
		case len(dirLangs) == 1:
			c.lang = dirLangs[0]
		case c.term.lang != "":
			c.lang = c.term.lang
		case columnHasHan(rows, i) || naming.HasHan(c.header):
			c.lang = "zh"
		default:
			c.lang = "en"
		}
		if c.lang == "zh" {
			c.lang = columnScript(rows, i)
		}
		n++
		if taken[c.lang] {
			c.term.role = roleAttr
			continue
		}
		taken[c.lang] = true
		t.langs = append(t.langs, c.lang)
	}
}

func columnHasHan(rows [][]cell, i int) bool {
	for _, rc := range rows {
		if i < len(rc) && naming.HasHan(rc[i].text) {
			return true
		}
	}
	return false
}
