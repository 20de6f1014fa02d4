package read

import "codebook.dev/codebook/spec"

// readGrids reads every grid of the document, fragments joined first,
// and accounts for each: read, or skipped and why (the warning that
// said so), so that no table leaves without a word.
func (r *reader) readGrids() {
	for _, g := range r.joinFragments(r.grids) {
		before := len(*r.diags)
		ts := r.readGrid(g)
		r.items.seen++
		if len(ts) > 0 {
			r.items.read++
			r.items.tables = append(r.items.tables, ts...)
			continue
		}
		reason := "ignored by a directive"
		if g.dir == nil || !g.dir.ignore {
			reason = "no codes read"
			for _, d := range (*r.diags)[before:] {
				if d.Pos == g.pos {
					reason = d.Msg
					break
				}
			}
		}
		r.items.skipped = append(r.items.skipped, spec.TableSkip{Pos: g.pos, Reason: reason})
	}
}
