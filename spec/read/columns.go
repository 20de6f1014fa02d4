package read

import (
	"fmt"
	"strings"
	"unicode"

	"codebook.dev/codebook/spec"
)

// column is one column of a table with its role resolved.
type column struct {
	// header is the column's name as an attribute: its header cell, or
	// "column N" when that is empty or repeated.
	header string
	// title is the header cell as written, repeated or not.
	title string
	// group is the upper header cell over the column in a two-level
	// header ("Result" over "Code"), "" otherwise.
	group string
	term  term
	lang  string
	// underKey marks a code column named by the group over it (值
	// under "业务结果 result_code"): its codes may repeat, written on
	// every row of the codes of the next group.
	underKey bool
	// bilingual marks a text column most of whose cells hold two
	// languages (see splitBilingual).
	bilingual bool
	// lettered is the width of a key column's codes with letters
	// between digits (08P01), 0 if it has none (see parseKey).
	lettered int
}

// keyGroup is the part of a table that gives one set: a code column and
// the columns read with it. A table has one, except when it holds
// several code columns: a two-level header's groups (result and reason
// codes side by side), or a main code and its sub-codes.
type keyGroup struct {
	key  int
	cols []int
	// parent is the index of the group whose codes this group's codes
	// refine (sub_code under code), or -1.
	parent int
}

// columns resolves the role and language of every column, from a cols=
// directive or from the headers and cells, and the code columns. It
// returns no groups when the table has no column of codes (reported).
func (r *reader) columns(g *grid, h header, rows [][]cell) ([]column, []keyGroup) {
	if h.data {
		r.diags.Doubtf(spec.Repaired, g.pos, "the table has no header row (its first row is a code and its text); columns read from their cells")
	}
	width := len(h.names)
	for _, rc := range rows {
		width = max(width, len(rc))
	}
	cols := make([]column, width)
	seen := map[string]bool{}
	for i := range cols {
		cols[i].header = fmt.Sprintf("column %d", i+1)
		if i < len(h.groups) {
			cols[i].group = h.groups[i]
		}
		if i < len(h.names) {
			cols[i].term = classify(h.names[i].text)
			cols[i].title = h.names[i].text
			if cols[i].term.role == roleKey || valueHeader(cols[i].title) {
				if t := keyUnder(cols[i].term, cols[i].group); t.role == roleKey {
					cols[i].underKey = t != cols[i].term
					cols[i].term = t
				}
			}
			// Attribute names must be unique: an empty or repeated
			// header is named by its position.
			if name := h.names[i].text; name != "" && !seen[name] {
				cols[i].header = name
				seen[name] = true
			}
		}
	}
	// Extra cells past a header are attributes, not guesses.
	guessable := len(h.names)
	if h.names == nil {
		guessable = width
	}
	if d := g.dir; d != nil && d.cols != nil {
		return r.directiveColumns(g, cols)
	}
	groups := r.pickKeys(g, cols[:guessable], rows)
	if groups == nil {
		return nil, nil
	}
	if k := &cols[groups[0].key].term; h.names == nil && k.key == "" {
		// A table without header is an excerpt of a code list: read
		// as if headed "code", so excerpts under one heading make one
		// set (split by heading when their codes disagree).
		k.key, k.name = "code", "Code"
	}
	for i := range groups {
		groups[i].cols = groupColumns(cols, groups, i)
		cols[groups[i].key].lettered = letteredWidth(rows, groups[i].key)
	}
	for _, kg := range groups {
		if !hasRoleIn(cols, kg.cols, roleText) {
			// Unknown headers and no text column: the words are the texts.
			guessRoles(cols, kg.cols, rows)
		}
	}
	if h.names != nil {
		r.extraTexts(g, cols, groups[0].key, len(h.names), rows)
	}
	behaviourColumns(cols, rows)
	return cols, groups
}

// valueHeader reports a header that says "the values" and leaves the
// field to the group over it: 值, 取值, Value.
func valueHeader(h string) bool {
	return valueWords[h] || normHeader(h) == "value" || normHeader(h) == "values"
}

