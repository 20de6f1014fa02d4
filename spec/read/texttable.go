package read

import (
	"bytes"
	"unicode/utf8"

	"github.com/yuin/goldmark/text"
)

// plainMode is how the cells of a table written without pipes are
// separated. Copying an HTML table as text gives such tables: cells
// apart by tabs, by runs of spaces, or glued together ("错误码含义",
// "200001服务内部异常") when the page's cells had no space between
// them.
type plainMode byte

const (
	piped      plainMode = iota // a markdown table: cells between pipes
	byTabs                      // cells separated by tabs
	bySpace                     // cells separated by two spaces or more
	byCode                      // a code, then the rest of the line as one cell
	tailRetry                   // a code, its text, a retry value at the end
	tailResult                  // a code, its text, a result (S/F/U) at the end
)

func (m plainMode) String() string {
	switch m {
	case byTabs:
		return "tabs"
	case bySpace:
		return "runs of spaces"
	case byCode:
		return "the end of the code"
	case tailRetry, tailResult:
		return "single spaces"
	}
	return "pipes"
}

// textTable reads a table written without pipes from line i: a header
// line whose cells the vocabulary reads as a header (see headerLike),
// then two lines or more that start with a code. It returns nil when
// line i does not start such a table, else the table and the line after
// it. The header is required: without it, lines that start with a
// number are prose as often as rows.
func textTable(src []byte, lines []text.Segment, i int) (*rawTable, int) {
	if i+2 >= len(lines) || hasPipe(src, lines[i]) {
		return nil, i
	}
	// Most lines are prose: the line after a header starts with a code.
	if a, b := trimSpace(src, lines[i+1].Start, lines[i+1].Stop); codeEnd(src, a, b) == a {
		return nil, i
	}
	for _, m := range []plainMode{byTabs, bySpace, tailRetry, tailResult, byCode} {
		if !plainHeader(src, lines[i], m) {
			continue
		}
		j := i + 1
		for j < len(lines) && !hasPipe(src, lines[j]) && plainRow(src, lines[j], m) {
			j++
		}
		if j-i-1 < 2 || m.tailKind() != behNone && !tailedRows(src, lines[i+1:j], m.tailKind()) {
			continue
		}
		return &rawTable{rows: lines[i:j:j], plain: m}, j
	}
	return nil, i
}

// plainHeader reports a line that is a header when its cells are split
// the m way.
func plainHeader(src []byte, l text.Segment, m plainMode) bool {
	var cells []cell
	plainCells(src, l, m, true, func(a, b int) { cells = append(cells, cell{text: cleanCell(string(src[a:b]))}) })
	return len(cells) >= 2 && headerLike(cells)
}

// plainRow reports a line that starts with a code and, split the m way,
// has a second cell.
func plainRow(src []byte, l text.Segment, m plainMode) bool {
	n, first := 0, ""
	plainCells(src, l, m, false, func(a, b int) {
		if n == 0 {
			first = cleanCell(string(src[a:b]))
		}
		n++
	})
	return n >= 2 && looksLikeCode(first)
}

// plainCells calls fn with the bounds of every cell of line l split the
// m way. A byCode header has no code to end at: it is cut where its two
// halves both read as headers ("错误码含义" → 错误码, 含义).
func plainCells(src []byte, l text.Segment, m plainMode, header bool, fn func(a, b int)) {
	a, b := trimSpace(src, l.Start, l.Stop)
	switch m {
	case byTabs, bySpace:
		from := a
		for i := a; i < b; {
			n := sepLen(src[i:b], m)
			if n == 0 {
				i++
				continue
			}
			fn(from, i)
			i += n
			from = i
		}
		if from < b {
			fn(from, b)
		}
	case tailRetry, tailResult:
		if header {
			tailHeaderCells(src, a, b, m.tailKind(), fn)
		} else {
			tailRowCells(src, a, b, m.tailKind(), fn)
		}
	case byCode:
		cut := codeEnd(src, a, b)
		if header {
			cut = headerCut(src, a, b)
		}
		if cut <= a || cut >= b {
			fn(a, b)
			return
		}
		fn(a, cut)
		c, d := trimSpace(src, cut, b)
		fn(c, d)
	}
}

// sepLen is the length of the separator that s starts with, or 0.
func sepLen(s []byte, m plainMode) int {
	n := 0
	if m == byTabs {
		for n < len(s) && s[n] == '\t' {
			n++
		}
		return n
	}
	for n < len(s) && (s[n] == ' ' || s[n] == '\t') {
		n++
	}
	if n < 2 && !(n == 1 && s[0] == '\t') {
		return 0
	}
	return n
}

// codeEnd returns where the code at the start of src[a:b] ends: after
// its token, when a space or a character outside ASCII follows
// ("200001服务…"), or after its digits when a word glued to them goes on
// in lower case ("204000Listener failed"); else a (no code).
func codeEnd(src []byte, a, b int) int {
	i := a
	if i < b && src[i] == '-' {
		i++
	}
	digits := i
	for digits < b && isDigit(src[digits]) {
		digits++
	}
	for i < b && (isLetter(src[i]) || isDigit(src[i]) || src[i] == '_' || src[i] == '.' || src[i] == ':' || src[i] == '-') {
		i++
	}
	if digits > a && digits < i && gluedWord(src[digits:i]) {
		return digits
	}
	if i == a || i == b {
		return a
	}
	if src[i] == ' ' || src[i] == '\t' || src[i] >= utf8.RuneSelf {
		return i
	}
	return a
}

// gluedWord reports letters that read as a word, not as the rest of a
// code: a capital, then lower case ("Listener").
func gluedWord(s []byte) bool {
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for _, c := range s[1:] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// headerCut returns where a header of two words, glued or apart,
// splits into two headers the vocabulary knows, the first of them
// naming the code ("错误码含义" → 错误码, 含义), or a when there is no
// such place.
func headerCut(src []byte, a, b int) int {
	if b-a > 64 {
		return a
	}
	for i := a + 1; i < b; i++ {
		if !utf8.RuneStart(src[i]) || src[i-1] == ' ' {
			continue
		}
		l, r := string(bytes.TrimSpace(src[a:i])), string(bytes.TrimSpace(src[i:b]))
		if l != "" && r != "" && classify(l).role == roleKey && classify(r).role != roleUnknown {
			return i
		}
	}
	return a
}
