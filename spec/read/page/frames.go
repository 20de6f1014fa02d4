package page

import "strings"

// A frame is a block being built: a heading, paragraph, code block,
// list, list item, definition list and its terms, a table, row or cell.
// Frames open and close with the elements that make them; text goes to
// the innermost frame that holds text.

type frameKind uint8

const (
	fHeading frameKind = iota + 1
	fPara
	fPre
	fList
	fItem
	fDL
	fDT
	fDD
	fTable
	fCell
)

type frame struct {
	kind  frameKind
	elem  int // index of the element that opened it
	off   int
	level int
	text  textBuf
	lang  string
	// items are a list's items, or the items of the lists nested in an
	// item.
	items   []Item
	ordered bool
	defs    []Def
	// tbl is the table of a cell frame; cell its cell.
	tbl  *frame
	cell *rawCell
	// A table frame's rows; inHead while in its <thead>, head the rows
	// <thead> holds; layout once a cell is seen to hold the page.
	rows   [][]*rawCell
	inHead bool
	head   int
	layout bool
}

// rawCell is a table cell as the markup gives it, spans not expanded.
type rawCell struct {
	c                Cell
	th               bool
	rowspan, colspan int
}

// holdsText reports a frame text goes to.
func (f *frame) holdsText() bool {
	switch f.kind {
	case fHeading, fPara, fPre, fItem, fDT, fDD:
		return true
	case fCell:
		return !f.tbl.layout
	}
	return false
}

// textFrame is the frame text goes to, or nil for loose text.
func (b *builder) textFrame() *frame {
	if n := len(b.frames); n > 0 && b.frames[n-1].holdsText() {
		return b.frames[n-1]
	}
	return nil
}

// maxScope bounds how far down the frames an implicit end or a table's
// parts look for their list or table: real pages nest a few levels,
// and a bound keeps hostile nesting linear.
const maxScope = 64

// nearest returns the innermost open frame of the kind, within
// maxScope frames of the top.
func (b *builder) nearest(k frameKind) *frame {
	for i := len(b.frames) - 1; i >= 0 && i >= len(b.frames)-maxScope; i-- {
		b.steps++
		if b.frames[i].kind == k {
			return b.frames[i]
		}
	}
	return nil
}

// closeAbove closes the innermost frame of kind k above the innermost
// frame of kind scope (an open <li> when the next starts), with the
// elements opened since.
func (b *builder) closeAbove(k, scope frameKind) {
	for i := len(b.frames) - 1; i >= 0 && i >= len(b.frames)-maxScope; i-- {
		b.steps++
		switch b.frames[i].kind {
		case scope:
			return
		case k:
			b.popTo(b.frames[i].elem)
			return
		}
	}
}

// paraEnders are the start tags that end an open paragraph.
var paraEnders = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true,
	"details": true, "div": true, "dl": true, "fieldset": true, "figure": true,
	"footer": true, "form": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "header": true, "hr": true, "main": true, "nav": true,
	"ol": true, "p": true, "pre": true, "section": true, "table": true, "ul": true,
}

// implicitEnds closes what a start tag ends without an end tag: a
// paragraph before a block, an item before the next item, a cell
// before the next cell or row.
func (b *builder) implicitEnds(name string) {
	if n := len(b.frames); n > 0 && paraEnders[name] && b.frames[n-1].kind == fPara {
		b.popTo(b.frames[n-1].elem)
	}
	switch name {
	case "li":
		b.closeAbove(fItem, fList)
	case "dt", "dd":
		b.closeAbove(fDT, fDL)
		b.closeAbove(fDD, fDL)
	case "tr", "td", "th", "tbody", "thead", "tfoot":
		b.closeAbove(fCell, fTable)
	}
}

// open1 opens the frame a start tag makes, if any. Inside a frame that
// holds text (a cell, an item, a paragraph) block tags only break the
// text; a heading or a table inside a table's cell shows the table is
// a layout table, seen through.
func (b *builder) open1(name string, a *attrs, at int) {
	top := b.textFrame()
	if top != nil && top.kind == fCell && (name == "table" || name == "pre" || isHeading(name)) {
		// A cell holding a heading or a table holds the page; one
		// holding a code block is a code listing with line numbers
		// (Chroma, Pygments, Hexo): neither is a table of data.
		b.seeThrough(top.tbl)
		top = nil
	}
	if top != nil {
		switch {
		case name == "code":
			if top.kind == fCell {
				top.text.edge()
				top.text.cut = true
			}
			if top.kind == fPre && top.lang == "" && a != nil {
				top.lang = langOf(a.class)
			}
			return
		case name == "ul" || name == "ol":
			if top.kind == fItem {
				b.pushFrame(&frame{kind: fList, ordered: name == "ol", off: at})
				return
			}
			top.text.line()
			top.text.cut = true
			return
		case isHeading(name) && top.kind != fHeading:
			// A heading ends the text around it.
		case name == "table":
		case breaks(name):
			top.text.line()
			top.text.cut = true
			return
		default:
			return
		}
	}
	switch {
	case isHeading(name):
		b.pushFrame(&frame{kind: fHeading, level: int(name[1] - '0'), off: at, text: newText(false)})
	case name == "p" || name == "summary" || name == "caption" || name == "figcaption" || name == "blockquote":
		b.pushFrame(&frame{kind: fPara, off: at, text: newText(false)})
	case name == "pre":
		lang := ""
		if a != nil {
			lang = langOf(a.class)
		}
		b.pushFrame(&frame{kind: fPre, off: at, text: newText(true), lang: lang})
	case name == "ul" || name == "ol":
		b.pushFrame(&frame{kind: fList, ordered: name == "ol", off: at})
	case name == "li":
		b.pushFrame(&frame{kind: fItem, off: at, text: newText(false)})
	case name == "dl":
		b.pushFrame(&frame{kind: fDL, off: at})
	case name == "dt":
		b.pushFrame(&frame{kind: fDT, off: at, text: newText(false)})
	case name == "dd":
		b.pushFrame(&frame{kind: fDD, off: at, text: newText(false)})
	case name == "table":
		b.pushFrame(&frame{kind: fTable, off: at})
		b.tables++
	case name == "thead":
		if t := b.nearest(fTable); t != nil {
			t.inHead = true
		}
	case name == "tr":
		b.openRow(at)
	case name == "td" || name == "th":
		b.openCell(name, a, at)
	}
}