// keyUnder names a code column by the group over it when the group names
// codes itself ("应答码" over "代码", "附加码" over "代码"): the group says
// which code the column holds, and whether it refines the main code.
func keyUnder(t term, group string) term {
	if group == "" {
		return t
	}
	if g := classify(group); g.role == roleKey {
		g.lang = t.lang
		return g
	}
	return t
}

// directiveColumns applies a cols= directive: it fixes every column's
// role, so the table is read as one set whatever its cells look like.
func (r *reader) directiveColumns(g *grid, cols []column) ([]column, []keyGroup) {
	d := g.dir
	if len(d.cols) != len(cols) {
		r.diags.Errorf(d.pos, "directive cols= names %d columns but the table has %d", len(d.cols), len(cols))
		return nil, nil
	}
	if n := countRole(d.cols, roleKey); n != 1 {
		r.diags.Errorf(d.pos, "directive cols= names %d key columns; want exactly one", n)
		return nil, nil
	}
	kg := keyGroup{parent: -1}
	for i, c := range d.cols {
		cols[i].term = term{role: c.role, lang: c.lang}
		if c.role == roleKey {
			k := classify(cols[i].header)
			cols[i].term.key, cols[i].term.name = k.key, k.name
			kg.key = i
		}
		kg.cols = append(kg.cols, i)
	}
	return cols, []keyGroup{kg}
}

// groupColumns returns the columns group i reads: with a two-level
// header, the columns under the same upper cell; with a main code and
// sub-codes, the columns from its code column to the next; in both
// cases also the columns that belong to no group (a grouping column
// before the first code column).
func groupColumns(cols []column, groups []keyGroup, i int) []int {
	if len(groups) == 1 {
		out := make([]int, len(cols))
		for j := range out {
			out[j] = j
		}
		return out
	}
	owner := make([]int, len(cols))
	for j := range owner {
		owner[j] = -1
	}
	for gi, kg := range groups {
		owner[kg.key] = gi
	}
	byGroup := cols[groups[0].key].group != "" && cols[groups[0].key].group != cols[groups[1].key].group
	for j := range cols {
		if owner[j] >= 0 {
			continue
		}
		for gi, kg := range groups {
			switch {
			case byGroup && cols[j].group == cols[kg.key].group:
				owner[j] = gi
			case !byGroup && j > kg.key:
				owner[j] = gi
			}
		}
	}
	var out []int
	for j := range cols {
		if owner[j] == i || owner[j] == -1 {
			out = append(out, j)
		}
	}
	return out
}

// pickKeys finds the code columns. A column is a code column when its
// header names codes and its cells are codes, mostly distinct (a column
// of repeated values, such as S/F or Yes/No, is never a key). Several:
// the groups of a two-level header each give a set, sub-code columns
// give sets refining the main code, and otherwise the first wins and the
// rest are attributes. No code header: the first column whose cells all
// look like codes, with a warning, unless the table's headers say it is
// a parameter or field list. No code column: the table is skipped with
// a warning that names the directive to force it.
func (r *reader) pickKeys(g *grid, cols []column, rows [][]cell) []keyGroup {
	hasSub := false
	for i := range cols {
		if cols[i].term.role == roleKey && cols[i].term.sub && codeColumn(rows, i, false) {
			hasSub = true
		}
	}
	var keys []int
	for i := range cols {
		if cols[i].term.role == roleKey && codeColumn(rows, i, hasSub && !cols[i].term.sub || cols[i].underKey) {
			keys = append(keys, i)
		}
	}
	if len(keys) == 0 {
		if k := r.guessKey(g, cols, rows); k >= 0 {
			keys = []int{k}
		} else if k := r.contentKey(g, cols, rows); k >= 0 {
			keys = []int{k}
		}
	}
	if len(keys) == 0 {
		r.skipTable(g, cols)
		return nil
	}
	keys = r.keepKeys(cols, keys, rows)
	for i := range cols {
		if cols[i].term.role == roleKey && !containsInt(keys, i) && columnHasHan(rows, i) && distinctEnough(rows, i) {
			// "状态" beside the key "state", holding 已签收, 运输中: the
			// names of the codes, not codes.
			cols[i].term.role = roleText
			continue
		}
		if cols[i].term.role == roleKey && !containsInt(keys, i) {
			cols[i].term.role = roleAttr
			if columnAll(rows, i, isHTTPStatus) {
				// 状态码 beside 错误码: the HTTP status of each code.
				cols[i].term.beh = behHTTP
			}
		}
	}
	groups := make([]keyGroup, len(keys))
	for i, k := range keys {
		groups[i] = keyGroup{key: k, parent: -1}
		if i > 0 && (cols[k].term.sub || cols[keys[0]].underKey && !distinctEnough(rows, keys[0])) {
			// Sub-codes, or a two-level header whose first code repeats
			// down the rows of the second's (FAIL over its reasons).
			groups[i].parent = 0
		}
	}
	return groups
}

