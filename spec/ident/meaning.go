package ident

import (
	"strings"
	"unicode"
)

// TypoSized reports whether two texts of one code differ by no more than
// a typo: the measure that tells a corrected spelling from a new
// meaning.
//
// The measure is an edit distance over the texts' characters after case
// folding, with runs of spaces and punctuation counted as one space.
// Inserting, deleting or replacing a Latin letter or digit costs 1; a
// Han character costs 2, because one Han character carries about as much
// meaning as a short word (黑名单 → 白名单 is one character and the
// opposite meaning). An edit is typo-sized when it costs at most 2 and
// at most one eighth of the longer text's length in characters:
// "Insufficent balance" → "Insufficient balance" (cost 1 of 20) is a
// typo; "blacklist" → "whitelist" (cost 5) and any change of a Han
// character in a text of fewer than 16 characters are not.
//
// A change of word forms is typo-sized too: the same number of words,
// each the same, one typo-sized edit apart, or one a Latin prefix of at
// least four letters of the other ("Request sign error" → "Request
// signature error", "Refund is process" → "Refund is processing").
func TypoSized(a, b string) bool {
	x, y := fold(a), fold(b)
	if string(x) == string(y) {
		return true
	}
	return small(x, y) || sameWordForms(string(x), string(y))
}

func small(x, y []rune) bool {
	d := distance(x, y)
	return d <= 2 && 8*d <= max(len(x), len(y))
}

func sameWordForms(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		x, y := wa[i], wb[i]
		short, long := x, y
		if len(x) > len(y) {
			short, long = y, x
		}
		switch {
		case x == y, small([]rune(x), []rune(y)):
		case len(short) >= 4 && strings.HasPrefix(long, short) && latin(short):
		default:
			return false
		}
	}
	return true
}

func latin(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// fold lower-cases s and turns every run of spaces and punctuation into
// one space, trimmed at both ends.
func fold(s string) []rune {
	var out []rune
	gap := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if gap && len(out) > 0 {
				out = append(out, ' ')
			}
			gap = false
			out = append(out, r)
			continue
		}
		gap = true
	}
	return out
}

func cost(r rune) int {
	if unicode.Is(unicode.Han, r) {
		return 2
	}
	return 1
}

// distance is the weighted Levenshtein distance of a and b (see
// TypoSized), computed in one row of memory. Texts longer than a few
// hundred characters are compared by their lengths' difference alone
// after a cheap prefix and suffix trim, since their edit would not be
// typo-sized anyway.
func distance(a, b []rune) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) > 256 || len(b) > 256 {
		return max(len(a), len(b))
	}
	row := make([]int, len(b)+1)
	for j := 1; j <= len(b); j++ {
		row[j] = row[j-1] + cost(b[j-1])
	}
	for i := 1; i <= len(a); i++ {
		diag := row[0]
		row[0] += cost(a[i-1])
		for j := 1; j <= len(b); j++ {
			up := row[j]
			sub := diag
			if a[i-1] != b[j-1] {
				sub += max(cost(a[i-1]), cost(b[j-1]))
			}
			row[j] = min(sub, up+cost(a[i-1]), row[j-1]+cost(b[j-1]))
			diag = up
		}
	}
	return row[len(b)]
}
