package read

import (
	"strings"
	"unicode"
)

// codeCell is what a key cell says: its codes and ranges, text after
// the code in a cell that swallowed its neighbours' pipes, and a note
// on any repair made to read it.
type codeCell struct {
	// one is the code of a cell that holds one, the usual case, kept
	// out of codes so that reading it allocates nothing.
	one    string
	codes  []string
	ranges []string
	rest   string
	note   string
	// text marks a rest that is the code's text ("409 -- Conflict"),
	// not swallowed cells or a name.
	text bool
}

// parseCodeCell reads a key cell. In order: one code (quotes, code
// spans, escapes and a trailing colon already or here removed); a range
// (214xx, 1003-1005, -4090001 ~ 4); an integer with thousands
// separators (2,000 is 2000, never the codes 2 and 000); a code with a
// stray space inside it (100 2); a list ("1003, 2003", "502/503",
// "PENDING or PROCESSING", "E01、E02"), whose separator words never
// become members; a code named after its integer ("LINK_READY (0)"); a
// code and its text after a dash or colon ("409 -- Conflict"); and last
// a code followed by other text ("CARD_DECLINED" 402 Do not retry, "1
// or any other number"), the code taken and the rest returned.
func parseCodeCell(s string) (codeCell, bool) {
	t := keyCellText(s)
	switch {
	case t == "":
		return codeCell{}, false
	case isRange(t) || isSpanRange(t):
		return codeCell{ranges: []string{t}}, true
	case isCodeToken(t):
		return codeCell{one: t}, true
	case isThousands(t):
		return codeCell{one: strings.ReplaceAll(t, ",", ""), note: "thousands separators removed"}, true
	}
	if j, ok := strayedCode(t); ok {
		return codeCell{one: j, note: "stray space inside the code removed"}, true
	}
	if c, ok := codeList(t); ok {
		return c, true
	}
	if name, num, ok := namedCode(t); ok {
		return codeCell{one: num, rest: name}, true
	}
	if code, text, ok := decoratedCode(t); ok {
		return codeCell{one: code, rest: text, text: true}, true
	}
	if f := strings.Fields(t); len(f) > 1 {
		if first := stripQuotes(strings.TrimRight(f[0], ",;:，；：")); looksLikeCode(first) {
			rest := strings.TrimSpace(t[strings.Index(t, f[0])+len(f[0]):])
			rest = strings.TrimLeft(rest, ",;:，；：-–— ")
			return codeCell{one: first, rest: rest, note: "the cell holds more than a code; took " + quote(first) + " and kept the rest"}, true
		}
	}
	return codeCell{}, false
}

// keyCellText is a key cell without its wrapping: quotes and code spans, and
// a trailing colon ("InvalidRequest:", a definition's punctuation, not
// part of the code).
func keyCellText(s string) string {
	t := stripQuotes(s)
	if u := strings.TrimSpace(strings.TrimRight(t, ":：")); u != t && u != "" && !strings.ContainsAny(u, " \t") {
		return stripQuotes(u)
	}
	return t
}

// strayedCode reads a code cut by a stray space: integer parts of
// unequal widths ("100 2", never the list "2001 2002"), a token part
// ending or starting with an underscore ("INVALID_ PARAM"), or capital
// letters and a number ("E 1001").
func strayedCode(s string) (string, bool) {
	a, b, ok := strings.Cut(s, " ")
	if !ok || a == "" || b == "" || strings.ContainsRune(b, ' ') {
		return "", false
	}
	switch {
	case allDigits(a) && allDigits(b) && len(a) != len(b):
	case isCodeToken(a) && isCodeToken(b) && (strings.HasSuffix(a, "_") || strings.HasPrefix(b, "_")):
	case a == upper(a) && identifier(a) == a && !strings.ContainsAny(a, "_0123456789") && allDigits(b):
		// "E 1001", "ERR 1001": a prefix and its number.
	default:
		return "", false
	}
	return a + b, true
}