// skipTable says why a table gives no codes: a list of fields or
// parameters (its headers say so), or no column of distinct codes.
func (r *reader) skipTable(g *grid, cols []column) {
	const force = "to read it, mark its columns with a directive such as <!-- codebook: cols=key,text -->"
	for _, c := range cols {
		if c.term.role == roleParam {
			r.diags.Doubtf(spec.Skipped, g.pos, "table skipped: its %q column marks a list of fields, parameters or changes, not codes; %s", c.title, force)
			return
		}
	}
	r.diags.Doubtf(spec.Skipped, g.pos, "table skipped: no column of distinct codes (not a code table?); %s", force)
}

// isHTTPStatus reports a three-digit HTTP status code.
func isHTTPStatus(s string) bool {
	n, ok := parseHTTPStatus(s)
	return ok && len(s) == 3 && n >= 100
}

// keepKeys decides which of several code columns give sets of their own.
func (r *reader) keepKeys(cols []column, keys []int, rows [][]cell) []int {
	if len(keys) < 2 {
		return keys
	}
	groups := map[string]bool{}
	for _, k := range keys {
		groups[cols[k].group] = true
	}
	if cols[keys[0]].group != "" && len(groups) == len(keys) {
		return keys
	}
	out := []int{}
	for _, k := range keys {
		if len(out) == 0 && !cols[k].term.sub || len(out) > 0 && cols[k].term.sub {
			out = append(out, k)
		}
	}
	if len(out) == 0 {
		out = keys[:1]
	}
	if len(out) == 1 && len(keys) > 1 {
		// Two columns that both name codes (状态码 and 错误码): the one
		// with the most distinct values is the key; an HTTP status
		// repeats across the codes it covers.
		best, most := out[0], distinctCount(rows, out[0])
		for _, k := range keys {
			n := distinctCount(rows, k)
			if n > most || n == most && columnAll(rows, best, isHTTPStatus) && !columnAll(rows, k, isHTTPStatus) {
				best, most = k, n
			}
		}
		out[0] = best
	}
	return out
}

func distinctCount(rows [][]cell, i int) int {
	seen := map[string]bool{}
	for _, rc := range rows {
		if i < len(rc) && !isBlank(rc[i].text) {
			seen[rc[i].text] = true
		}
	}
	return len(seen)
}

// guessKey finds the code column of a table whose headers name none:
// the first unknown or symbol column whose cells all look like codes,
// mostly distinct, and are not dates or versions.
func (r *reader) guessKey(g *grid, cols []column, rows [][]cell) int {
	for i := range cols {
		if cols[i].term.role == roleParam {
			return -1
		}
	}
	for i := range cols {
		if cols[i].term.beh == behHTTP || !columnAll(rows, i, codeOrList) || !distinctEnough(rows, i) {
			continue
		}
		if cols[i].term.role == roleSymbol && numbersAfter(rows, i) {
			// "Constant | Hex": the names of the numbers beside them.
			continue
		}
		told := g.dir != nil && (g.dir.key != "" || g.dir.name != "")
		if !told && (!keyPlace(cols, rows, i) || ordinals(rows, i) || !hasWords(rows, i)) {
			// Amounts beside a tier name, attempt numbers beside a wait:
			// numbers, but not codes (unless a directive names the set).
			return -1
		}
		// A header the vocabulary reads otherwise ("Result", "endReason")
		// still names the column; its identifier is the wire key.
		t := term{role: roleKey}
		if ident := identifier(asciiOf(cols[i].title)); ident != "" {
			t.key, t.name = wireKey(ident), ident
		}
		r.tookKey(g, cols, i, t)
		return i
	}
	return -1
}

