package read

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"codebook.dev/codebook/spec"
)

// Files reads the documents at paths into one Spec: tables with the same
// key across files merge into one set. Positions name each file by the
// path as given. The Spec is never nil; with errors it may be partial.
func Files(paths ...string) (*spec.Spec, spec.Diags) {
	return FilesMax(DefaultMaxSize, paths...)
}

// DefaultMaxSize is the largest document Files reads: far above any real
// error-code page, and low enough that a mistaken path (/dev/zero, a
// log file) fails at once instead of filling memory.
const DefaultMaxSize = 64 << 20

// FilesMax is Files with a size limit per document other than
// DefaultMaxSize; a larger document is an error and is not read.
func FilesMax(limit int64, paths ...string) (*spec.Spec, spec.Diags) {
	var diags spec.Diags
	var files []file
	for _, p := range paths {
		b, err := readLimited(p, limit)
		if err != nil {
			diags.Errorf(spec.Pos{File: p}, "%v", err)
			continue
		}
		files = append(files, file{p, b})
	}
	return readFiles(files, diags)
}

// ReadFile reads the file at path, or fails without reading further when
// it holds more than limit bytes (a device such as /dev/zero, or a file
// that is not a spec), so that no command eats memory on a wrong path.
func ReadFile(path string, limit int64) ([]byte, error) { return readLimited(path, limit) }

// TooLarge is the error for a document over limit bytes; every command
// that reads specs takes -max-size to raise the limit.
func TooLarge(limit int64) error {
	return fmt.Errorf("file is larger than the limit of %d bytes (-max-size raises it)", limit)
}

func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read file: %v", err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read file: %v", err)
	}
	if int64(len(b)) > limit {
		return nil, TooLarge(limit)
	}
	return b, nil
}

// Source reads one document held in memory; name is used in positions.
func Source(name string, src []byte) (*spec.Spec, spec.Diags) {
	return readFiles([]file{{name, src}}, nil)
}

// Doc is a document held in memory, for Sources.
type Doc struct {
	Name string // used in positions
	Data []byte
}

// Sources reads documents held in memory (from git, say) into one Spec,
// as Files does for documents on disk.
func Sources(docs ...Doc) (*spec.Spec, spec.Diags) {
	files := make([]file, len(docs))
	for i, d := range docs {
		files[i] = file{d.Name, d.Data}
	}
	return readFiles(files, nil)
}

type file struct {
	name string
	src  []byte
}

func readFiles(files []file, diags spec.Diags) (*spec.Spec, spec.Diags) {
	docs := make([]*docItems, len(files))
	for i, f := range files {
		docs[i] = readDoc(f.name, f.src, &diags)
	}
	s := build(docs, &diags)
	return s, diags.Sort()
}

// docItems is what one document contributes, in document order.
type docItems struct {
	tables   []*table
	examples []*example
}

// reader walks one document's goldmark tree.
type reader struct {
	src   *source
	diags *spec.Diags
	// heading is the text of the nearest heading above, for Set.Doc.
	heading string
	// pendingTable and pendingPayload are the directives waiting for the
	// next table and the next JSON example.
	pendingTable, pendingPayload *directive
	items                        docItems
	// grids are the document's tables in order, read once the whole
	// document is walked, so that fragments can be joined first.
	grids []*grid
	// skipTo is the end of an HTML table already read: nodes before it
	// are parts of that table.
	skipTo int
}

var markdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithParserOptions(parser.WithParagraphTransformers(
			// Lower runs first: after link reference definitions (100).
			util.Prioritized(splitter{}, 150),
		)),
	)
})

func readDoc(name string, b []byte, diags *spec.Diags) *docItems {
	r := &reader{src: newSource(name, b, diags), diags: diags}
	doc := markdown().Parser().Parse(text.NewReader(r.src.norm))
	stackedAcrossNodes(r.src.norm, doc)
	paragraphTables(r.src.norm, doc)
	_ = ast.Walk(doc, r.visit)
	for _, g := range r.joinFragments(r.grids) {
		r.items.tables = append(r.items.tables, r.readGrid(g)...)
	}
	if len(r.items.tables) == 0 {
		r.diags.Doubtf(spec.Skipped, spec.Pos{File: name, Line: 1, Col: 1}, "no code table found")
	}
	if d := r.pendingTable; d != nil {
		r.diags.Doubtf(spec.Skipped, d.pos, "directive is followed by no table")
	}
	if d := r.pendingPayload; d != nil {
		r.diags.Doubtf(spec.Skipped, d.pos, "directive is followed by no json example")
	}
	return &r.items
}

