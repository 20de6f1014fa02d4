package read

import (
	"strings"
)

// cell is one cell of a table row as the row's text gives it.
type cell struct {
	text string
	off  int // offset in the normalised source of the cell's first byte
}

// splitRow splits the row text src[start:stop] into cells. Like
// goldmark it splits at pipes not escaped with a backslash and drops one
// leading and one trailing pipe; unlike goldmark it keeps pipes inside
// code spans in their cell and returns every cell the row has, so the
// reader can see rows with more or fewer cells than their header.
func splitRow(src []byte, start, stop int) []cell {
	cells := make([]cell, 0, 8)
	eachCell(src, start, stop, func(a, b int) { cells = append(cells, newCell(src, a, b)) })
	return cells
}

// countCells is len(splitRow(…)) without building the cells.
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

func newCell(src []byte, start, stop int) cell {
	start, stop = trimSpace(src, start, stop)
	return cell{text: cleanCell(string(src[start:stop])), off: start}
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

var lineBreaks = strings.NewReplacer("<br>", " ", "<br/>", " ", "<br />", " ")

// cleanCell removes the inline markup providers wrap codes and texts in
// (code spans, emphasis, line breaks) and backslash escapes, so `21001`,
// **21001** and 21001 are the same code. Text inside a code span is kept
// as written.
func cleanCell(s string) string {
	if strings.Contains(s, "<br") {
		s = lineBreaks.Replace(s)
	}
	if strings.Contains(s, "](") {
		s = linkText(s)
	}
	for _, m := range []string{"``", "`", "**", "*"} {
		if len(s) > 2*len(m) && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) {
			inner := s[len(m) : len(s)-len(m)]
			if m[0] == '`' {
				return strings.TrimSpace(inner)
			}
			s = inner
		}
	}
	if strings.IndexByte(s, '\\') < 0 {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && isPunct(s[i+1]) {
			i++
		}
		b.WriteByte(s[i])
	}
	return strings.TrimSpace(b.String())
}

func isPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// linkText replaces inline links [text](url) with their text: the URL
// is no part of a code or its message.
func linkText(s string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '[')
		mid := strings.Index(s, "](")
		if open < 0 || mid < open {
			break
		}
		end := strings.IndexByte(s[mid:], ')')
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		b.WriteString(s[open+1 : mid])
		s = s[mid+end+1:]
	}
	b.WriteString(s)
	return b.String()
}

func firstNonSpace(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}