// decoratedCode reads a key cell that gives its code and then its text
// after a dash or a colon: "409 -- Conflict", "E01: Bad sign",
// "InvalidRequest - The request is invalid".
func decoratedCode(s string) (code, text string, ok bool) {
	code, rest, found := strings.Cut(strings.TrimSpace(s), " ")
	if !found {
		return "", "", false
	}
	rest = strings.TrimSpace(rest)
	mark, after, _ := strings.Cut(rest, " ")
	switch {
	case strings.HasSuffix(code, ":") || strings.HasSuffix(code, "："):
		code = strings.TrimRight(code, ":：")
	case mark == "-" || mark == "--" || mark == "–" || mark == "—" || mark == ":" || mark == "：":
		rest = strings.TrimSpace(after)
	default:
		return "", "", false
	}
	code = stripQuotes(code)
	if !looksLikeCode(code) && !camelCode(code) || !strings.ContainsFunc(rest, unicode.IsLetter) {
		return "", "", false
	}
	return code, rest, true
}

// namedCode reads a code written as its name with the integer after it
// in parentheses ("LINK_READY (0)", "LINK_HEAD(1)"): the integer is the
// code, the name its symbol.
func namedCode(s string) (name, num string, ok bool) {
	i := strings.LastIndexByte(s, '(')
	if i <= 0 || !strings.HasSuffix(s, ")") {
		return "", "", false
	}
	name, num = strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:len(s)-1])
	if !isIntCode(num) || identifier(name) == "" {
		return "", "", false
	}
	return name, num, true
}

func quote(s string) string { return `"` + s + `"` }

// codeLike reports a key cell that parseCodeCell can read.
func codeLike(s string) bool {
	if t := keyCellText(s); isCodeToken(t) {
		return true
	}
	_, ok := parseCodeCell(s)
	return ok
}

// listSeparators split a cell listing several codes. Words are matched
// as whole words only.
var listWords = map[string]bool{"or": true, "and": true, "或": true, "和": true, "及": true, "或者": true, "&": true}

// codeList reads a cell listing several codes or ranges. Every part must
// be a code: with only spaces between them, a code that looks like one
// on its own (2001 2002, E01 E02), so a sentence is never a list.
func codeList(s string) (codeCell, bool) {
	var c codeCell
	spaced := true
	parts := strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case ',', '/', '、', '，', ';', '；', '|':
			spaced = false
			return true
		}
		return r == ' ' || r == '\t'
	})
	var kept []string
	for _, p := range parts {
		p = stripQuotes(p)
		if listWords[strings.ToLower(p)] {
			spaced = false
			continue
		}
		// A Chinese separator glued to its codes: "E01或E02".
		for _, w := range []string{"或者", "或", "和", "及"} {
			if a, b, ok := strings.Cut(p, w); ok && a != "" && b != "" {
				kept = append(kept, a)
				p = b
				spaced = false
			}
		}
		kept = append(kept, p)
	}
	if len(kept) < 2 {
		return c, false
	}
	for _, p := range kept {
		switch {
		case isRange(p) || isSpanRange(p):
			c.ranges = append(c.ranges, p)
		case spaced && looksLikeCode(p), !spaced && isCodeToken(p) && (len(p) >= 2 || allDigits(p)) && (looksLikeCode(p) || codeClass(p) == codeClass(kept[0])):
			c.codes = append(c.codes, p)
		default:
			return codeCell{}, false
		}
	}
	return c, true
}

// codeClass sorts a list's parts: integers, upper-case tokens, others.
// A list of lower-case codes ("pending, processing") is one class; "1
// or any other number" mixes an integer with words, which are no codes.
func codeClass(s string) int {
	switch {
	case isIntCode(s):
		return 1
	case s == upper(s):
		return 2
	}
	return 3
}

// stripQuotes removes the quotes, code-span backticks and brackets pages
// wrap codes in: "INVALID", 'E1', “E2”, `E3`, [E4].
func stripQuotes(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range [][2]string{{`"`, `"`}, {"'", "'"}, {"“", "”"}, {"‘", "’"}, {"`", "`"}, {"「", "」"}} {
		if len(s) > len(p[0])+len(p[1]) && strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) {
			return strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		}
	}
	return s
}

