package gen

import (
	"go/format"
	"strings"
	"testing"
)

// FuzzComment checks that every doc comment gen writes, whatever the
// spec text in it, is one gofmt leaves unchanged: gen writes docs in
// gofmt's layout itself (plainDoc) or through go/doc/comment (gofmtDoc).
func FuzzComment(f *testing.F) {
	for _, s := range []string{
		"T holds the codes.\n\n# Errors\n\nValues outside the spec are kept.",
		"the `` quote '' marks",
		"X is the payload:\n\n\t* 0\n\t{\"a\": 1}",
		"Intro.\n\nA Heading Like This\n\nBody text.",
		"Documented ranges:\n\n  - 1xx (en: one)\n  - 2xx",
		"\t- 1\n\t2",
		"a\n\n\n\nb",
		"1. x\n2. y",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// Lines as gen's docs hold them: prose, blank lines, code lines
		// (a payload's example) and list items.
		var lines []string
		for _, l := range strings.Split(text, "\n") {
			switch {
			case strings.HasPrefix(l, "\t"):
				for _, c := range commentLines(l) {
					lines = append(lines, "\t"+c)
				}
			case strings.HasPrefix(l, "  - ") && oneLine(l[4:]) != "":
				lines = append(lines, "  - "+oneLine(l[4:]))
			default:
				lines = append(lines, oneLine(l))
			}
		}
		c := comment(lines...)
		if c == "" {
			return
		}
		src := "package p\n\n" + c + "\nfunc F() {}\n"
		got, err := format.Source([]byte(src))
		if err != nil {
			t.Fatalf("comment(%q) does not parse: %v\n%s", lines, err, src)
		}
		if string(got) != src {
			t.Errorf("comment(%q) is not gofmt'd:\n%s\ngofmt:\n%s", lines, src, got)
		}
	})
}
