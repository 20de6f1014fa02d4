package read

import (
	"bytes"
	"fmt"
	"io"
	"os"

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
	s.Tables = &spec.Tables{}
	for _, d := range docs {
		s.Tables.Seen += d.seen
		s.Tables.Read += d.read
		s.Tables.Skipped = append(s.Tables.Skipped, d.skipped...)
	}
	return s, diags.Sort()
}

// docItems is what one document contributes, in document order.
type docItems struct {
	tables   []*table
	examples []*example
	// seen and read count the document's tables (a table of several
	// code columns once); skipped are the others, with the reason.
	seen, read int
	skipped    []spec.TableSkip
}

// reader reads one document: its front end makes the block stream,
// then the stream is read in order.
type reader struct {
	src   *source
	diags *spec.Diags
	// blocks is the document's stream, in document order (stream.go).
	blocks []block
	// heading is the text of the nearest heading above, for Set.Doc.
	heading string
	// pendingTable and pendingPayload are the directives waiting for the
	// next table and the next JSON example.
	pendingTable, pendingPayload *directive
	items                        docItems
	// grids are the document's tables in order, read once the whole
	// document is walked, so that fragments can be joined first.
	grids []*grid
	// skipTo is the end of a run of HTML already read: markdown nodes
	// before it are parts of it.
	skipTo int
}

func readDoc(name string, b []byte, diags *spec.Diags) *docItems {
	r := &reader{diags: diags}
	ok, html := r.admit(name, b)
	if !ok {
		return &r.items
	}
	r.src = newSource(name, b, diags)
	if html {
		r.htmlBlocks(0, -1)
	} else {
		r.markdownBlocks()
	}
	r.outsideCodes()
	r.readStream()
	r.readGrids()
	r.dropHTTPOverviews()
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

// addGrid queues a table with the directive before it.
func (r *reader) addGrid(g *grid) {
	g.dir = r.pendingTable
	r.pendingTable = nil
	if g.roles != nil && (g.dir == nil || g.dir.cols == nil) {
		d := directive{}
		if g.dir != nil {
			d = *g.dir
		}
		d.cols = g.roles
		g.dir = &d
	}
	if len(g.rows) == 0 {
		reason := "ignored by a directive"
		if g.dir == nil || !g.dir.ignore {
			reason = "empty table: a header and no rows"
			r.diags.Warnf(g.pos, "%s", reason)
		}
		r.items.seen++
		r.items.skipped = append(r.items.skipped, spec.TableSkip{Pos: g.pos, Reason: reason})
		return
	}
	r.grids = append(r.grids, g)
}

// directiveBlock reads the codebook comments in src[start:stop].
func (r *reader) directiveBlock(start, stop int) {
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

// codeBlock looks for JSON examples in a code block of a language
// that writes them.
func (r *reader) codeBlock(start, stop int, lang string) {
	switch lang {
	case "", "json", "json5", "jsonc", "javascript", "js":
		r.findExamples(start, stop)
	}
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