// codeOrList reports a cell that looks like a code on its own, lists
// several ("GW:2001、GW:2002", "RJ:01/RJ:02"), names one ("READY (0)")
// or gives one and its text ("409 -- Conflict").
func codeOrList(s string) bool {
	if _, _, ok := namedCode(s); ok || looksLikeCode(s) {
		return true
	}
	if _, _, ok := decoratedCode(s); ok {
		// "409 -- Conflict": a code and its text.
		return true
	}
	if t := keyCellText(s); t != stripQuotes(s) && isCodeToken(t) {
		// "InvalidRequest:": a code defined by the cell beside it.
		return true
	}
	c, ok := codeList(s)
	return ok && len(c.codes) > 1
}

// keyPlace reports a column that can hold a table's codes without a
// header saying so: the first column, or one after grouping columns
// (values repeated or left blank under a label) or a column the header
// names as the symbol.
func keyPlace(cols []column, rows [][]cell, i int) bool {
	for j := 0; j < i; j++ {
		if cols[j].term.role != roleSymbol && distinctEnough(rows, j) && !hasBlanks(rows, j) {
			return false
		}
	}
	return true
}

func hasBlanks(rows [][]cell, i int) bool {
	for _, rc := range rows {
		if i >= len(rc) || isBlank(rc[i].text) {
			return true
		}
	}
	return false
}

// ordinals reports a column counting 0 or 1 upwards: row numbers,
// attempts, steps.
func ordinals(rows [][]cell, i int) bool {
	want := int64(-1)
	for _, rc := range rows {
		if i >= len(rc) || !isIntCode(rc[i].text) || len(rc[i].text) > 3 {
			return false
		}
		n := atoi64(strings.TrimPrefix(rc[i].text, "-"))
		if want < 0 && n <= 1 {
			want = n
		}
		if n != want {
			return false
		}
		want++
	}
	return len(rows) > 1
}

// hasWords reports a table whose other columns hold words in most rows:
// a code table explains its codes.
func hasWords(rows [][]cell, key int) bool {
	n := 0
	for _, rc := range rows {
		for j, c := range rc {
			if j != key && hasWord(c.text) {
				n++
				break
			}
		}
	}
	return 2*n >= len(rows)
}

// hasWord reports a text with a word of three letters or more, or with
// Han characters.
func hasWord(s string) bool {
	run := 0
	for _, r := range s {
		switch {
		case r >= 0x80 && unicode.IsLetter(r):
			return true
		case r < 0x80 && unicode.IsLetter(r):
			if run++; run >= 3 {
				return true
			}
		default:
			run = 0
		}
	}
	return false
}

// asciiOf is the ASCII part of a header ("错误码(code)" → "code").
func asciiOf(h string) string {
	a, _ := splitScripts(h)
	return a
}

// codeColumn reports a column whose cells are codes: most non-empty
// cells read as codes, and (unless repeats are allowed, for a main code
// written on every row of its sub-codes) most are distinct.
func codeColumn(rows [][]cell, i int, repeats bool) bool {
	n, ok := 0, 0
	for _, rc := range rows {
		if i >= len(rc) || isBlank(rc[i].text) {
			continue
		}
		n++
		if codeLike(rc[i].text) {
			ok++
		}
	}
	if n == 0 || 5*ok < 4*n {
		return false
	}
	return repeats || distinctEnough(rows, i)
}

// distinctEnough reports a column whose values mostly differ: a column
// of repeated values (M, Yes, String, S) is an attribute, never a key.
func distinctEnough(rows [][]cell, i int) bool {
	// The first distinctSample values decide: a code column is distinct
	// from its first rows, and a long table need not pay for a set of
	// all its values.
	const distinctSample = 128
	n := 0
	for _, rc := range rows {
		if i < len(rc) && !isBlank(rc[i].text) {
			if n++; n == distinctSample {
				break
			}
		}
	}
	if n <= 2 {
		return n > 0
	}
	// Stop as soon as more than half are known to differ: a real code
	// column gets there halfway down.
	seen := make(map[string]struct{}, n/2+1)
	for _, rc := range rows {
		if i < len(rc) && !isBlank(rc[i].text) {
			seen[rc[i].text] = struct{}{}
			if 2*len(seen) > n {
				return true
			}
		}
	}
	return false
}

