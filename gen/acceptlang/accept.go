package acceptlang

// codebookMaxItems bounds the ranges of an Accept-Language value that
// codebookLang reads: a browser sends a handful, and a hostile value of
// thousands must not cost thousands squared.
const codebookMaxItems = 32

// codebookLang returns the codebookLangs position for lang, a BCP 47 tag
// or a whole Accept-Language value ("fr-CH, fr;q=0.9, zh;q=0.8, *;q=0.5"):
// of the ranges that name a language of the spec (the range itself, or
// with subtags cut from the end), the one with the highest q-value wins,
// the first written when q-values tie; "*" names the first language no
// "range;q=0" excludes. A range with q=0 or a malformed q-value is not
// taken, only the first 32 ranges are read, and when none names a
// language the answer is 0, the fallback.
func codebookLang(lang string) int {
	if codebookPlain(lang) {
		// One tag, what most callers pass: no list to read.
		i, _ := codebookMatch(lang)
		return i
	}
	best, bestQ := 0, 0
	rest := lang
	for n := 0; rest != "" && n < codebookMaxItems; n++ {
		var item string
		item, rest = codebookCut(rest, ',')
		tag, params := codebookCut(item, ';')
		tag = codebookTrim(tag)
		q := codebookQ(params)
		if q <= bestQ || tag == "" {
			continue
		}
		var i int
		var ok bool
		if tag == "*" {
			i, ok = codebookAny(lang)
		} else {
			i, ok = codebookMatch(tag)
		}
		if ok {
			best, bestQ = i, q
		}
	}
	return best
}

// codebookPlain reports a value that is one tag: no list, parameter,
// wildcard or space. Every byte up to ',' (space, tab, '*' among them)
// sends the value to the full reading, which answers the same for any
// that is not one of those.
func codebookPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ',' || c == ';' {
			return false
		}
	}
	return true
}

// codebookAny is the first language of codebookLangs that no range with
// q=0 in the value h excludes.
func codebookAny(h string) (int, bool) {
	for i, l := range codebookLangs {
		excluded := false
		rest := h
		for n := 0; rest != "" && n < codebookMaxItems && !excluded; n++ {
			var item string
			item, rest = codebookCut(rest, ',')
			tag, params := codebookCut(item, ';')
			tag = codebookTrim(tag)
			excluded = codebookQ(params) == 0 && codebookPrefix(tag, l)
		}
		if !excluded {
			return i, true
		}
	}
	return 0, false
}

// codebookPrefix reports whether the range r names l: equal to it, or to
// its first subtags ("zh" names "zh-Hant").
func codebookPrefix(r, l string) bool {
	if len(r) > len(l) || r == "" || r == "*" {
		return false
	}
	if len(r) < len(l) && l[len(r)] != '-' {
		return false
	}
	return codebookTagEqual(r, l[:len(r)])
}

// codebookCut splits s at the first sep.
func codebookCut(s string, sep byte) (before, after string) {
	for i := 0; i < len(s); i++ {
		if s[i] == sep {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

// codebookTrim cuts spaces and tabs from both ends of s.
func codebookTrim(s string) string {
	for s != "" && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	}
	for s != "" && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// codebookQ returns the q-value of a range's parameters in thousandths:
// 1000 when there is none, 0 when it is malformed ("q=2", "q=0.5x").
// Other parameters are skipped.
func codebookQ(params string) int {
	for params != "" {
		var p string
		p, params = codebookCut(params, ';')
		p = codebookTrim(p)
		if len(p) < 2 || p[0] != 'q' && p[0] != 'Q' {
			continue
		}
		v := codebookTrim(p[1:])
		if v == "" || v[0] != '=' {
			continue
		}
		return codebookQValue(codebookTrim(v[1:]))
	}
	return 1000
}

// codebookQValue parses RFC 9110's qvalue: "0" or "1", then a "." and
// up to three digits, at most 1.
func codebookQValue(v string) int {
	if v == "" || v[0] != '0' && v[0] != '1' {
		return 0
	}
	q := int(v[0]-'0') * 1000
	if len(v) > 1 {
		if v[1] != '.' || len(v) > 5 {
			return 0
		}
		scale := 100
		for i := 2; i < len(v); i++ {
			if v[i] < '0' || v[i] > '9' {
				return 0
			}
			q += int(v[i]-'0') * scale
			scale /= 10
		}
	}
	if q > 1000 {
		return 0
	}
	return q
}
