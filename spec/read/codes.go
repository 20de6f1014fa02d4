package read

import (
	"strings"
)

// isCodeToken reports a code as tables write them: an integer (negatives
// included) or one token of ASCII letters, digits, '_', '.', ':' and
// '-' that starts with a letter or digit (PENDING, MC999, pay.failed).
func isCodeToken(s string) bool {
	if s == "" {
		return false
	}
	t := strings.TrimPrefix(s, "-")
	if t == "" || !isLetter(t[0]) && !isDigit(t[0]) {
		return false
	}
	if t != s && !allDigits(t) {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !isLetter(c) && !isDigit(c) && c != '_' && c != '.' && c != ':' && c != '-' {
			return false
		}
	}
	return true
}

// looksLikeCode is the stricter test used to find a key column under a
// header that says nothing: integers, UPPER_SNAKE tokens, dotted codes
// (pay.failed), letters then digits (MC999, E1001), ranges and lists
// of those.
func looksLikeCode(s string) bool {
	if isRange(s) || isSpanRange(s) {
		return true
	}
	if !isCodeToken(s) {
		return false
	}
	t := strings.TrimPrefix(s, "-")
	switch {
	case allDigits(t), isHexCode(t):
		return true
	case isDateOrVersion(t):
		return false
	case strings.Contains(t, ".") && strings.ToLower(t) == t:
		return true
	case strings.ToUpper(t) == t:
		return true // UPPER_SNAKE, MC999, E1001
	}
	return false
}

// isHexCode reports a hexadecimal code as C headers write them:
// 0x0000000B, 0XFF. Its spelling is the code: the leading zeros and the
// letter case say how the provider prints it.
func isHexCode(s string) bool {
	if len(s) < 3 || s[0] != '0' || s[1] != 'x' && s[1] != 'X' {
		return false
	}
	for i := 2; i < len(s); i++ {
		if c := s[i] | 0x20; !isDigit(s[i]) && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// isRange reports a range such as 214xx: digits, then one or more x.
func isRange(s string) bool {
	s = strings.TrimPrefix(s, "-")
	if len(s) > 18 {
		// Its bounds would not fit an int64.
		return false
	}
	d := 0
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	if d == 0 || d == len(s) {
		return false
	}
	for i := d; i < len(s); i++ {
		if s[i] != 'x' && s[i] != 'X' {
			return false
		}
	}
	return true
}

// rangeBounds returns the bounds of a range like 214xx (21400, 21499).
func rangeBounds(s string) (lo, hi int64, ok bool) {
	if lo, hi, ok := spanBounds(s); ok {
		return lo, hi, true
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if len(s) > 18 {
		return 0, 0, false
	}
	for i := 0; i < len(s); i++ {
		d := int64(s[i] - '0')
		if !isDigit(s[i]) {
			d = 0
		}
		lo = lo*10 + d
		if !isDigit(s[i]) {
			d = 9
		}
		hi = hi*10 + d
	}
	if neg {
		lo, hi = -hi, -lo
	}
	return lo, hi, true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// isDateOrVersion reports 2024-01-05, 2024.01.05, 1.2 and 1.2.3: the
// first column of a changelog, never a code.
func isDateOrVersion(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "v"), "V")
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '.' || r == '-' || r == '/' })
	if len(parts) < 2 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if !allDigits(p) || len(p) > 4 {
			return false
		}
	}
	return true
}
