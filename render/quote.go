package render

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"codebook.dev/codebook/gen"
)

// JSString returns s as a double-quoted literal that is valid JSON and
// valid JavaScript and TypeScript, and that nothing in s can leave:
// quotes and backslashes are escaped; backquotes and ${ are plain
// characters between double quotes; line breaks, < > & (so that
// </script> and <!-- cannot end an inline script) and every character
// gen never writes raw (gen.NeedsEscape: bidi controls, U+2028 and
// U+2029, other format characters) are \u escapes; invalid UTF-8
// becomes U+FFFD, as in gen.Clean.
func JSString(s string) string {
	s = gen.Clean(s)
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r == '<' || r == '>' || r == '&' || gen.NeedsEscape(r):
			b = appendUnicodeEscape(b, r)
		default:
			b = append(b, s[i-size:i]...)
		}
	}
	return string(append(b, '"'))
}

// appendUnicodeEscape writes r as \uXXXX, or as a surrogate pair of them
// above the Basic Multilingual Plane, as JSON and JavaScript spell it.
func appendUnicodeEscape(b []byte, r rune) []byte {
	if r1, r2 := utf16.EncodeRune(r); r1 != utf8.RuneError {
		b = appendU4(b, r1)
		return appendU4(b, r2)
	}
	return appendU4(b, r)
}

func appendU4(b []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	return append(b, '\\', 'u', hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
}

// TSKey returns name as a property name of a TypeScript object literal
// or interface: bare when it is an ASCII identifier, else quoted.
// "__proto__" is written as a computed name, since in an object literal
// the bare or quoted form sets the prototype instead of a property.
func TSKey(name string) string {
	if name == "__proto__" {
		return `["__proto__"]`
	}
	if isJSIdent(name) {
		return name
	}
	return JSString(name)
}

func isJSIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// TSComment returns text for one line of a /** */ comment: gen's
// one-line sanitising (escapes for controls and bidi characters, line
// breaks joined), and "*/" broken so that it cannot end the comment.
func TSComment(text string) string {
	return strings.ReplaceAll(gen.OneLine(text), "*/", `*\/`)
}

// GoString returns text as a Go string literal (gen.Quote).
func GoString(text string) string { return gen.Quote(text) }
