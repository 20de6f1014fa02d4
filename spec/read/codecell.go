package read

import (
	"strings"
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
}

// parseCodeCell reads a key cell. In order: one code (quotes, code
// spans and escapes already or here removed); a range (214xx,
// 1003-1005); an integer with thousands separators (2,000 is 2000,
// never the codes 2 and 000); a list ("1003, 2003", "502/503",
// "PENDING or PROCESSING", "E01、E02"), whose separator words never
// become members; and last a code followed by other text ("CARD_DECLINED"
// 402 Do not retry), the code taken and the rest returned.
func parseCodeCell(s string) (codeCell, bool) {
	t := stripQuotes(s)
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
	if c, ok := codeList(t); ok {
		return c, true
	}
	if name, num, ok := namedCode(t); ok {
		return codeCell{one: num, rest: name}, true
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
	if t := stripQuotes(s); isCodeToken(t) {
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
		case spaced && looksLikeCode(p), !spaced && isCodeToken(p) && (len(p) >= 2 || allDigits(p)):
			c.codes = append(c.codes, p)
		default:
			return codeCell{}, false
		}
	}
	return c, true
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

// isSpanRange reports a range written as two integers of the same width
// joined by a dash or tilde, low first: 1003-1005, 2000~2099.
func isSpanRange(s string) bool {
	lo, hi, ok := spanBounds(s)
	return ok && lo < hi
}

func spanBounds(s string) (lo, hi int64, ok bool) {
	if s == "" || !isDigit(s[0]) || allDigits(s) {
		// Most cells: a code or a word, never a span.
		return 0, 0, false
	}
	for _, sep := range []string{"~", "～", "-", "–", "—", "至", "到"} {
		a, b, found := strings.Cut(s, sep)
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		// A hyphen between numbers of unequal width is more often
		// something else (a date part, a phone number); a tilde or 至 is
		// a range whatever the widths ("1~99").
		dash := sep == "-" || sep == "–" || sep == "—"
		if !found || dash && len(a) != len(b) || len(a) > 18 || len(b) > 18 || !allDigits(a) || !allDigits(b) {
			continue
		}
		return atoi64(a), atoi64(b), true
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
