package read

import (
	"bytes"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Docs sites (GitBook, Docusaurus, Confluence exports) put raw HTML
// tables in their markdown. goldmark hands them over as HTML blocks,
// cut at every blank line, so the reader finds the <table> start in
// the source and tokenizes from there to its end with x/net/html,
// whatever blocks goldmark made of it; the nodes inside are then
// skipped. Row and column spans are expanded into the grid, so an HTML
// table is read exactly like a markdown one.

// htmlTableAt reads the HTML table that starts at or after offset from
// in the normalised source, if one starts before stop. It returns false
// when there is none.
func (r *reader) htmlTableAt(from, stop int) bool {
	src := r.src.norm
	i := indexFold(src[from:stop], "<table")
	if i < 0 {
		return false
	}
	start := from + i
	g, end := r.parseHTMLTable(start)
	r.skipTo = end
	g.doc = r.heading
	r.addGrid(g)
	return true
}

// indexFold is bytes.Index ignoring ASCII case.
func indexFold(b []byte, s string) int {
	return bytes.Index(bytes.ToLower(b), []byte(s))
}

// htmlCell is a cell while its table is tokenized.
type htmlCell struct {
	text             strings.Builder
	off              int
	rowspan, colspan int
	th               bool
	// parts cuts the text at breaks and <code> elements: a cell of
	// several codes and nothing else lists them (see partList).
	parts partList
}

// cut ends a part of the cell's text; a space keeps the words of two
// parts apart (<code>A</code><code>B</code> is never AB).
func (c *htmlCell) cut() {
	c.parts.mark()
	c.text.WriteByte(' ')
}

// parseHTMLTable tokenizes the table starting at start and returns its
// grid and the offset just past its </table> (or the end of the source
// for a table never closed). Nested tables are read as text of the
// outer cell.
func (r *reader) parseHTMLTable(start int) (*grid, int) {
	src := r.src.norm
	z := html.NewTokenizer(bytes.NewReader(src[start:]))
	off := start
	depth := 0
	var rows [][]*htmlCell
	var cur *htmlCell
	inHead := false
	headRows := 0
	for {
		tt := z.Next()
		raw := z.Raw()
		at := off
		off += len(raw)
		if tt == html.ErrorToken {
			break
		}
		name, hasAttr := z.TagName()
		a := atom.Lookup(name)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			switch {
			case a == atom.Table:
				depth++
			case depth > 1:
				if cur != nil {
					cur.text.WriteByte(' ')
				}
			case a == atom.Thead:
				inHead = true
			case a == atom.Tr:
				rows = append(rows, nil)
				if inHead {
					headRows = len(rows)
				}
				cur = nil
			case a == atom.Td || a == atom.Th:
				if len(rows) == 0 {
					rows = append(rows, nil)
				}
				cur = &htmlCell{rowspan: 1, colspan: 1, th: a == atom.Th, off: -1}
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					switch string(k) {
					case "rowspan":
						cur.rowspan = spanValue(v)
					case "colspan":
						cur.colspan = spanValue(v)
					}
				}
				rows[len(rows)-1] = append(rows[len(rows)-1], cur)
			case a == atom.Br || a == atom.P || a == atom.Div || a == atom.Li || a == atom.Code:
				if cur != nil {
					cur.cut()
				}
			}
		case html.EndTagToken:
			switch a {
			case atom.Table:
				depth--
			case atom.Thead:
				inHead = false
			case atom.Td, atom.Th:
				if depth == 1 {
					cur = nil
				}
			case atom.P, atom.Div, atom.Li, atom.Code:
				if cur != nil && depth == 1 {
					cur.cut()
				}
			}
		case html.TextToken:
			if cur != nil {
				if cur.off < 0 {
					if t := bytes.TrimLeft(raw, " \t\r\n"); len(t) > 0 {
						cur.off = at + len(raw) - len(t)
					}
				}
				cur.text.Write(z.Text())
			}
		}
		if depth == 0 {
			break
		}
	}
	g := r.htmlGrid(start, rows, headRows)
	g.start, g.stop = start, off
	return g, off
}

// spanValue reads a rowspan or colspan attribute: at least 1, and at
// most 1000 so a hostile page cannot make a huge grid.
func spanValue(v []byte) int {
	n, err := strconv.Atoi(strings.TrimSpace(string(v)))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, 1000)
}

// htmlGrid lays the cells out with their spans: a cell spanning rows is
// repeated in the rows below, one spanning columns in the columns to its
// right, as the page shows them.
func (r *reader) htmlGrid(start int, rows [][]*htmlCell, headRows int) *grid {
	g := &grid{html: true, pos: r.src.pos(start)}
	pending := map[int]struct {
		c    cell
		left int
	}{} // column → a cell still spanning down
	allTH := 0
	for ri, hr := range rows {
		var out []cell
		col := 0
		place := func() {
			for {
				p, ok := pending[col]
				if !ok {
					return
				}
				out = append(out, p.c)
				if p.left--; p.left == 0 {
					delete(pending, col)
				} else {
					pending[col] = p
				}
				col++
			}
		}
		th := len(hr) > 0
		rs := -1
		for _, hc := range hr {
			if rs < 0 && hc.off >= 0 {
				rs = hc.off
			}
			place()
			c := cell{text: htmlCellText(hc), off: hc.off}
			if c.off < 0 {
				c.off = start
			}
			th = th && hc.th
			for k := 0; k < hc.colspan && len(out) < 1000; k++ {
				out = append(out, c)
				if hc.rowspan > 1 {
					pending[col] = struct {
						c    cell
						left int
					}{c, hc.rowspan - 1}
				}
				col++
			}
		}
		place()
		if th && ri == allTH {
			allTH++
		}
		if rs < 0 {
			rs = start
		}
		g.rows = append(g.rows, gridRow{cells: out, start: rs, open: true, closed: true})
	}
	g.delim = max(headRows, allTH)
	return g
}

// htmlCellText is a cell's text as a person reads it: its words, or the
// codes it lists one per <code> element or paragraph, joined as a list.
func htmlCellText(hc *htmlCell) string {
	s := hc.text.String()
	if codes, ok := hc.parts.codes(s); ok {
		return codes
	}
	return cleanCell(strings.Join(strings.Fields(s), " "))
}
