package read

import (
	"github.com/yuin/goldmark/text"

	"codebook.dev/codebook/spec"
)

// Some pages copy a table as text with one space between every word of
// every cell: "Status Meaning Description Retry" over "503 Service
// Unavailable Try again later Yes". No separator tells the cells apart,
// but the header's last words name a behaviour column and every row ends
// with a value of that kind (Yes, No, 是, 否, "Yes if idempotent"): the
// code starts the row, the value ends it and the words between are the
// text. tailRetry and tailResult read such tables (see plainMode).

// tailKind is the behaviour a tail mode's last column holds.
func (m plainMode) tailKind() behaviour {
	switch m {
	case tailRetry:
		return behRetry
	case tailResult:
		return behResult
	}
	return behNone
}

// maxTailWords bounds the words of a tail value ("Yes if idempotent")
// and of a header's key and behaviour names ("Retry Policy").
const maxTailWords = 6

// wordBounds returns the bounds of the words of src[a:b], apart by
// spaces or tabs.
func wordBounds(src []byte, a, b int) [][2]int {
	var out [][2]int
	for i := a; i < b; {
		for i < b && (src[i] == ' ' || src[i] == '\t') {
			i++
		}
		j := i
		for j < b && src[j] != ' ' && src[j] != '\t' {
			j++
		}
		if j > i {
			out = append(out, [2]int{i, j})
		}
		i = j
	}
	return out
}

// tailHeaderCells cuts a header line into its key name, text name and
// behaviour name: "Error Code Message Retry Policy" → Error Code,
// Message, Retry Policy. The text name is the words between when the
// vocabulary knows them together, else the first of them that names a
// text column ("Meaning" of "Meaning Description"). It calls fn with
// nothing when the line is no such header.
func tailHeaderCells(src []byte, a, b int, kind behaviour, fn func(a, b int)) {
	w := wordBounds(src, a, b)
	n := len(w)
	if n < 3 || n > 12 {
		return
	}
	beh := -1 // the first word of the behaviour name
	for k := 1; k <= maxTailWords && k <= n-2; k++ {
		if t := classify(string(src[w[n-k][0]:b])); t.role == roleAttr && t.beh == kind {
			beh = n - k
			break
		}
	}
	key := -1 // the first word after the key name
	for j := 1; beh > 0 && j < beh && j <= maxTailWords; j++ {
		if classify(string(src[a:w[j-1][1]])).role == roleKey {
			key = j
			break
		}
	}
	if key < 0 {
		return
	}
	mid := [2]int{w[key][0], w[beh-1][1]}
	if classify(string(src[mid[0]:mid[1]])).role != roleText {
		mid[1] = -1
		for _, x := range w[key:beh] {
			if classify(string(src[x[0]:x[1]])).role == roleText {
				mid = x
				break
			}
		}
		if mid[1] < 0 {
			return
		}
	}
	fn(a, w[key-1][1])
	fn(mid[0], mid[1])
	fn(w[beh][0], b)
}

// tailRowCells cuts a row into its code, its text and the value at its
// end: the shortest run of its last words that reads as a value of the
// kind, leaving some text. A row without such a value gives two cells.
func tailRowCells(src []byte, a, b int, kind behaviour, fn func(a, b int)) {
	cut := codeEnd(src, a, b)
	if cut <= a || cut >= b {
		fn(a, b)
		return
	}
	fn(a, cut)
	c, d := trimSpace(src, cut, b)
	if v := tailValue(src, c, d, kind); v > c {
		_, e := trimSpace(src, c, v)
		fn(c, e)
		fn(v, d)
		return
	}
	fn(c, d)
}

// tailValue returns where the value that ends src[c:d] starts, or c
// when it ends with none.
func tailValue(src []byte, c, d int, kind behaviour) int {
	w := wordBounds(src, c, d)
	for k := 1; k <= maxTailWords && k < len(w); k++ {
		s := string(src[w[len(w)-k][0]:d])
		switch {
		case kind == behRetry && parseYesNo(s) != spec.Unset,
			kind == behResult && parseResult(s) != spec.ResultUnset:
			return w[len(w)-k][0]
		}
	}
	return c
}

// tailedRows reports rows of a tail-mode table of which most end with
// a value: with fewer, the words at the ends of the lines are text.
func tailedRows(src []byte, rows []text.Segment, kind behaviour) bool {
	n := 0
	for _, l := range rows {
		a, b := trimSpace(src, l.Start, l.Stop)
		cut := codeEnd(src, a, b)
		c, d := trimSpace(src, cut, b)
		if cut > a && tailValue(src, c, d, kind) > c {
			n++
		}
	}
	return n >= 2 && 2*n >= len(rows)
}