func isHeading(name string) bool {
	return len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'
}

// breaks reports a tag that starts a new line inside text.
func breaks(name string) bool {
	switch name {
	case "p", "div", "li", "dt", "dd", "tr", "blockquote", "pre", "dl", "section", "details", "summary", "hr":
		return true
	}
	return false
}

// cutInside breaks the text of the frame an element closed inside.
func (b *builder) cutInside(name string) {
	f := b.textFrame()
	if f == nil {
		return
	}
	switch {
	case name == "code" && f.kind == fCell:
		f.text.edge()
		f.text.cut = true
	case breaks(name) || name == "ul" || name == "ol":
		if f.kind == fHeading {
			f.text.space()
			return
		}
		f.text.line()
		f.text.cut = true
	}
}

// langOf is the language a code block's class names ("language-json").
func langOf(class string) string {
	for w := range strings.FieldsSeq(class) {
		for _, p := range []string{"language-", "lang-", "highlight-source-", "highlight-"} {
			if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
				return strings.ToLower(rest)
			}
		}
	}
	return ""
}

func (b *builder) pushFrame(f *frame) {
	f.elem = len(b.elems) - 1
	b.frames = append(b.frames, f)
}

// closeFrames closes the frames above mark, innermost first.
func (b *builder) closeFrames(mark int) {
	for len(b.frames) > mark {
		b.steps++
		f := b.frames[len(b.frames)-1]
		b.frames = b.frames[:len(b.frames)-1]
		b.closeFrame(f)
	}
}

// below is the frame under the top, or nil.
func (b *builder) below() *frame {
	if n := len(b.frames); n > 0 {
		return b.frames[n-1]
	}
	return nil
}

func (b *builder) closeFrame(f *frame) {
	under := b.below()
	switch f.kind {
	case fHeading:
		if !f.text.empty() {
			b.emit(Block{Kind: Heading, Off: f.off, End: f.off, Level: f.level, Text: f.text.String()})
		}
	case fPara:
		b.paragraph(f)
	case fPre:
		if !f.text.empty() {
			b.emit(Block{Kind: Code, Off: f.off, End: f.off, Text: f.text.String(), Lang: f.lang})
		}
	case fItem:
		it := Item{Text: f.text.String(), Off: textOff(f), Items: f.items}
		if under != nil && under.kind == fList {
			under.items = append(under.items, it)
			return
		}
		b.paragraph(f)
	case fList:
		if under != nil && under.kind == fItem {
			under.items = append(under.items, f.items...)
			return
		}
		if len(f.items) > 0 {
			b.emit(Block{Kind: List, Off: f.off, End: f.off, Items: f.items, Ordered: f.ordered})
		}
	case fDT:
		if under != nil && under.kind == fDL {
			under.defs = append(under.defs, Def{Term: f.text.String(), Off: textOff(f)})
			return
		}
		b.paragraph(f)
	case fDD:
		if under != nil && under.kind == fDL {
			if len(under.defs) == 0 {
				under.defs = append(under.defs, Def{Off: textOff(f)})
			}
			d := &under.defs[len(under.defs)-1]
			d.Descs = append(d.Descs, Text{Text: f.text.String(), Off: textOff(f)})
			return
		}
		b.paragraph(f)
	case fDL:
		if len(f.defs) > 0 {
			b.emit(Block{Kind: DefList, Off: f.off, End: f.off, Defs: f.defs})
		}
	case fTable:
		b.tables--
		if !f.layout && len(f.rows) > 0 {
			b.emit(Block{Kind: Table, Off: f.off, End: f.off, Table: f.grid()})
		}
	case fCell:
		f.cell.c.Text = f.text.String()
		f.cell.c.Off = f.text.off
		f.cell.c.Cut = f.text.cut
	}
}

func textOff(f *frame) int {
	if f.text.off >= 0 {
		return f.text.off
	}
	return f.off
}

func (b *builder) paragraph(f *frame) {
	if !f.text.empty() {
		b.emit(Block{Kind: Paragraph, Off: textOff(f), End: textOff(f), Text: f.text.String()})
	}
}
