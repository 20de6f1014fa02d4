package read

import (
	"sort"
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
)

// behCell is a behaviour column's cell as a row read it: enough to name
// the cell when another row of the code says otherwise.
type behCell struct {
	row    *row
	kind   behaviour
	header string
	text   string
	pos    spec.Pos
}

// addBehaviourCell records a cell the row's behaviour was read from in
// its table's list, where rows come in document order.
func (rw *row) addBehaviourCell(c behCell) {
	c.row = rw
	rw.table.behCells = append(rw.table.behCells, c)
}

// behaviourCell returns the row's cell of a behaviour kind. The
// table's cells are in row order, so the row's are found by position.
func (rw *row) behaviourCell(k behaviour) (behCell, bool) {
	cs := rw.table.behCells
	i := sort.Search(len(cs), func(i int) bool { return !cs[i].row.pos.Less(rw.pos) })
	for ; i < len(cs) && cs[i].row.pos == rw.pos; i++ {
		if cs[i].row == rw && cs[i].kind == k {
			return cs[i], true
		}
	}
	// Rows out of document order (a repair moved one): look at all.
	for _, c := range cs {
		if c.row == rw && c.kind == k {
			return c, true
		}
	}
	return behCell{}, false
}

// restates reports a behaviour cell whose typed value says all the
// cell says ("504", "Yes", "是", "F"): such a cell is not kept as an
// attribute too. A cell that says more ("Yes, after 1s") is.
func restates(k behaviour, s string) bool {
	s = strings.TrimSpace(s)
	switch k {
	case behHTTP:
		n, rest, _ := strings.Cut(s, " ")
		return allDigits(n) && reasonPhrase(rest)
	case behRetry:
		_, ok := yesNo[strings.ToLower(s)]
		return ok
	case behResult:
		return parseResult(s) != spec.ResultUnset
	case behCategory:
		return true
	}
	return false
}

// reasonPhrase reports "" or words of letters only ("Bad Request"),
// which an HTTP status cell may add to its number.
func reasonPhrase(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '-' && !isLatinLetter(r) {
			return false
		}
	}
	return true
}

// behaviourField is one behaviour field's value as text, "" when the
// behaviour does not give it.
func behaviourField(b spec.Behaviour, k behaviour) string {
	switch k {
	case behHTTP:
		if b.HTTPStatus != 0 {
			return strconv.Itoa(b.HTTPStatus)
		}
	case behRetry:
		return b.Retryable.String()
	case behResult:
		return b.Result.String()
	case behCategory:
		return b.Category
	}
	return ""
}

var behaviourKinds = [...]behaviour{behHTTP, behRetry, behResult, behCategory}

// mergeBehaviour fills the fields of the member that a later row of
// its code (the other language's table, another row of one table)
// gives and it lacks. A field both give differently is a conflict,
// reported with both cells; the member keeps the value of the row
// first in document order (docs/conflicts.md).
func (b *setBuilder) mergeBehaviour(ms *mstate, rw *row, v string) {
	if rw.beh == (spec.Behaviour{}) || rw.beh == ms.m.Behaviour {
		// Nothing new, or the same: the common case costs no text.
		return
	}
	for i, k := range behaviourKinds {
		have, got := behaviourField(ms.m.Behaviour, k), behaviourField(rw.beh, k)
		switch {
		case got == "":
		case have == "":
			setBehaviourField(&ms.m.Behaviour, rw.beh, k)
			if ms.behFrom == nil {
				ms.behFrom = &[len(behaviourKinds)]*row{}
			}
			ms.behFrom[i] = rw
		case have != got && !(k == behCategory && sameMeaning(have, got)):
			from := ms.first
			if ms.behFrom != nil && ms.behFrom[i] != nil {
				from = ms.behFrom[i]
			}
			b.behaviourConflict(from, rw, k, v, have)
		}
	}
}

func setBehaviourField(b *spec.Behaviour, o spec.Behaviour, k behaviour) {
	switch k {
	case behHTTP:
		b.HTTPStatus = o.HTTPStatus
	case behRetry:
		b.Retryable = o.Retryable
	case behResult:
		b.Result = o.Result
	case behCategory:
		b.Category = o.Category
	}
}

// behaviourJSON spells the kinds as spec.Columns.Names does.
var behaviourJSON = map[behaviour]string{behHTTP: "httpStatus", behRetry: "retryable", behResult: "result", behCategory: "category"}

var behaviourNames = map[behaviour]string{behHTTP: "HTTP status", behRetry: "retryable", behResult: "result", behCategory: "category"}

func (b *setBuilder) behaviourConflict(first, rw *row, k behaviour, v, kept string) {
	here, _ := rw.behaviourCell(k)
	there := behCell{header: behaviourNames[k], text: kept}
	if first != nil {
		if c, ok := first.behaviourCell(k); ok {
			there = c
		}
	}
	b.diags.Doubtf(spec.Conflict, here.pos, "code %q: %s cell %q here disagrees with %s cell %q at %s; kept %s, the first in document order",
		v, here.header, here.text, there.header, there.text, there.pos, kept)
}

// mergeAttrs adds a later row's attributes the member lacks; a column
// the member has with another value is reported, the first kept.
func (b *setBuilder) mergeAttrs(m *spec.Member, rw *row, v string) {
	for _, a := range rw.attrs {
		old, ok := attrValue(m.Attrs, a.Name)
		switch {
		case !ok:
			m.Attrs = append(m.Attrs, a)
		case old != a.Value:
			b.diags.Doubtf(spec.Conflict, rw.pos, "code %q: %s cell %q here disagrees with %q at %s; kept the first", v, a.Name, a.Value, old, m.Pos)
		}
	}
}

func attrValue(attrs []spec.Attr, name string) (string, bool) {
	for _, a := range attrs {
		if a.Name == name {
			return a.Value, true
		}
	}
	return "", false
}
