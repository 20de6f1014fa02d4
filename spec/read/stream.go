package read

import (
	"bytes"
	"strings"

	"codebook.dev/codebook/spec/read/page"
)

// The reader sees a document as one ordered stream of blocks, whatever
// its format (see package page): headings, paragraphs, lists,
// definition lists, code blocks, directive comments and tables, each
// at its offset in the normalised source. The front ends make the
// stream (markdown.go, and page.HTML for HTML pages and HTML inside
// markdown); readStream reads it in order: a heading names the tables
// under it, a directive applies to the next table or example, every
// table becomes a grid.
//
// To walk the stream (recognisers of codes outside tables):
//
//	for i := range r.blocks {
//		b := &r.blocks[i]
//		switch b.Kind {
//		case page.Heading:   // b.Level, r.blockText(b), b.Off
//		case page.Paragraph: // r.blockText(b), b.Off (b.inList: inside a list item)
//		case page.List:      // b.Items: Text, Off, nested Items
//		case page.DefList:   // b.Defs: Term, Off, Descs
//		case page.Table:     // b.grid
//		}
//	}

// block is one block of a document's stream.
type block struct {
	page.Block
	// grid is a table's grid, for the table reader.
	grid *grid
	// md marks a block the markdown front end made: its text is taken
	// from the source when first asked (see blockText).
	md bool
	// inList marks a paragraph inside a list item: its text is the
	// item's too.
	inList bool
}

// blockText is a block's plain text. A markdown paragraph's is made on
// first use: most are never asked for, and plainText parses inline
// markup.
func (r *reader) blockText(b *block) string {
	if b.Text == "" && b.md && (b.Kind == page.Paragraph || b.Kind == page.Code) {
		raw := r.src.text[b.Off:b.End]
		if b.Kind == page.Code {
			b.Text = raw
		} else {
			b.Text = cleanCell(strings.Join(strings.Fields(raw), " "))
		}
	}
	return b.Text
}

// readStream reads the blocks in order.
func (r *reader) readStream() {
	for i := range r.blocks {
		b := &r.blocks[i]
		switch b.Kind {
		case page.Heading:
			r.heading = b.Text
		case page.Comment:
			r.directiveBlock(b.Off, b.End)
		case page.Table:
			if b.grid != nil {
				if b.grid.doc == "" {
					b.grid.doc = r.heading
				}
				r.addGrid(b.grid)
			}
		case page.Paragraph:
			if b.md {
				r.inlineDirectives(b.Off, b.End)
				r.findExamples(b.Off, b.End)
			}
		case page.Code:
			if b.md {
				r.codeBlock(b.Off, b.End, b.Lang)
			}
		}
	}
}

// htmlBlocks adds the blocks of the HTML in src[from:] up to stop (and
// on to the end of a table open there), and returns where it ended.
func (r *reader) htmlBlocks(from, stop int) int {
	if a, b := trimSpace(r.src.norm, from, stop); a < b && onlyComment(r.src.norm[a:b]) {
		// Most HTML blocks of a markdown page are one comment (a
		// directive, a note): no tokenizer is needed for them.
		if bytes.Contains(r.src.norm[a:b], []byte("codebook:")) {
			r.blocks = append(r.blocks, block{Block: page.Block{Kind: page.Comment, Off: a, End: b}})
		}
		return stop
	}
	bs, end := page.HTML(r.src.norm, from, stop)
	for _, b := range bs {
		if b.Kind == page.Paragraph && stop >= 0 && r.pipeTables(b.Off, b.End) {
			continue
		}
		nb := block{Block: b}
		if b.Kind == page.Table {
			nb.grid = r.gridFromPage(b.Table, b.Off, end, stop >= 0)
		}
		r.blocks = append(r.blocks, nb)
	}
	return end
}

// pipeTables reads the markdown tables in src[start:stop], loose text
// of a run of HTML inside markdown: goldmark's HTML block runs on to
// the next blank line, so a pipe table right under "<details>" or
// "<div align=center>" arrives as HTML text. It reports whether it
// found any; the text around them is prose.
func (r *reader) pipeTables(start, stop int) bool {
	src := r.src.norm
	if stop <= start || bytes.IndexByte(src[start:stop], '|') < 0 {
		return false
	}
	found := false
	for _, c := range segment(src, nonBlankLines(src, start, stop)) {
		if c.table == nil {
			continue
		}
		found = true
		s, e, _ := rawSpan(c.table)
		r.blocks = append(r.blocks, block{Block: page.Block{Kind: page.Table, Off: s, End: e}, grid: r.gridFromRaw(c.table), md: true})
	}
	return found
}

// onlyComment reports text that is one HTML comment.
func onlyComment(b []byte) bool {
	if !bytes.HasPrefix(b, []byte("<!--")) || !bytes.HasSuffix(b, []byte("-->")) || len(b) < 7 {
		return false
	}
	return bytes.Index(b[4:], []byte("-->")) == len(b)-7
}

// gridFromPage turns a table of the HTML front end into a grid, so that
// it is read exactly like a markdown table.
func (r *reader) gridFromPage(t *page.Grid, start, stop int, inMarkdown bool) *grid {
	g := &grid{html: true, pos: r.src.pos(start), delim: t.Head, start: start, stop: stop}
	g.rows = make([]gridRow, len(t.Rows))
	for i, row := range t.Rows {
		cells := make([]cell, len(row.Cells))
		for j, c := range row.Cells {
			if j > 0 && c == row.Cells[j-1] {
				cells[j] = cells[j-1]
				continue
			}
			cells[j] = cell{text: pageCellText(c, inMarkdown), off: c.Off}
		}
		g.rows[i] = gridRow{cells: cells, start: row.Off, open: true, closed: true}
	}
	return g
}

// pageCellText is an HTML cell's text as a person reads it: its words,
// or the codes it lists one per <code> element or line, joined as a
// list. A key written "InvalidRequest:" loses the colon, punctuation of
// the page and not part of the code. Inside markdown a cell may hold
// markdown (MDX, GitBook sources), which cleanCell reads; a saved page's
// text is plain already.
func pageCellText(c page.Cell, inMarkdown bool) string {
	if c.Cut {
		p := partList{cut: true}
		if codes, ok := p.codes(c.Text); ok {
			return codes
		}
	}
	s := strings.Join(strings.Fields(c.Text), " ")
	if inMarkdown {
		s = cleanCell(htmlEscaper.Replace(s))
	}
	return trimKeyColon(s)
}

// htmlEscaper keeps the page's decoded "<" and "&" literal through
// cleanCell, which reads markdown (where <invalid> would be a tag).
var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;")

// trimKeyColon drops the colon after a one-word key ("InvalidRequest:").
func trimKeyColon(s string) string {
	if len(s) < 2 || s[len(s)-1] != ':' || s[len(s)-2] == ':' {
		return s
	}
	for i := 0; i < len(s)-1; i++ {
		c := s[i]
		if !isLetter(c) && !isDigit(c) && c != '_' && c != '.' && c != '-' {
			return s
		}
	}
	return s[:len(s)-1]
}
