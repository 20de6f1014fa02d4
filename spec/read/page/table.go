package page

import (
	"strconv"
	"strings"
)

// openRow starts a row of the innermost table.
func (b *builder) openRow(at int) {
	t := b.nearest(fTable)
	if t == nil || t.layout {
		return
	}
	t.rows = append(t.rows, nil)
	if t.inHead {
		t.head = len(t.rows)
	}
}

// openCell starts a cell of the innermost table, in a row of its own
// when the page gives none.
func (b *builder) openCell(name string, a *attrs, at int) {
	t := b.nearest(fTable)
	if t == nil {
		return
	}
	f := &frame{kind: fCell, tbl: t, off: at, text: newText(false), cell: &rawCell{th: name == "th", rowspan: 1, colspan: 1}}
	if !t.layout {
		if len(t.rows) == 0 {
			b.openRow(at)
		}
		if a != nil {
			f.cell.rowspan, f.cell.colspan = spanValue(a.rowspan), spanValue(a.colspan)
		}
		t.rows[len(t.rows)-1] = append(t.rows[len(t.rows)-1], f.cell)
	}
	b.pushFrame(f)
}

// spanValue reads a rowspan or colspan attribute: at least 1, and at
// most 1000 so a hostile page cannot make a huge grid.
func spanValue(v []byte) int {
	if v == nil {
		return 1
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(v)))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 1000)
}

// seeThrough makes t a layout table: the text its cells hold so far
// becomes paragraphs, and from now on its cells are read like <div>s.
func (b *builder) seeThrough(t *frame) {
	// The cells of t still open lie above t on the stack, near the top.
	open := map[*rawCell]*frame{}
	for i := len(b.frames) - 1; i >= 0 && b.frames[i] != t; i-- {
		b.steps++
		if f := b.frames[i]; f.kind == fCell && f.tbl == t {
			open[f.cell] = f
		}
	}
	for _, row := range t.rows {
		for _, c := range row {
			text, off := c.c.Text, c.c.Off
			if f := open[c]; f != nil {
				text, off = f.text.String(), f.text.off
				f.text = newText(false)
			}
			if text != "" {
				b.emit(Block{Kind: Paragraph, Off: off, End: off, Text: text})
			}
		}
	}
	t.rows, t.layout = nil, true
}

// grid lays the table's cells out with their spans: a cell spanning
// rows is repeated in the rows below, one spanning columns in the
// columns to its right, as the page shows them. Spans may add at most
// a bounded number of cells beyond those written, so a page of
// colspan="1000" cells cannot make a grid a thousand times its size.
func (t *frame) grid() *Grid {
	g := &Grid{}
	written := 0
	for _, r := range t.rows {
		written += len(r)
	}
	budget := 8*written + 4096
	type spanning struct {
		c    Cell
		left int
	}
	var pending []spanning // by column: a cell still spanning down
	allTH := 0
	for ri, hr := range t.rows {
		var out []Cell
		place := func() {
			for len(out) < len(pending) && pending[len(out)].left > 0 {
				p := &pending[len(out)]
				out = append(out, p.c)
				p.left--
				budget--
			}
		}
		th := len(hr) > 0
		rowOff := -1
		for _, hc := range hr {
			if rowOff < 0 && hc.c.Off >= 0 {
				rowOff = hc.c.Off
			}
			place()
			c := hc.c
			if c.Off < 0 {
				c.Off = t.off
			}
			th = th && hc.th
			for k := 0; k < hc.colspan && len(out) < 1000 && (k == 0 || budget > 0); k++ {
				if k > 0 {
					budget--
				}
				col := len(out)
				out = append(out, c)
				if hc.rowspan > 1 && budget > 0 {
					for len(pending) <= col {
						pending = append(pending, spanning{})
					}
					pending[col] = spanning{c, hc.rowspan - 1}
				}
			}
		}
		place()
		if th && ri == allTH {
			allTH++
		}
		if rowOff < 0 {
			rowOff = t.off
		}
		g.Rows = append(g.Rows, Row{Cells: out, Off: rowOff})
	}
	g.Head = max(t.head, allTH)
	return g
}
