package read

import (
	"strings"

	"codebook.dev/codebook/spec"
)

// tookKey makes column i the key, with term t, and warns: no header named
// a code column, or the one named holds no distinct codes.
func (r *reader) tookKey(g *grid, cols []column, i int, t term) {
	for j := range cols {
		if j != i && cols[j].term.role == roleKey {
			r.diags.Doubtf(spec.Repaired, g.pos, "the %q column holds no distinct codes; took column %d (%q), whose cells are codes, as the key", cols[j].title, i+1, cols[i].header)
			cols[i].term = t
			return
		}
	}
	cols[i].term = t
	r.diags.Doubtf(spec.Repaired, g.pos, "no header names the code column; took column %d (%q) as the key", i+1, cols[i].header)
}

// contentKey finds the code column by its cells when the header words
// point elsewhere ("code error code | http status code": "status code"
// names the HTTP column, which repeats 401): the first column whose
// header speaks of codes and whose cells are distinct codes, in a table
// whose other cells explain them. It warns, naming the column the
// headers pointed at.
func (r *reader) contentKey(g *grid, cols []column, rows [][]cell) int {
	for i := range cols {
		if cols[i].term.role == roleParam {
			return -1
		}
	}
	for i := range cols {
		if cols[i].term.beh == behHTTP || !codeHeader(cols[i].title) || !codeColumn(rows, i, false) || !hasWords(rows, i) || columnAll(rows, i, httpStatuses) {
			continue
		}
		r.tookKey(g, cols, i, keyTerm(cols[i].title))
		return i
	}
	return -1
}

// httpStatuses reports a cell that holds HTTP statuses only ("401",
// "400、404"): the statuses a table's codes answer with, never its codes.
func httpStatuses(s string) bool {
	c, ok := parseCodeCell(s)
	if !ok || len(c.ranges) > 0 || c.rest != "" {
		return false
	}
	if c.one != "" {
		return isHTTPStatus(c.one)
	}
	for _, v := range c.codes {
		if !isHTTPStatus(v) {
			return false
		}
	}
	return len(c.codes) > 0
}

// codeHeader reports a header that speaks of codes ("code error code",
// "Exit code", "错误码（十六进制）", the "ID" beside an "HTTP code")
// without the vocabulary knowing it.
func codeHeader(h string) bool {
	ascii, han := splitScripts(h)
	if strings.Contains(han, "码") {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(ascii)) {
		switch w {
		case "code", "codes", "errno", "errcode", "sqlstate", "id":
			return !strings.Contains(strings.ToLower(ascii), "http")
		}
	}
	return false
}

// keyTerm is the key term of a header the vocabulary does not read as a
// key: its longest ending that names a key ("code error code" → "error
// code", "平台错误码（十进制）" → "错误码"), else one with the header's
// identifier as the wire key.
func keyTerm(h string) term {
	ascii, han := splitScripts(h)
	words := strings.Fields(ascii)
	for i := range words {
		if t := classify(strings.Join(words[i:], " ")); t.role == roleKey {
			return t
		}
	}
	if i := strings.Index(han, "码"); i >= 0 {
		// The words after the code word qualify it ("十进制").
		han = han[:i+len("码")]
	}
	for i := range han {
		if t, ok := vocabulary[han[i:]]; ok && t.role == roleKey {
			return t
		}
	}
	t := term{role: roleKey}
	if ident := identifier(ascii); ident != "" {
		t.key, t.name = wireKey(ident), ident
	}
	return t
}

// numbersAfter reports a column after column i whose cells are all
// distinct integer or hex codes.
func numbersAfter(rows [][]cell, i int) bool {
	width := 0
	for _, rc := range rows {
		width = max(width, len(rc))
	}
	for j := i + 1; j < width; j++ {
		if columnAll(rows, j, func(s string) bool { return isIntCode(s) || isHexCode(s) }) && distinctEnough(rows, j) {
			return true
		}
	}
	return false
}
