// Package langtag holds what codebook knows about BCP 47 language tags:
// which tags are well-formed, their canonical spelling, and which
// Chinese script a text is written in. The reader uses it for lang=
// directives and for text columns; gen for the fallback chain of the
// generated Message.
package langtag

import "strings"

// Valid reports whether tag is a well-formed BCP 47 tag (RFC 5646,
// section 2.1): a language of 2-3 letters with up to three extended
// subtags, or of 5-8 letters; an optional script (4 letters), region (2
// letters or 3 digits), variants, extensions and a private-use part.
// Case does not matter; "_" is not a separator. Grandfathered tags
// (i-klingon) are not accepted: no provider writes them.
func Valid(tag string) bool {
	subs := strings.Split(tag, "-")
	lang := subs[0]
	if !alpha(lang) || len(lang) < 2 || len(lang) > 8 || len(lang) == 4 {
		return false
	}
	i := 1
	if len(lang) <= 3 {
		for n := 0; n < 3 && i < len(subs) && len(subs[i]) == 3 && alpha(subs[i]); n++ {
			i++ // extlang
		}
	}
	if i < len(subs) && len(subs[i]) == 4 && alpha(subs[i]) {
		i++ // script
	}
	if i < len(subs) && (len(subs[i]) == 2 && alpha(subs[i]) || len(subs[i]) == 3 && digits(subs[i])) {
		i++ // region
	}
	for i < len(subs) && variant(subs[i]) {
		i++
	}
	for i < len(subs) && len(subs[i]) == 1 && subs[i] != "x" && subs[i] != "X" && alnum(subs[i]) {
		// extension: a singleton and one or more subtags of 2-8
		i++
		n := 0
		for i < len(subs) && len(subs[i]) >= 2 && len(subs[i]) <= 8 && alnum(subs[i]) {
			i, n = i+1, n+1
		}
		if n == 0 {
			return false
		}
	}
	if i < len(subs) && (subs[i] == "x" || subs[i] == "X") {
		i++
		n := 0
		for i < len(subs) && len(subs[i]) >= 1 && len(subs[i]) <= 8 && alnum(subs[i]) {
			i, n = i+1, n+1
		}
		if n == 0 {
			return false
		}
	}
	return i == len(subs)
}

// Canonical spells a valid tag as the registry does: the language and
// most subtags in lower case, a script in title case (Hant), a region in
// upper case (TW). zh-hant-tw → zh-Hant-TW.
func Canonical(tag string) string {
	subs := strings.Split(tag, "-")
	ext := false // past a singleton every subtag is lower case
	for i, s := range subs {
		switch {
		case i == 0 || ext || len(s) == 1:
			ext = ext || len(s) == 1
			s = strings.ToLower(s)
		case len(s) == 4 && alpha(s) && i <= 4:
			s = strings.ToUpper(s[:1]) + strings.ToLower(s[1:])
		case len(s) == 2 && alpha(s):
			s = strings.ToUpper(s)
		default:
			s = strings.ToLower(s)
		}
		subs[i] = s
	}
	return strings.Join(subs, "-")
}

// Base returns the language subtag of a tag: zh-Hant-TW → zh.
func Base(tag string) string {
	base, _, _ := strings.Cut(tag, "-")
	return strings.ToLower(base)
}

func variant(s string) bool {
	return len(s) >= 5 && len(s) <= 8 && alnum(s) || len(s) == 4 && isDigit(s[0]) && alnum(s)
}

func alpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) {
			return false
		}
	}
	return s != ""
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func alnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) && !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func isAlpha(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
