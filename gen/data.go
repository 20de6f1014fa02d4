package gen

import (
	"bytes"
	"math/bits"
	"strconv"

	"codebook.dev/codebook/spec"
)

// data is text written directly in gofmt's layout instead of through
// jennifer and go/format: a set's type and constants (spliced into its
// file, right after the imports) and its lookup tables (a file of their
// own). Those grow with the member count, and go/printer needs about
// 8µs per constant: 100,000 members took 2 s to format, most of
// codebook's time. The layout is simple and fixed (a documented const
// block, arrays of one element per line), and every golden test checks
// that go/format leaves it unchanged.
type data struct {
	buf bytes.Buffer
}

// newData starts a file of a set's tables with the header and package
// clause. The size guess, about 200 bytes a member besides its texts,
// is what the tables of a 100,000-member set take, so a 20 MB buffer is
// neither regrown nor reserved twice over.
func newData(p *pkg, ss *spec.Set) *data {
	size := 1024 + 200*len(ss.Members)
	for _, m := range ss.Members {
		for _, t := range m.Texts {
			size += len(t.Text) + 4
		}
	}
	d := &data{}
	d.buf.Grow(size)
	d.buf.WriteString(p.header + "\n\npackage " + p.name + "\n")
	return d
}

// newHead starts the declarations of a set's type and constants, which
// go into the set's file after its imports (see splice). The size guess
// counts what memberDoc and the constant write for each member, with
// room after it for the rest of a large set's file, so that splice
// can move the head into place instead of copying it.
func newHead(ss *spec.Set) *data {
	size := 1024
	for _, m := range ss.Members {
		size += 48 + 2*(len(ss.Name)+len(m.GoName)+len(m.Value)) + len(m.Symbol)
		for _, t := range m.Texts {
			size += 12 + len(t.Lang) + len(t.Text)
		}
		for _, a := range m.Attrs {
			size += 12 + len(a.Name) + len(a.Value)
		}
	}
	if size > 1<<20 {
		size += 64 << 10
	}
	d := &data{}
	d.buf.Grow(size)
	return d
}

// decl starts a declaration: a blank line, then its doc comment.
func (d *data) decl(docLines ...string) {
	d.buf.WriteByte('\n')
	if len(docLines) > 0 {
		d.buf.WriteString(comment(docLines...))
		d.buf.WriteByte('\n')
	}
}

// constBlock writes "const ( … )" with a doc comment before every spec.
func (d *data) constBlock(doc []string, n int, spec func(i int) constSpec) {
	d.decl(doc...)
	d.buf.WriteString("const (\n")
	for i := 0; i < n; i++ {
		c := spec(i)
		c.doc(d)
		d.buf.WriteByte('\t')
		d.buf.WriteString(c.name)
		d.buf.WriteByte(' ')
		d.buf.WriteString(c.typ)
		d.buf.WriteString(" = ")
		d.buf.WriteString(c.value)
		d.buf.WriteByte('\n')
	}
	d.buf.WriteString(")\n")
}

// constSpec is one documented constant of a block; value is Go source
// and doc writes the constant's comment lines with docLine.
type constSpec struct {
	doc              func(d *data)
	name, typ, value string
}

// docLine writes one comment line of a const spec, joined from parts
// (already made safe for a comment); no parts, or only empty ones, is a
// blank "//" line.
func (d *data) docLine(parts ...string) {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if n == 0 {
		d.buf.WriteString("\t//\n")
		return
	}
	d.buf.WriteString("\t// ")
	for _, p := range parts {
		d.buf.WriteString(p)
	}
	d.buf.WriteByte('\n')
}

// array writes var name = [...]typ{…}, one element per line, as
// gofmt lays out a literal whose elements are on lines of their own.
func (d *data) array(name, typ string, n int, elem func(b []byte, i int) []byte, doc ...string) {
	d.decl(doc...)
	if n == 0 {
		d.buf.WriteString("var " + name + " = [...]" + typ + "{}\n")
		return
	}
	d.buf.WriteString("var " + name + " = [...]" + typ + "{\n")
	// Elements go through a small scratch buffer so that a table of a
	// million entries is never built twice.
	var scratch [64]byte
	for i := 0; i < n; i++ {
		d.buf.WriteByte('\t')
		d.buf.Write(elem(scratch[:0], i))
		d.buf.WriteString(",\n")
	}
	d.buf.WriteString("}\n")
}

// ints writes an array of non-negative table entries.
func (d *data) ints(name, typ string, vals []int, doc ...string) {
	d.array(name, typ, len(vals), func(b []byte, i int) []byte { return strconv.AppendInt(b, int64(vals[i]), 10) }, doc...)
}

// strs writes an array of string literals: one bounds check and a
// two-word load per lookup, cheaper than slicing one long string by an
// offset table (stringer's layout), which costs three checks.
func (d *data) strs(name string, entries []string, doc ...string) {
	d.array(name, "string", len(entries), func(b []byte, i int) []byte { return appendQuote(b, entries[i]) }, doc...)
}

// appendQuote appends quote(s). Printable ASCII without quotes or
// backslashes, nearly every name and message, is its own literal
// between double quotes, so it skips strconv's rune-by-rune escaping.
func appendQuote(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return strconv.AppendQuote(b, clean(s))
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// rankTables writes the bitmap and the running counts of rankIndex.
func (d *data) rankTables(bm, rk string, words []uint64, doc ...string) int {
	ranks := make([]int, len(words))
	n := 0
	for i, w := range words {
		ranks[i] = n
		n += bits.OnesCount64(w)
	}
	d.array(bm, "uint64", len(words), func(b []byte, i int) []byte {
		return strconv.AppendUint(append(b, "0x"...), words[i], 16)
	}, doc...)
	d.ints(rk, uintType(n), ranks)
	return n
}
