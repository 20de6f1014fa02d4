package page

import "bytes"

// goldmark re-checks every open block quote and list on every line, so
// a page of thousands of nested ">" or list markers takes time that
// grows with the square of its size. No real page nests more than a
// few levels; CapNesting cuts deeper nesting before goldmark sees it.

// MaxNesting is the deepest nesting of block quotes and lists a line
// may open; deeper markers are read as text.
const MaxNesting = 32

// CapNesting returns src with every line that opens more than
// MaxNesting block quotes and list items at its start cut: the first
// marker past the limit is replaced by a backslash, which makes the
// rest of the line text, and every offset stays where it was. It
// returns src itself when no line needs it, and the offsets of the
// lines cut.
func CapNesting(src []byte) ([]byte, []int) {
	out := src
	var cut []int
	// items holds the content column of every open list item, by
	// indentation: a list nested by indenting each item further opens
	// one level a line.
	var items []int
	for i := 0; i < len(src); {
		end := len(src)
		if k := bytes.IndexByte(src[i:], '\n'); k >= 0 {
			end = i + k
		}
		p := i
		for p < end && (src[p] == ' ' || src[p] == '\t') {
			p++
		}
		if p < end {
			for len(items) > 0 && items[len(items)-1] > p-i {
				items = items[:len(items)-1]
			}
			at, content := deepMarker(src, p, end, len(items))
			switch {
			case at >= 0:
				if len(cut) == 0 {
					out = append([]byte(nil), src...)
				}
				out[at] = '\\'
				cut = append(cut, at)
			case content > 0 && src[p] != '>':
				items = append(items, content-i)
			}
		}
		i = end + 1
	}
	return out, cut
}

// deepMarker reads the container markers at the start of a line, from
// p, under depth open list items. It returns the offset of the first
// marker past MaxNesting, or -1 and the offset where the content after
// the last list marker starts (0 when the line has none).
func deepMarker(src []byte, p, end, depth int) (at, content int) {
	for p < end {
		for p < end && (src[p] == ' ' || src[p] == '\t') {
			p++
		}
		n := markerLen(src, p, end)
		if n == 0 {
			return -1, content
		}
		if depth++; depth > MaxNesting {
			return p, 0
		}
		p += n
		if src[p-n] != '>' {
			content = p
		}
	}
	return -1, content
}

// markerLen is the length of the block quote or list marker at p: ">",
// "-", "*" or "+" before a space, or up to nine digits and "." or ")"
// before a space; 0 when there is none.
func markerLen(src []byte, p, end int) int {
	if p >= end {
		return 0
	}
	switch c := src[p]; {
	case c == '>':
		return 1
	case c == '-' || c == '*' || c == '+':
		if p+1 < end && (src[p+1] == ' ' || src[p+1] == '\t') {
			return 2
		}
	case c >= '0' && c <= '9':
		q := p
		for q < end && q-p < 9 && src[q] >= '0' && src[q] <= '9' {
			q++
		}
		if q+1 < end && (src[q] == '.' || src[q] == ')') && (src[q+1] == ' ' || src[q+1] == '\t') {
			return q + 2 - p
		}
	}
	return 0
}
