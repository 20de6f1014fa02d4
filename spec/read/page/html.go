package page

import (
	"bytes"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// HTML reads src[from:] as HTML and returns its blocks in document
// order and the offset where it stopped. With stop < 0 it reads to the
// end; else it stops at the first tag boundary at or after stop where
// no table is open, so that a run of HTML inside markdown is read as
// far as its tables go and no further.
//
// The page is tokenized, not parsed into a tree: x/net/html's tree
// builder repairs misnested tags in ways that cost more than linear
// time on hostile pages, and the blocks need no tree. Elements are
// kept on a stack of their own; an end tag closes the elements opened
// after its start tag, and one that matches no open element is
// ignored, so unclosed and stray tags cost constant time each.
func HTML(src []byte, from, stop int) ([]Block, int) {
	bs, end, _ := parseHTML(src, from, stop)
	return bs, end
}

// parseHTML is HTML, and the steps it took.
func parseHTML(src []byte, from, stop int) ([]Block, int, int) {
	b := &builder{src: src, open: map[string]int{}, loose: newText(false)}
	in := &runReader{src: src, pos: from, limit: len(src), b: b}
	if stop >= 0 {
		in.limit = min(stop, len(src))
	}
	z := html.NewTokenizer(in)
	off := from
	for {
		tt := z.Next()
		raw := z.Raw()
		at := off
		off += len(raw)
		if tt == html.ErrorToken {
			break
		}
		b.steps++
		b.token(z, tt, at, off, raw)
		if stop >= 0 && off >= stop && b.tables == 0 {
			// Past the run's end, its tables closed.
			break
		}
	}
	b.popTo(0)
	b.flushLoose()
	return b.out, min(off, len(src)), b.steps
}

// runReader gives the tokenizer the source up to limit, then the rest
// only when a table is open there. The tokenizer asks for bytes past
// limit only while it reads a token that reaches it, after the builder
// has taken every token before: so the run of HTML inside markdown
// ends where goldmark's block does, unless a table goes on.
type runReader struct {
	src        []byte
	pos, limit int
	b          *builder
}

func (r *runReader) Read(p []byte) (int, error) {
	if r.pos >= r.limit {
		if r.b.tables == 0 || r.limit >= len(r.src) {
			return 0, io.EOF
		}
		r.limit = len(r.src)
	}
	n := copy(p, r.src[r.pos:r.limit])
	r.pos += n
	return n, nil
}

// elem is an open element.
type elem struct {
	name string
	// mark is the number of frames open before this element: closing
	// it closes the frames opened inside it.
	mark  int
	skip  bool
	block bool
}

// builder turns tokens into blocks.
type builder struct {
	src    []byte
	out    []Block
	elems  []elem
	open   map[string]int // open elements by name
	frames []*frame
	// skip counts the open chrome elements: inside one, nothing is
	// content.
	skip int
	// tables counts the open table frames.
	tables int
	// steps counts the work done on the stacks, for the tests that
	// keep it linear in the page.
	steps int
	// loose is text outside any block that holds text (in a <div>, a
	// layout cell), made a paragraph at the next block edge.
	loose    textBuf
	looseOff int
}

func (b *builder) token(z *html.Tokenizer, tt html.TokenType, at, end int, raw []byte) {
	switch tt {
	case html.TextToken:
		if b.skip == 0 {
			b.text(z.Text(), at, raw)
		}
	case html.StartTagToken, html.SelfClosingTagToken:
		name, hasAttr := z.TagName()
		var a *attrs
		if hasAttr {
			a = readAttrs(z)
		}
		b.start(string(name), a, at, tt == html.SelfClosingTagToken)
	case html.EndTagToken:
		name, _ := z.TagName()
		b.end(string(name), at)
	case html.CommentToken:
		if b.skip == 0 && bytes.Contains(raw, []byte("codebook:")) {
			b.flushLoose()
			b.emit(Block{Kind: Comment, Off: at, End: end})
		}
	}
}

func readAttrs(z *html.Tokenizer) *attrs {
	a := &attrs{}
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		switch string(k) {
		case "class":
			a.class = string(v)
		case "id":
			a.id = string(v)
		case "role":
			a.role = string(v)
		case "rowspan":
			a.rowspan = v
		case "colspan":
			a.colspan = v
		case "hidden":
			a.hidden = true
		case "aria-hidden":
			a.hidden = string(v) == "true"
		}
	}
	return a
}

