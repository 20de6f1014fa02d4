package read

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The reader records the page's own words for whatever names a set or a
// payload; spec/goname turns them into Go names after reading. These
// helpers only look at words: which script a text is in, where an
// identifier's words start, whether a directive's value could be a Go
// name at all.

// hasHan reports whether s contains a Han character.
func hasHan(s string) bool {
	// ASCII bytes are never Han: most texts of English tables end at
	// the byte scan, without decoding a rune.
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	for _, r := range s[i:] {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// asciiWords keeps the ASCII of a heading, every other character a
// space: the words a name can be made of.
func asciiWords(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf {
			b[i] = c
		} else {
			b[i] = ' '
		}
	}
	return string(b)
}

// identWords splits an identifier or header into its words: at every
// character that is not an ASCII letter or digit, at lower→upper case
// changes (appId → app Id), before the last capital of an upper-case
// run followed by a lower-case letter (HTTPStatus → HTTP Status), and
// between letters and digits.
func identWords(s string) []string {
	var words []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || !isAlnumByte(s[i]) {
			if start >= 0 {
				words = append(words, s[start:i])
			}
			start = -1
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		p, c := s[i-1], s[i]
		if isLower(p) && isUpper(c) || isDigit(p) != isDigit(c) ||
			isUpper(p) && isUpper(c) && i+1 < len(s) && isLower(s[i+1]) {
			words = append(words, s[start:i])
			start = i
		}
	}
	return words
}

// lastWord is the last word of an identifier, lower case ("" for none).
func lastWord(s string) string {
	w := identWords(s)
	if len(w) == 0 {
		return ""
	}
	return strings.ToLower(w[len(w)-1])
}

// spells reports whether a name (a merge= directive's PaymentErrors) and
// page words (a heading "Payment errors", a key payment_errors) are the
// same words, whatever their case and separators.
func spells(name, words string) bool {
	a, b := identWords(name), identWords(words)
	if len(a) == 0 || len(a) != len(b) {
		return false
	}
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

// camelKey makes a wire key of page words, as a JSON field would spell
// them: the first word in lower case, every other capitalised
// (Payment + Error Code → paymentErrorCode); an all-capital word stays
// so (HTTP).
func camelKey(words string) string {
	var b strings.Builder
	for i, w := range identWords(words) {
		switch {
		case i == 0 && !allUpper(w):
			b.WriteString(strings.ToLower(w))
		case allUpper(w) && len(w) > 1:
			b.WriteString(w)
		default:
			b.WriteString(strings.ToUpper(w[:1]) + strings.ToLower(w[1:]))
		}
	}
	return b.String()
}

func allUpper(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}

// exportedIdent reports an exported Go identifier of ASCII letters and
// digits: what a directive that names Go code must give.
func exportedIdent(s string) bool {
	if s == "" || !isUpper(s[0]) {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return r >= utf8.RuneSelf || !isAlnumByte(byte(r)) }) < 0
}

func isAlnumByte(c byte) bool { return isDigit(c) || isUpper(c) || isLower(c) }
func isUpper(c byte) bool     { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool     { return 'a' <= c && c <= 'z' }
