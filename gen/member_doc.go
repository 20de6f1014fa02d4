package gen

import (
	"strconv"

	"codebook.dev/codebook/spec"
)

// behaviourLines are the doc comment's lines for what m's behaviour
// columns say, one per column the set has and m gives: the reader keeps
// a behaviour cell as behaviour only, so this is where the doc shows
// it, with the cell as written when it says more than its value.
func behaviourLines(s *set, m *spec.Member) [][2]string {
	var out [][2]string
	add := func(on bool, name, col, v string) {
		note := ""
		for _, a := range m.Attrs {
			if a.Of == col {
				note = oneLine(a.Value)
			}
		}
		switch {
		case !on:
		case v != "" && note != "":
			out = append(out, [2]string{name, v + " (" + note + ")"})
		case v != "" || note != "":
			out = append(out, [2]string{name, v + note})
		}
	}
	b := m.Behaviour
	status := ""
	if b.HTTPStatus != 0 {
		status = strconv.Itoa(b.HTTPStatus)
	}
	add(s.Columns.HTTPStatus, "HTTP status", "httpStatus", status)
	add(s.Columns.Retryable, "retryable", "retryable", b.Retryable.String())
	add(s.Columns.Result, "result", "result", b.Result.String())
	add(s.Columns.Category, "category", "category", oneLine(b.Category))
	return out
}