// voidElements have no end tag and hold nothing.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true,
	"hr": true, "img": true, "input": true, "link": true, "meta": true,
	"param": true, "source": true, "track": true, "wbr": true,
}

// blockElements end the loose text before them, and a paragraph a
// browser would end.
var blockElements = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true,
	"body": true, "caption": true, "dd": true, "details": true, "dialog": true,
	"div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hr": true,
	"html": true, "li": true, "main": true, "menu": true, "nav": true,
	"ol": true, "p": true, "pre": true, "section": true, "summary": true,
	"table": true, "tbody": true, "td": true, "tfoot": true, "th": true,
	"thead": true, "tr": true, "ul": true, "center": true,
}

func (b *builder) start(name string, a *attrs, at int, selfClosing bool) {
	void := voidElements[name] || selfClosing && !blockElements[name]
	if b.skip > 0 {
		if !void {
			b.push(name, true, false)
			b.skip++
		}
		return
	}
	if chrome(name, a, b.open["article"]+b.open["main"] > 0) {
		if !void {
			b.push(name, true, false)
			b.skip++
		}
		return
	}
	role := ariaTable(name, a)
	block := blockElements[name] || role != ""
	if block {
		b.flushLoose()
	}
	if name == "br" {
		b.lineBreak()
		return
	}
	if void {
		return
	}
	if role == "" {
		role = name
	}
	b.implicitEnds(role)
	b.push(name, false, block)
	b.open1(role, a, at)
}

// ariaTable is the table element a <div> stands for by its ARIA role
// (GitBook draws its tables so), or "".
func ariaTable(name string, a *attrs) string {
	if a == nil || a.role == "" {
		return ""
	}
	switch strings.ToLower(a.role) {
	case "table", "grid", "treegrid":
		return "table"
	case "row":
		return "tr"
	case "cell", "gridcell":
		return "td"
	case "columnheader", "rowheader":
		return "th"
	}
	return ""
}

// push opens an element.
func (b *builder) push(name string, skip, block bool) {
	b.elems = append(b.elems, elem{name: name, mark: len(b.frames), skip: skip, block: block})
	b.open[name]++
}

func (b *builder) end(name string, at int) {
	if name == "br" {
		// </br> is a line break, as browsers read it.
		if b.skip == 0 {
			b.lineBreak()
		}
		return
	}
	if b.open[name] == 0 {
		return
	}
	for i := len(b.elems) - 1; i >= 0; i-- {
		b.steps++
		if b.elems[i].name == name {
			b.popTo(i)
			return
		}
	}
}

// popTo closes the elements from the top of the stack down to index i,
// and the frames opened inside them.
func (b *builder) popTo(i int) {
	for len(b.elems) > i {
		b.steps++
		e := b.elems[len(b.elems)-1]
		b.elems = b.elems[:len(b.elems)-1]
		b.open[e.name]--
		if e.skip {
			b.skip--
			continue
		}
		if e.block {
			b.flushLoose()
		}
		b.closeFrames(e.mark)
		if e.name == "thead" {
			if t := b.nearest(fTable); t != nil {
				t.inHead = false
			}
		}
		b.cutInside(e.name)
	}
}

// emit adds a block to the stream.
func (b *builder) emit(bl Block) { b.out = append(b.out, bl) }

// text routes text to the block that holds it.
func (b *builder) text(s []byte, at int, raw []byte) {
	if f := b.textFrame(); f != nil {
		f.text.write(s, at, raw)
		return
	}
	if b.loose.off < 0 && b.loose.empty() {
		b.looseOff = at
	}
	b.loose.write(s, at, raw)
}

// flushLoose makes the loose text a paragraph.
func (b *builder) flushLoose() {
	if !b.loose.empty() {
		b.emit(Block{Kind: Paragraph, Off: b.loose.off, End: b.loose.off, Text: b.loose.String()})
	}
	b.loose = newText(false)
}

// lineBreak is a <br>.
func (b *builder) lineBreak() {
	if f := b.textFrame(); f != nil {
		f.text.line()
		f.text.cut = true
		return
	}
	b.loose.line()
}