func (r *reader) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	if start, stop, ok := r.nodeSpan(n); ok {
		if start < r.skipTo {
			// Inside an HTML table already read.
			return ast.WalkSkipChildren, nil
		}
		switch n.(type) {
		case *ast.HTMLBlock, *ast.Paragraph:
			if r.htmlTableAt(start, stop) {
				return ast.WalkSkipChildren, nil
			}
		}
	}
	switch n := n.(type) {
	case *ast.Heading:
		r.heading = r.inlineText(n)
		return ast.WalkSkipChildren, nil
	case *ast.HTMLBlock:
		r.htmlBlock(n)
	case *tableNode:
		r.addTable(n.raw)
		return ast.WalkSkipChildren, nil
	case *paraTableNode:
		r.addGrid(r.gridFromParas(n))
		return ast.WalkSkipChildren, nil
	case *ast.FencedCodeBlock:
		r.codeBlock(n.Lines(), string(n.Language(r.src.norm)))
	case *ast.CodeBlock:
		r.codeBlock(n.Lines(), "")
	case *ast.Paragraph:
		r.paragraph(n)
		return ast.WalkSkipChildren, nil
	}
	return ast.WalkContinue, nil
}

// nodeSpan returns the source span of a block node's lines.
func (r *reader) nodeSpan(n ast.Node) (start, stop int, ok bool) {
	if n.Type() != ast.TypeBlock {
		return 0, 0, false
	}
	switch n := n.(type) {
	case *tableNode:
		return rawSpan(n.raw)
	case *ast.Document, *ast.List, *ast.ListItem, *ast.Blockquote:
		return 0, 0, false
	}
	lines := n.Lines()
	if lines.Len() == 0 {
		return 0, 0, false
	}
	stop = lines.At(lines.Len() - 1).Stop
	if h, ok := n.(*ast.HTMLBlock); ok && h.HasClosure() {
		stop = max(stop, h.ClosureLine.Stop)
	}
	return lines.At(0).Start, stop, true
}

func rawSpan(t *rawTable) (int, int, bool) {
	start := t.header.Start
	if !t.hasHeader() && len(t.rows) > 0 {
		start = t.rows[0].Start
	}
	stop := t.delim.Stop
	if n := len(t.rows); n > 0 {
		stop = t.rows[n-1].Stop
	}
	return start, stop, true
}

func (r *reader) addTable(raw *rawTable) {
	r.addGrid(r.gridFromRaw(raw))
}

// addGrid queues a table with the directive before it.
func (r *reader) addGrid(g *grid) {
	g.dir = r.pendingTable
	r.pendingTable = nil
	if len(g.rows) == 0 {
		if g.dir == nil || !g.dir.ignore {
			r.diags.Warnf(g.pos, "empty table: a header and no rows")
		}
		return
	}
	r.grids = append(r.grids, g)
}

func (r *reader) htmlBlock(n *ast.HTMLBlock) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if n.HasClosure() {
		stop = max(stop, n.ClosureLine.Stop)
	}
	if !bytes.Contains(r.src.norm[start:stop], []byte("codebook:")) {
		return
	}
	t, p := r.pendingTable, r.pendingPayload
	if t == nil {
		t = &directive{}
	}
	if p == nil {
		p = &directive{}
	}
	r.parseDirectives(t, p, start, stop)
	if t.forTable {
		r.pendingTable = t
	}
	if p.forPayload {
		r.pendingPayload = p
	}
}

func (r *reader) codeBlock(lines *text.Segments, lang string) {
	if lines.Len() == 0 {
		return
	}
	switch lang {
	case "", "json", "json5", "jsonc", "javascript", "js":
	default:
		return
	}
	start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	r.findExamples(start, stop)
}

func (r *reader) paragraph(n *ast.Paragraph) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	start, stop := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	r.inlineDirectives(start, stop)
	r.findExamples(start, stop)
}

// inlineDirectives reports directive comments inside a paragraph: only a
// comment that starts its own line is an HTML block goldmark hands to
// the reader, so one in the middle of a line would otherwise change
// nothing without a word.
func (r *reader) inlineDirectives(start, stop int) {
	text := r.src.norm[start:stop]
	for off := 0; ; {
		i := bytes.Index(text[off:], []byte("<!--"))
		if i < 0 {
			return
		}
		at := off + i
		rest := bytes.TrimLeft(text[at+4:], " \t")
		if bytes.HasPrefix(rest, []byte("codebook:")) {
			r.diags.Doubtf(spec.Skipped, r.src.pos(start+at), "directive inside a paragraph is ignored; put it on a line of its own before the table or example")
		}
		off = at + 4
	}
}

// inlineText is a heading's text without markup.
func (r *reader) inlineText(n ast.Node) string {
	var b bytes.Buffer
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		s := lines.At(i)
		b.Write(s.Value(r.src.norm))
	}
	return cleanCell(string(bytes.TrimSpace(b.Bytes())))
}
