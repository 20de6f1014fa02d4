package read

import "codebook.dev/codebook/spec"

// extraTexts reads a column the header does not name (past its end, or
// under an empty header cell) as a text column when its cells are texts
// in a language no text column has: a bilingual table whose rows carry
// the Chinese text in a cell the header does not name ("| Code |
// Message |" over "| 1001 | Bad sign | 签名错误 |"). Such a cell is the
// Chinese text, not an unnamed attribute.
func (r *reader) extraTexts(g *grid, cols []column, key, from int, rows [][]cell) {
	var langs [2]bool // Latin, Han
	for i := range from {
		if cols[i].term.role == roleText {
			langs[b2i(columnHasHan(rows, i))] = true
		}
	}
	if !langs[0] && !langs[1] {
		return
	}
	for i := key + 1; i < len(cols); i++ {
		if i < from && cols[i].title != "" || cols[i].term.role != roleUnknown {
			continue
		}
		// A category or a remark repeats; a text differs from row to row.
		han := columnHasHan(rows, i)
		if langs[b2i(han)] || !han && !wordyColumn(rows, i) || !distinctEnough(rows, i) {
			continue
		}
		langs[b2i(han)] = true
		cols[i].term.role = roleText
		what := "English"
		if han {
			what = "Chinese"
		}
		r.diags.Doubtf(spec.Repaired, g.pos, "column %d, which the header does not name, holds the %s texts; read as the %s text column", i+1, what, what)
	}
}

// wordyColumn reports a column most of whose cells hold words.
func wordyColumn(rows [][]cell, i int) bool {
	n, words := 0, 0
	for _, rc := range rows {
		if i >= len(rc) || rc[i].text == "" {
			continue
		}
		n++
		if hasWord(rc[i].text) && !looksLikeCode(rc[i].text) {
			words++
		}
	}
	return words > 0 && 2*words >= n
}
