package read

import "codebook.dev/codebook/spec"

// pairLangRows joins rows that give one code twice, once in Chinese and
// once in English, one right under the other (excerpts without a
// header often alternate so): each pair becomes one row, the Chinese
// row's cells followed by the English row's text cells, so the member
// gets both texts. It applies only when every repeated code of the
// column is such a pair; it reports once how many pairs it joined.
func (r *reader) pairLangRows(rows []gridRow) []gridRow {
	if len(rows) < 4 || len(rows[0].cells) < 2 {
		return rows
	}
	key := pairKey(rows)
	if key < 0 {
		return rows
	}
	out := make([]gridRow, 0, len(rows)/2+1)
	for i := 0; i < len(rows); i++ {
		if i+1 < len(rows) && sameCode(rows[i], rows[i+1], key) {
			zh, en := rows[i], rows[i+1]
			if !hanRow(zh, key) {
				zh, en = en, zh
			}
			cells := append(append([]cell(nil), zh.cells...), otherCells(en.cells, key)...)
			joined := rows[i]
			joined.cells = cells
			out = append(out, joined)
			i++
			continue
		}
		out = append(out, rows[i])
	}
	r.diags.Doubtf(spec.Repaired, r.src.pos(rows[0].start), "rows give each code once in Chinese and once in English (%d pairs); each pair read as one row", len(rows)-len(out))
	return out
}

// pairKey is the column whose codes come in language pairs: the first of
// the first two columns whose value repeats on the next row, where every
// repeat is a pair of a Chinese and an English row and at least two
// pairs are found; -1 when there is none.
func pairKey(rows []gridRow) int {
	for key := 0; key < 2; key++ {
		if !sameCode(rows[0], rows[1], key) && !sameCode(rows[1], rows[2], key) {
			continue
		}
		pairs, ok := 0, true
		for i := 0; i+1 < len(rows) && ok; i++ {
			switch {
			case !sameCode(rows[i], rows[i+1], key):
			case hanRow(rows[i], key) == hanRow(rows[i+1], key) || i+2 < len(rows) && sameCode(rows[i+1], rows[i+2], key):
				ok = false
			default:
				pairs++
				i++
			}
		}
		if ok && pairs >= 2 {
			return key
		}
	}
	return -1
}

func sameCode(a, b gridRow, key int) bool {
	return key < len(a.cells) && key < len(b.cells) && a.cells[key].text != "" && a.cells[key].text == b.cells[key].text && looksLikeCode(stripQuotes(a.cells[key].text))
}

// hanRow reports a row whose cells other than the key hold Han text.
func hanRow(rw gridRow, key int) bool {
	for j, c := range rw.cells {
		if j != key && hasHan(c.text) {
			return true
		}
	}
	return false
}

func otherCells(cells []cell, key int) []cell {
	out := make([]cell, 0, len(cells))
	for j, c := range cells {
		if j != key {
			out = append(out, c)
		}
	}
	return out
}