// isThousands reports an integer written with thousands separators:
// 1-3 digits, then groups of three.
func isThousands(s string) bool {
	s = strings.TrimPrefix(s, "-")
	groups := strings.Split(s, ",")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return false
		}
	}
	return true
}

// isSpanRange reports a range written as two integers joined by a
// dash, a tilde or "to", low first: 1003-1005, 2000~2099, 1000 to 1999,
// -4090001 ~ 4 (the upper bound written as the digits it changes).
func isSpanRange(s string) bool {
	lo, hi, ok := spanBounds(s)
	return ok && lo < hi
}

func spanBounds(s string) (lo, hi int64, ok bool) {
	t := strings.TrimPrefix(s, "-")
	neg := t != s
	if t == "" || !isDigit(t[0]) || allDigits(t) {
		// Most cells: a code or a word, never a span.
		return 0, 0, false
	}
	for _, sep := range []string{"~", "～", "-", "–", "—", "至", "到", " to "} {
		a, b, found := strings.Cut(t, sep)
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		bNeg := strings.HasPrefix(b, "-")
		b = strings.TrimPrefix(b, "-")
		// A hyphen between numbers of unequal width is more often
		// something else (a date part, a phone number); a tilde or 至 is
		// a range whatever the widths ("1~99").
		dash := sep == "-" || sep == "–" || sep == "—"
		if !found || bNeg && !neg || neg && !bNeg && dash || dash && len(a) != len(b) || len(a) > 18 || len(b) > 18 || !allDigits(a) || !allDigits(b) {
			continue
		}
		lo, hi = atoi64(a), atoi64(b)
		if hi < lo && len(b) < len(a) {
			// "-4090001 ~ 4": the last digits of the upper bound.
			hi = atoi64(a[:len(a)-len(b)] + b)
		}
		if neg {
			// "-4090001 ~ 4", "-1005 ~ -1001": both bounds negative,
			// the lower one either side.
			lo, hi = min(-lo, -hi), max(-lo, -hi)
		}
		return lo, hi, true
	}
	return 0, 0, false
}

func atoi64(s string) int64 {
	var n int64
	for i := 0; i < len(s); i++ {
		n = n*10 + int64(s[i]-'0')
	}
	return n
}

// isBlank reports an empty cell or a placeholder that means "none":
// -, —, N/A, 无.
func isBlank(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > len("none") {
		// Every placeholder is short; most cells are not, and skip
		// the case folding.
		return false
	}
	switch s {
	case "", "-", "--", "—", "–", "无", "空", "/":
		return true
	}
	for _, p := range [...]string{"n/a", "na", "none", "null"} {
		if strings.EqualFold(s, p) {
			return true
		}
	}
	return false
}

// parseKey reads a key cell of column c as parseCodeCell does, except
// that in a column of codes with letters between digits (SQLSTATE 08P01,
// 42P01) a cell of their width ending in X is a code (2201X), not the
// range 22010-22019.
func (c *column) parseKey(s string) (codeCell, bool) {
	cc, ok := parseCodeCell(s)
	if ok && c.lettered > 0 && cc.one == "" && len(cc.codes) == 0 && len(cc.ranges) == 1 && len(cc.ranges[0]) == c.lettered && isRange(cc.ranges[0]) {
		return codeCell{one: cc.ranges[0]}, true
	}
	return cc, ok
}

// letteredWidth is the width of the codes of column i that have a
// letter between digits (08P01), or 0 when it has none.
func letteredWidth(rows [][]cell, i int) int {
	for _, rc := range rows {
		if i < len(rc) && innerLetter(rc[i].text) {
			return len(rc[i].text)
		}
	}
	return 0
}

// innerLetter reports a code token with a letter between two digits.
func innerLetter(s string) bool {
	if !isCodeToken(s) || isRange(s) {
		return false
	}
	for i := 1; i+1 < len(s); i++ {
		if isLetter(s[i]) && isDigit(s[i-1]) && strings.IndexFunc(s[i+1:], func(r rune) bool { return r < 0x80 && isDigit(byte(r)) }) >= 0 {
			return true
		}
	}
	return false
}
