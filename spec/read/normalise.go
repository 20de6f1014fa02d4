package read

import "unicode/utf8"

// Providers' pages are pasted through word processors and CMSs that
// bring in look-alike characters. They are rewritten before parsing so a
// full-width pipe still separates cells and a full-width digit is still a
// digit; every rewrite but CRLF (which is just a line ending) is reported
// once per line and kind, at its first occurrence.
func rewrite(r rune) (repl string, what string) {
	switch {
	case r == '｜':
		return "|", "full-width pipe"
	case '０' <= r && r <= '９':
		return string(rune('0' + r - '０')), "full-width digit"
	case r == '－':
		return "-", "full-width minus"
	case r == '\u2212':
		return "-", "minus sign"
	case r == '\u00a0':
		return " ", "no-break space"
	case r == '\u200b', r == '\u200c', r == '\u200d', r == '\u2060', r == '\ufeff':
		return "", "zero-width character"
	}
	return "", ""
}

func (s *source) normalise() {
	b := s.orig
	var out []byte // nil until the first rewrite
	type seen struct {
		line int
		what string
	}
	warned := map[seen]bool{}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		repl, what := "", ""
		switch {
		case b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n':
			repl, what = "", "crlf"
		case b[i] == '\r':
			// Classic Mac line endings: without this a whole CR-only
			// file is one line, and its tables one paragraph of prose.
			repl, what = "\n", "cr"
		case r >= 0x80:
			repl, what = rewrite(r)
			if i == 0 && r == '\ufeff' {
				what = "bom"
			}
		}
		if what == "" {
			if out != nil {
				out = append(out, b[i:i+size]...)
			}
			i += size
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(b))
			out = append(out, b[:i]...)
		}
		p := s.posOrig(i)
		if what != "crlf" && what != "bom" && what != "cr" && !warned[seen{p.Line, what}] {
			warned[seen{p.Line, what}] = true
			s.diags.Warnf(p, "normalised %s %q", what, b[i:i+size])
		}
		out = append(out, repl...)
		i += size
		s.edits = append(s.edits, edit{n: len(out), o: i})
	}
	if out == nil {
		out = b
	}
	s.norm = out
}
