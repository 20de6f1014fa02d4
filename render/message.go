package render

import (
	"strconv"
	"strings"
)

// The texts a template writes for a language follow the Go package's
// Message exactly (gen/set_message.go, spec.Spec.Languages, gen/set_range.go),
// so that a front end shows what a Go service logs:
//
//   - a BCP 47 tag picks a language of Data.Langs by its longest prefix
//     of whole subtags, ASCII case-insensitive (zh-Hant-TW → zh); any
//     other tag gets the first, the fallback;
//   - a set without text in that language uses its first text language;
//   - a member without text there (blank is none) gets its text in the
//     set's first text language it has one in;
//   - a code outside the spec gets the text of the first documented range
//     that holds it (integer sets), in that language or else the first
//     language the range has text in; else "".
//
// message_test.go checks these against the generated package.

// LangIndex returns the position in langs of the language a BCP 47 tag
// asks for: the longest prefix of whole subtags (cut at '-' or '_') that
// equals a language, ASCII case-insensitive, else 0.
func LangIndex(langs []string, tag string) int {
	for {
		for i, l := range langs {
			if len(tag) == len(l) && strings.EqualFold(tag, l) {
				return i
			}
		}
		cut := strings.LastIndexAny(tag, "-_")
		if cut < 0 {
			return 0
		}
		tag = tag[:cut]
	}
}

// Lang returns the language of Data.Langs that the tag asks for, or ""
// when the spec has no text.
func (d *Data) Lang(tag string) string {
	if len(d.Langs) == 0 {
		return ""
	}
	return d.Langs[LangIndex(d.Langs, tag)]
}

// Message returns the member's text for the BCP 47 tag lang, with the
// Go package's fallbacks (see above).
func (m *Member) Message(lang string) string {
	s := m.set
	if len(s.TextLangs) == 0 {
		// The Go package has no text table then, and Message answers
		// for every code as for one outside the spec.
		return s.rangeMessage(m.Int, lang)
	}
	col := s.data.Lang(lang)
	if !m.Member.HasText(col) || !contains(s.TextLangs, col) {
		col = ""
		for _, l := range s.TextLangs {
			if m.Member.HasText(l) {
				col = l
				break
			}
		}
	}
	if col == "" {
		return ""
	}
	return m.Text(col)
}

// Message returns the text of the code c (as written in the spec, or any
// decimal spelling for an integer set) for the BCP 47 tag lang, as the Go
// package's Message does: the member's text when c is a member, else the
// text of the first usable range holding c, else "".
func (s *Set) Message(c, lang string) string {
	if !s.IsInt() {
		if m := s.Member(c); m != nil {
			return m.Message(lang)
		}
		return ""
	}
	v, err := strconv.ParseInt(c, 10, 64)
	if err != nil {
		return ""
	}
	for _, m := range s.Members {
		if m.Int == v {
			return m.Message(lang)
		}
	}
	return s.rangeMessage(v, lang)
}

// rangeMessage is Message for a value outside the spec.
func (s *Set) rangeMessage(v int64, lang string) string {
	if !s.IsInt() {
		return ""
	}
	for _, r := range s.UsableRanges() {
		if r.Lo <= v && v <= r.Hi {
			return r.Message(lang)
		}
	}
	return ""
}

// Message returns the range's text for the BCP 47 tag lang: its text in
// that language of Data.Langs, else its text in the first language that
// has one.
func (r *Range) Message(lang string) string {
	d := r.set.data
	if t := r.Text[d.Lang(lang)]; t != "" && len(d.Langs) > 0 {
		return t
	}
	for _, l := range d.Langs {
		if t := r.Text[l]; t != "" {
			return t
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
