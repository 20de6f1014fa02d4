package read

import (
	"sort"
	"unicode/utf8"

	"codebook.dev/codebook/spec"
)

// source is one input document: the bytes as read (positions are always
// reported against these) and the normalised bytes goldmark parses.
type source struct {
	name string
	orig []byte
	// norm is orig with CRLF, full-width digits and pipes, zero-width
	// spaces and NBSP rewritten; edits maps offsets in norm back to orig.
	norm []byte
	// text is norm as a string, made once: cells are substrings of it.
	text  string
	edits []edit
	// lines holds the offset in orig of every line start.
	lines []int
	diags *spec.Diags
}

// edit records that norm offset n corresponds to orig offset o; offsets
// between two edits map linearly.
type edit struct{ n, o int }

func newSource(name string, orig []byte, diags *spec.Diags) *source {
	s := &source{name: name, orig: orig, diags: diags}
	s.lines = append(s.lines, 0)
	cr := -1
	for i, c := range orig {
		switch {
		case c == '\n':
			s.lines = append(s.lines, i+1)
		case c == '\r' && (i+1 == len(orig) || orig[i+1] != '\n'):
			// A lone CR ends a line too (old Mac exports), so positions
			// in a CR-only file name real lines.
			s.lines = append(s.lines, i+1)
			if cr < 0 {
				cr = i
			}
		}
	}
	if cr >= 0 {
		diags.Warnf(s.posOrig(cr), "line endings are bare carriage returns; read as line feeds")
	}
	if i := invalidUTF8(orig); i >= 0 {
		diags.Errorf(s.posOrig(i), "file is not valid utf-8 (byte %#x)", orig[i])
	}
	s.normalise()
	s.text = string(s.norm)
	return s
}

// invalidUTF8 returns the offset of the first byte that is not part of a
// valid UTF-8 sequence, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// pos converts an offset in the normalised text to a position in the
// original file.
func (s *source) pos(n int) spec.Pos { return s.posOrig(s.origOff(n)) }

func (s *source) origOff(n int) int {
	i := sort.Search(len(s.edits), func(i int) bool { return s.edits[i].n > n }) - 1
	if i < 0 {
		return min(n, len(s.orig))
	}
	return min(s.edits[i].o+n-s.edits[i].n, len(s.orig))
}

func (s *source) posOrig(o int) spec.Pos {
	line := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > o }) - 1
	return spec.Pos{File: s.name, Line: line + 1, Col: o - s.lines[line] + 1}
}
