package read

import (
	"fmt"
	"strings"
	"unicode"
)

// Some pages list each code as a record, one list item of labelled
// lines:
//
//	- Code: `E00000`
//	  Message: Unknown error
//	  Notes: Fallback for unexpected failures.
//
// A person reads the labels as a table's header and each item as a row,
// so the reader does: the labels the vocabulary knows cut an item into
// cells, and the grid is read with those labels as its header.

// maxLabel bounds a label's length: a label is a header word or two.
const maxLabel = 24

// recordRun reads a list whose items are mostly records with a code
// label (Code, 错误码, error_code …) first.
func recordRun(blocks []flowBlock, i int) (outsideRun, bool) {
	items := blocks[i].items
	if len(items) < minOutside || !startsRecord(items[0].text) || !startsRecord(items[1].text) {
		// Most lists are not records: two looks decide.
		return outsideRun{}, false
	}
	var labels []string
	col := map[string]int{}
	var recs [][]labelled
	var drops []flowItem
	for _, it := range items {
		rec := splitRecord(it.text)
		if len(rec) < 2 || classify(rec[0].label).role != roleKey {
			drops = append(drops, it)
			recs = append(recs, nil)
			continue
		}
		for _, f := range rec {
			if _, ok := col[f.label]; !ok {
				col[f.label] = len(labels)
				labels = append(labels, f.label)
			}
		}
		recs = append(recs, rec)
	}
	n := len(items) - len(drops)
	if n < minOutside || 10*n < 7*len(items) {
		return outsideRun{}, false
	}
	at := items[0].off
	g := &grid{delim: 1, start: at, stop: at}
	head := make([]cell, len(labels))
	for k, l := range labels {
		head[k] = cell{text: l, off: at}
	}
	g.rows = append(g.rows, gridRow{cells: head, start: at})
	for k, rec := range recs {
		if rec == nil {
			continue
		}
		it := items[k]
		cells := make([]cell, len(labels))
		for c := range cells {
			cells[c].off = it.off
		}
		for _, f := range rec {
			cells[col[f.label]] = cell{text: cleanCell(f.value), off: it.off + f.off}
		}
		g.rows = append(g.rows, gridRow{cells: cells, start: it.off})
		g.stop = max(g.stop, it.off)
	}
	run := outsideRun{from: i, to: i + 1, grid: g, drops: drops}
	run.warn = fmt.Sprintf("codes read from a list of %d records, their labels (%s) as the header", n, strings.Join(labels, ", "))
	return run, true
}

// startsRecord reports text that starts with a code label ("Code:").
func startsRecord(s string) bool {
	l, _ := labelAt(s, 0)
	return l != "" && classify(l).role == roleKey
}

// labelled is one "Label: value" of a record, off the value's offset.
type labelled struct {
	label, value string
	off          int
}

// splitRecord cuts s at every label the vocabulary knows ("Code:",
// "Message:", "错误码：") into labelled values; s must start with one.
func splitRecord(s string) []labelled {
	var out []labelled
	end := func(i int) {
		if n := len(out); n > 0 {
			last := &out[n-1]
			raw := s[last.off:max(i, last.off)]
			v := strings.TrimLeftFunc(raw, unicode.IsSpace)
			last.off += len(raw) - len(v)
			last.value = strings.TrimSpace(v)
		}
	}
	for i := 0; i < len(s); {
		if i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
			i++
			continue
		}
		l, next := labelAt(s, i)
		switch {
		case l != "":
			end(i)
			out = append(out, labelled{label: l, off: skipSpaces(s, next)})
			i = next
		case i == 0:
			return nil
		default:
			i++
		}
	}
	end(len(s))
	return out
}

// labelAt reads a label at s[i:]: a word or two the vocabulary knows,
// then a colon.
func labelAt(s string, i int) (string, int) {
	limit := min(len(s), i+maxLabel+3)
	for j := i + 1; j < limit; j++ {
		switch {
		case s[j] == ':':
			l := strings.TrimSpace(s[i:j])
			if l != "" && classify(l).role != roleUnknown {
				return l, j + 1
			}
			return "", 0
		case strings.HasPrefix(s[j:], "："):
			l := strings.TrimSpace(s[i:j])
			if l != "" && classify(l).role != roleUnknown {
				return l, j + len("：")
			}
			return "", 0
		case s[j] == '\n':
			return "", 0
		}
	}
	return "", 0
}