// columnAll reports whether every non-blank cell of column i passes ok,
// and at least one is non-blank.
func columnAll(rows [][]cell, i int, ok func(string) bool) bool {
	seen := false
	for _, rc := range rows {
		if i >= len(rc) || isBlank(rc[i].text) {
			continue
		}
		if !ok(rc[i].text) {
			return false
		}
		seen = true
	}
	return seen
}

// guessRoles gives columns with unknown headers a role once the key is
// known: a column of UPPER_SNAKE tokens is the symbol, the first column
// of each language is its text, the rest are attributes.
func guessRoles(cols []column, idx []int, rows [][]cell) {
	symbol := hasRoleIn(cols, idx, roleSymbol)
	for _, i := range idx {
		if cols[i].term.role != roleUnknown {
			continue
		}
		if !symbol && columnAll(rows, i, isSymbol) {
			cols[i].term.role, symbol = roleSymbol, true
			continue
		}
		cols[i].term.role = roleText
	}
}

// behaviourColumns marks attribute columns whose cells are all result
// statuses (S/F/U, SUCCESS/FAIL) as the result-status column, whatever
// their header ("Status", "状态").
func behaviourColumns(cols []column, rows [][]cell) {
	for i := range cols {
		c := &cols[i]
		if c.term.role == roleAttr && c.term.beh == behNone && columnAll(rows, i, func(s string) bool { return parseResult(s) != 0 }) {
			c.term.beh = behResult
		}
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

func hasRoleIn(cols []column, idx []int, ro role) bool {
	for _, i := range idx {
		if cols[i].term.role == ro {
			return true
		}
	}
	return false
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
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

// textLangs fixes the language of each text column of a group: a
// directive, then the vocabulary (英文描述 is English), then the cells
// (any Han character makes it Chinese), then the header: a Chinese
// header over Latin cells is an untranslated copy, read as a fallback
// for the English text, unless another text column has the Chinese
// (错误信息 in English beside 说明 in Chinese: the English text). A
// second text column in a language already taken becomes an attribute;
// a remark column in Chinese beside English texts only gives the Chinese
// text.
func textLangs(t *table, cols []column, idx []int, rows [][]cell) {
	var dirLangs []string
	if t.dir != nil {
		dirLangs = t.dir.langs
	}
	han := make([]bool, len(cols))
	hanCells := false
	for _, i := range idx {
		if cols[i].term.role == roleText || cols[i].term.remark {
			han[i] = columnHasHan(rows, i)
		}
		if cols[i].term.role == roleText && cols[i].term.lang == "" && han[i] {
			hanCells = true
		}
	}
	taken := map[string]bool{}
	n := 0
	for _, i := range idx {
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
		case han[i] || hasHan(c.header) && !hanCells:
			c.lang = "zh"
		default:
			c.lang = "en"
		}
		if c.lang == "zh" {
			c.lang = columnScript(rows, i)
		}
		c.bilingual = bilingualColumn(rows, i)
		n++
		if taken[c.lang] {
			c.term.role = roleAttr
			continue
		}
		taken[c.lang] = true
		t.langs = append(t.langs, c.lang)
	}
	if dirLangs == nil && taken["en"] && !taken["zh"] {
		for _, i := range idx {
			if c := &cols[i]; c.term.remark && han[i] {
				c.term.role, c.lang = roleText, "zh"
				t.langs = append(t.langs, "zh")
				break
			}
		}
	}
}

// columnHasHan reports a column most of whose cells hold Han text: one
// Chinese word in an English column does not make it Chinese.
func columnHasHan(rows [][]cell, i int) bool {
	n, han := 0, 0
	for _, rc := range rows {
		if i >= len(rc) || rc[i].text == "" {
			continue
		}
		n++
		if hasHan(rc[i].text) {
			han++
		}
	}
	return han > 0 && 2*han >= n
}
