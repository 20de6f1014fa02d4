package read

import (
	"strings"
)

// cell is one cell of a table row as the row's text gives it.
type cell struct {
	text string
	off  int // offset in the normalised source of the cell's first byte
}

// countCells is the number of cells eachCell finds.
func countCells(src []byte, start, stop int) int {
	n := 0
	eachCell(src, start, stop, func(int, int) { n++ })
	return n
}

// eachCell calls fn with the bounds of every cell of a row.
func eachCell(src []byte, start, stop int, fn func(start, stop int)) {
	start, stop = trimSpace(src, start, stop)
	if start < stop && src[start] == '|' {
		start++
	}
	if stop > start && src[stop-1] == '|' && (stop-2 < start || src[stop-2] != '\\') {
		stop--
	}
	from := start
	for i := start; i < stop; i++ {
		switch src[i] {
		case '\\':
			i++
		case '`':
			if end := codeSpanEnd(src, i, stop); end > 0 {
				i = end - 1
			}
		case '|':
			fn(from, i)
			from = i + 1
		}
	}
	fn(from, stop)
}

// codeSpanEnd returns the offset just past the code span opening at i, or
// 0 when the backtick run has no closing run of the same length (it is
// then literal text, as CommonMark says).
func codeSpanEnd(src []byte, i, stop int) int {
	n := 0
	for i+n < stop && src[i+n] == '`' {
		n++
	}
	for j := i + n; j < stop; {
		if src[j] != '`' {
			j++
			continue
		}
		k := 0
		for j+k < stop && src[j+k] == '`' {
			k++
		}
		if k == n {
			return j + k
		}
		j += k
	}
	return 0
}

// newCell makes a cell of text[start:stop], text being the normalised
// source as one string: a cell that needs no cleaning is a substring of
// it and costs no allocation.
func newCell(text string, start, stop int) cell {
	for start < stop && isSpace(text[start]) {
		start++
	}
	for stop > start && isSpace(text[stop-1]) {
		stop--
	}
	return cell{text: cleanCell(text[start:stop]), off: start}
}

func trimSpace(src []byte, start, stop int) (int, int) {
	for start < stop && isSpace(src[start]) {
		start++
	}
	for stop > start && isSpace(src[stop-1]) {
		stop--
	}
	return start, stop
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// cleanCell turns a cell's markdown into the text a person reads, so
// `21001`, **21001** and 21001 are the same code and "**Invalid** API
// key" is "Invalid API key". A cell that is one code span keeps its
// content exactly as written.
func cleanCell(s string) string {
	s = strings.TrimSpace(s)
	for _, m := range []string{"``", "`"} {
		if len(s) > 2*len(m) && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) && !strings.Contains(s[len(m):len(s)-len(m)], "`") {
			return strings.TrimSpace(s[len(m) : len(s)-len(m)])
		}
	}
	return plainText(s)
}

func firstNonSpace(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}
