package read

import (
	"fmt"
	"strings"

	"codebook.dev/codebook/spec"
)

// joinFragments joins tables that pages cut into pieces: blank lines
// or a stray pipe inside a table end goldmark's paragraph, so the rest
// of the table arrives as tables of its own. A grid continues the one
// before it when only white space and pipes stand between them, it has
// no header of its own (no delimiter row and no header words), and its
// rows are no wider than the table it continues. Each join is reported
// once, naming the lines of the pieces.
func (r *reader) joinFragments(grids []*grid) []*grid {
	var out []*grid
	for _, g := range grids {
		if n := len(out); n > 0 && r.continues(out[n-1], g) {
			prev := out[n-1]
			prev.rows = append(prev.rows, g.rows...)
			prev.stop = g.stop
			prev.parts = append(prev.parts, g.pos)
			continue
		}
		out = append(out, g)
	}
	for _, g := range out {
		if len(g.parts) == 0 {
			continue
		}
		lines := make([]string, len(g.parts))
		for i, p := range g.parts {
			lines[i] = fmt.Sprint(p.Line)
		}
		r.diags.Doubtf(spec.Repaired, g.parts[0], "table continues after a blank line or stray pipe (rows from line %s joined to the table at line %d)", strings.Join(lines, ", "), g.pos.Line)
	}
	return out
}

func (r *reader) continues(prev, g *grid) bool {
	if g.html || prev.html || g.delim > 0 || g.dir != nil || len(g.rows) == 0 {
		return false
	}
	if !onlyPipesBetween(r.src.norm[prev.stop:g.start]) {
		return false
	}
	if headerLike(g.rows[0].cells) {
		return false
	}
	return g.width() <= prev.width() && g.width() >= 2
}

func onlyPipesBetween(b []byte) bool {
	for _, c := range b {
		if c != '|' && !isSpace(c) {
			return false
		}
	}
	return true
}
