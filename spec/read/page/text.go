package page

import "strings"

// textBuf gathers the text of a block as a browser shows it: runs of
// white space are one space, a line break between lines is kept, and
// no-break and zero-width spaces are treated as the space and nothing
// they look like.
type textBuf struct {
	b []byte
	// sp and nl are a space and a line break waiting for the next word,
	// so that none leads or trails.
	sp, nl bool
	// soft is the edge of a <code> element: a space only between two
	// word characters (<code>A</code><code>B</code> are two words, but
	// <code>f()</code>. keeps its full stop).
	soft bool
	off  int // offset of the first word, -1 before it
	cut  bool
	// raw keeps white space as written (a code block).
	raw bool
}

func newText(raw bool) textBuf { return textBuf{off: -1, raw: raw} }

// write adds decoded text whose raw form starts at offset at.
func (t *textBuf) write(s []byte, at int, raw []byte) {
	if t.off < 0 {
		for i, c := range raw {
			if !isSpace(c) {
				t.off = at + i
				break
			}
		}
	}
	if t.raw {
		t.b = append(t.b, s...)
		return
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			switch n := oddSpace(s[i:]); {
			case n > 0 && s[i] == 0xc2:
				t.sp = true
				i += n - 1
				continue
			case n > 0:
				i += n - 1
				continue
			}
		}
		if isSpace(c) {
			t.sp = true
			continue
		}
		if n := len(t.b); n > 0 {
			switch {
			case t.nl:
				t.b = append(t.b, '\n')
			case t.sp, t.soft && wordByte(t.b[n-1]) && wordByte(c):
				t.b = append(t.b, ' ')
			}
		}
		t.nl, t.sp, t.soft = false, false, false
		t.b = append(t.b, c)
	}
}

// oddSpace returns the length of a no-break space (C2 A0) or a
// zero-width character at the start of s, or 0.
func oddSpace(s []byte) int {
	switch {
	case len(s) >= 2 && s[0] == 0xc2 && s[1] == 0xa0:
		return 2
	case len(s) >= 3 && s[0] == 0xe2 && s[1] == 0x80 && (s[2] == 0x8b || s[2] == 0x8c || s[2] == 0x8d):
		return 3
	case len(s) >= 3 && s[0] == 0xe2 && s[1] == 0x81 && s[2] == 0xa0:
		return 3
	case len(s) >= 3 && s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf:
		return 3
	}
	return 0
}

// space separates what comes next from what came before.
func (t *textBuf) space() {
	if t.raw {
		return
	}
	t.sp = true
}

// edge marks the edge of a <code> element.
func (t *textBuf) edge() {
	if !t.raw {
		t.soft = true
	}
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// line breaks the text: a <br>, or the edge of a paragraph inside the
// block.
func (t *textBuf) line() {
	if t.raw {
		t.b = append(t.b, '\n')
		return
	}
	t.nl = true
}

func (t *textBuf) String() string {
	if t.raw {
		return strings.Trim(string(t.b), "\n")
	}
	return string(t.b)
}

func (t *textBuf) empty() bool { return len(t.b) == 0 }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
