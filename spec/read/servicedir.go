package read

import (
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
)

// The service directives say what the table cannot: the HTTP status of
// codes without one (http-status=502), whether the set is a status set
// (outcome=on, outcome=off), and the outcome of a code its text leaves
// ambiguous (outcome.NOTPAY=pending). spec/semantics reads them.

// outcomeDir is one outcome.VALUE= directive.
type outcomeDir struct {
	value  string
	result spec.Result
	pos    spec.Pos
}

// outcomeNames are the values outcome.VALUE= takes.
var outcomeNames = map[string]spec.Result{
	"success": spec.ResultSuccess, "failure": spec.ResultFailure, "pending": spec.ResultUnknown,
}

// serviceWord parses w when it is a service directive and reports
// whether it was one.
func (r *reader) serviceWord(d *directive, w word, pos spec.Pos, needValue func() bool, bad func(string, ...any)) bool {
	if v, ok := strings.CutPrefix(w.key, "outcome."); ok {
		if !needValue() || v == "" {
			return true
		}
		res, ok := outcomeNames[w.value]
		if !ok {
			bad("directive %s=%q: want success, failure or pending", w.key, w.value)
			return true
		}
		d.outcomes = append(d.outcomes, outcomeDir{value: v, result: res, pos: pos})
		d.forTable = true
		return true
	}
	switch w.key {
	case "http-status":
		if needValue() {
			n, err := strconv.Atoi(w.value)
			if err != nil || n < 100 || n > 599 {
				bad("directive http-status=%q: want an HTTP status from 100 to 599", w.value)
				return true
			}
			d.httpStatus, d.forTable = n, true
		}
	case "outcome":
		if needValue() {
			t, ok := map[string]spec.Tri{"on": spec.Yes, "true": spec.Yes, "off": spec.No, "false": spec.No}[w.value]
			if !ok {
				bad("directive outcome=%q: want on or off", w.value)
				return true
			}
			d.status, d.forTable = t, true
		}
	default:
		return false
	}
	return true
}

// service applies the service directives of the set's tables; a later
// table's directive wins, as name= does.
func (b *setBuilder) service(g *group) {
	for _, t := range g.tables {
		d := t.dir
		if d == nil {
			continue
		}
		if d.httpStatus != 0 {
			b.set.HTTPStatus = d.httpStatus
		}
		if d.status != spec.Unset {
			b.set.Status = d.status
		}
		for _, o := range d.outcomes {
			v := o.value
			if b.set.Kind == spec.Int {
				if n, err := strconv.ParseInt(v, 10, 64); err == nil {
					v = strconv.FormatInt(n, 10)
				}
			}
			i := b.index(v)
			if i < 0 {
				b.diags.Errorf(o.pos, "directive outcome.%s: no such code in the set", o.value)
				continue
			}
			b.set.Members[i].Outcome = o.result
		}
	}
}
