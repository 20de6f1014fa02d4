package gen

import (
	"strconv"

	"codebook.dev/codebook/spec"
)

// behaviourLines are the doc comment's lines for what m's behaviour
// columns say, one per column the set has and m gives: the reader keeps
// a behaviour cell as behaviour only, so this is where the doc shows it.
func behaviourLines(s *set, m *spec.Member) [][2]string {
	var out [][2]string
	add := func(on bool, name, v string) {
		if on && v != "" {
			out = append(out, [2]string{name, v})
		}
	}
	b := m.Behaviour
	status := ""
	if b.HTTPStatus != 0 {
		status = strconv.Itoa(b.HTTPStatus)
	}
	add(s.Columns.HTTPStatus, "HTTP status", status)
	add(s.Columns.Retryable, "retryable", b.Retryable.String())
	add(s.Columns.Result, "result", b.Result.String())
	add(s.Columns.Category, "category", oneLine(b.Category))
	return out
}
