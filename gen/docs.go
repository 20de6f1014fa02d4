package gen

import (
	"bytes"
	"errors"
)

// docMarker starts the line that stands for a doc comment while
// go/format runs. go/printer parses and prints every doc comment again
// (go/doc/comment), a fifth of what formatting the fixed methods cost;
// a comment that is only a directive (//name:x…) it leaves alone. The
// doc text is written by comment, already in gofmt's layout, and
// expandDocs puts it in place of the directive once the file is
// formatted. The "d" after the colon makes the line a directive
// whatever the text starts with. Only gen writes comments that start
// with "codebookdoc:", and a marker is only ever a line of its own.
const docMarker = "//codebookdoc:d"

// expandDocs replaces every marker line of src with its doc comment,
// indented as the marker was. A marker's text elsewhere (inside a
// string literal that quotes spec text) is not a marker line and stays.
func expandDocs(src []byte) ([]byte, error) {
	marker := []byte(docMarker)
	if !bytes.Contains(src, marker) {
		return src, nil
	}
	out := make([]byte, 0, len(src)+len(src)/2)
	rest := src
	for {
		start, j, ok := markerLine(rest, docMarker)
		if !ok {
			return append(out, rest...), nil
		}
		j -= len(marker)
		stop := bytes.IndexByte(rest[j:], '\n')
		if stop < 0 {
			return nil, errors.New("doc comment marker on the last line")
		}
		stop += j
		end := stop + 1
		text := unescapeDoc(rest[j+len(marker) : stop])
		indent := rest[start:j]
		out = append(out, rest[:start]...)
		for _, l := range bytes.Split(text, []byte("\n")) {
			out = append(out, indent...)
			out = append(out, l...)
			out = append(out, '\n')
		}
		rest = rest[end:]
	}
}

// unescapeDoc undoes doc's escapes: \n is a line break, \\ a backslash.
func unescapeDoc(s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			if s[i] == 'n' {
				out = append(out, '\n')
				continue
			}
		}
		out = append(out, s[i])
	}
	return out
}
