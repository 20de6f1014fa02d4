package gen

import (
	"bytes"
	"errors"
	"strconv"

	"github.com/dave/jennifer/jen"
)

// A block is a run of statements or interface methods that grows with
// the member count (Parse's switches, the visitor), written in gofmt's
// layout like data instead of through jennifer and go/format: they were
// two fifths of what generating the seed cost. The emitter puts a
// marker where the block goes, a call of codebookBlock<n> on a line of
// its own, and spliceBlocks replaces each marker line of the formatted
// file with the block, indented as the marker was. Only gen writes
// identifiers that start with "codebook", and spec text reaches the file
// only inside comments and quoted strings, so no other line is tabs and
// a marker. Every golden test checks that go/format leaves the result
// unchanged.
const blockMarker = "codebookBlock"

// block keeps a block written by write (lines at depth 0, each ending in
// a newline, none blank) and returns its marker: a statement in a
// function body, a method in an interface.
func (s *set) block(write func(b *bytes.Buffer)) *jen.Statement {
	var b bytes.Buffer
	write(&b)
	s.blocks = append(s.blocks, b.Bytes())
	return jen.Id(blockMarker + strconv.Itoa(len(s.blocks)-1)).Call()
}

// spliceBlocks replaces the marker lines of src, in order, with blocks.
func spliceBlocks(src []byte, blocks [][]byte) ([]byte, error) {
	if len(blocks) == 0 {
		return src, nil
	}
	size := len(src)
	for _, b := range blocks {
		size += 2 * len(b) // room for the indentation
	}
	out := make([]byte, 0, size)
	rest := src
	for i, b := range blocks {
		marker := blockMarker + strconv.Itoa(i) + "()\n"
		start, end, ok := markerLine(rest, marker)
		if !ok {
			return nil, errors.New("block " + strconv.Itoa(i) + " has no marker")
		}
		indent := rest[start : end-len(marker)]
		out = append(out, rest[:start]...)
		for len(b) > 0 {
			j := bytes.IndexByte(b, '\n') + 1
			out = append(out, indent...)
			out = append(out, b[:j]...)
			b = b[j:]
		}
		rest = rest[end:]
	}
	return append(out, rest...), nil
}

// markerLine finds the first line of src that is tabs and then marker
// (which ends in a newline) and returns where the line starts and ends.
func markerLine(src []byte, marker string) (start, end int, ok bool) {
	for from := 0; ; {
		j := bytes.Index(src[from:], []byte(marker))
		if j < 0 {
			return 0, 0, false
		}
		j += from
		i := j
		for i > 0 && src[i-1] == '\t' {
			i--
		}
		if i == 0 || src[i-1] == '\n' {
			return i, j + len(marker), true
		}
		from = j + len(marker)
	}
}
