package read

import (
	"strings"

	"codebook.dev/codebook/spec"
)

// Error pages often open with an overview of the HTTP statuses the API
// answers with (200 OK, 400 Bad Request, 429 …) under a heading that
// says so ("HTTP status codes", "HTTP 状态码") before the API's own
// codes. Beside a table of the API's codes, such a table documents
// HTTP, not the API: net/http already names those statuses. So a table
// whose codes are all HTTP statuses, under a heading or header naming
// HTTP, is skipped with a warning when the page has a table of other
// codes; otherwise it is the API's own status set and is read.

// minOverview is the fewest rows an overview has: one or two statuses
// beside other codes are too few to tell.
const minOverview = 3

// dropHTTPOverviews removes the tables of HTTP statuses from a page that
// has other code tables, warning for each, and accounts for them.
func (r *reader) dropHTTPOverviews() {
	other := false
	for _, t := range r.items.tables {
		if !t.sub && !httpOnly(t) {
			other = true
			break
		}
	}
	if !other {
		return
	}
	kept := r.items.tables[:0]
	for _, t := range r.items.tables {
		if t.dir != nil && (t.dir.name != "" || t.dir.key != "") || !namesHTTP(t) || !httpOnly(t) || len(t.rows) < minOverview {
			kept = append(kept, t)
			continue
		}
		reason := "table skipped: it lists HTTP statuses, not the API's own codes (the page has a table of those); to read it, mark it with a directive such as <!-- codebook: name=HTTPStatus -->"
		r.diags.Doubtf(spec.Skipped, t.pos, "%s", reason)
		r.items.skip(t.pos, reason)
	}
	r.items.tables = kept
}

// namesHTTP reports a table whose heading or key header says HTTP.
func namesHTTP(t *table) bool {
	return strings.Contains(strings.ToUpper(t.doc), "HTTP") || strings.Contains(strings.ToUpper(t.keyHeader), "HTTP")
}

// httpOnly reports a table every code of which is an HTTP status.
func httpOnly(t *table) bool {
	n := 0
	for _, rw := range t.rows {
		if len(rw.ranges) > 0 {
			return false
		}
		for _, c := range rw.codes {
			if !isHTTPStatus(c.value) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// skip accounts for a table read and then left out.
func (d *docItems) skip(pos spec.Pos, reason string) {
	d.read = max(0, d.read-1)
	d.skipped = append(d.skipped, spec.TableSkip{Pos: pos, Reason: reason})
}
