package gen

import (
	godoc "go/doc/comment"
	"strings"
	"unicode"
	"unicode/utf8"
)

// plainDoc reports a doc comment that gofmt leaves as it is, so that it
// can be written without go/doc/comment: its parser and printer were a
// fifth of what formatting the generated code cost, and gen's own docs
// never need them. Spec text can: a code block whose first line reads as a list item ("- 1", "* x": gofmt
// makes it a list) or that does not follow a blank line, a paragraph of
// one line that reads as an old-style heading (gofmt writes "# " before
// it). Such docs go through gofmtDoc.
// The test is conservative: anything it is unsure of takes the slow path.
func plainDoc(text string) bool {
	lines := strings.Split(text, "\n")
	// A code block or list ends at a blank line or at the end; gofmt
	// puts a blank line between it and prose.
	endsBlock := func(i int, prefix string) bool {
		return i+1 == len(lines) || lines[i+1] == "//" || strings.HasPrefix(lines[i+1], prefix)
	}
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "//\t"):
			// A code block opens after a blank line, never with a list
			// marker.
			if i == 0 || !strings.HasPrefix(lines[i-1], "//\t") && (lines[i-1] != "//" || listLike(l[3:])) || !endsBlock(i, "//\t") {
				return false
			}
		case strings.HasPrefix(l, "//   - "):
			// gen's list items ("  - en: …") follow a blank line or an item.
			if i == 0 || lines[i-1] != "//" && !strings.HasPrefix(lines[i-1], "//   - ") || !endsBlock(i, "//   - ") {
				return false
			}
		case strings.HasPrefix(l, "//  ") || strings.HasPrefix(l, "// #"):
			// Other indented text (gofmt's code or list rules) and
			// headings (gofmt's spacing) take the slow path.
			return false
		case strings.HasPrefix(l, "// "):
			if oneLineParagraph(lines, i) && endsInWord(l) {
				return false
			}
		}
	}
	return true
}

// listLike reports code-block text that begins with a list marker.
func listLike(s string) bool {
	s = strings.TrimLeft(s, " \t")
	if s == "" {
		return false
	}
	switch s[0] {
	case '-', '*', '+':
		return true
	}
	if strings.HasPrefix(s, "•") {
		return true
	}
	d := 0
	for d < len(s) && '0' <= s[d] && s[d] <= '9' {
		d++
	}
	return d > 0 && d < len(s) && (s[d] == '.' || s[d] == ')')
}

// oneLineParagraph reports a prose line with a blank line (or nothing)
// on each side, other than the doc's first line.
func oneLineParagraph(lines []string, i int) bool {
	return i > 0 && lines[i-1] == "//" && (i+1 == len(lines) || lines[i+1] == "//")
}

// endsInWord reports a line whose last character is a letter or digit,
// as an old-style heading's is (a sentence ends in punctuation).
func endsInWord(l string) bool {
	r, _ := utf8.DecodeLastRuneInString(l)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// gofmtDoc formats a doc comment's // lines as gofmt does: with
// go/doc/comment, as go/printer formats every doc comment. That is not
// always a fixed point (a code block opening a doc, then a list), and
// gofmt must find nothing to change, so it runs again until nothing
// does.
func gofmtDoc(text string) string {
	for range 8 {
		next := formatDoc(text)
		if next == text {
			break
		}
		text = next
	}
	return text
}

// formatDoc is one pass of gofmt's doc comment formatting.
func formatDoc(text string) string {
	var in strings.Builder
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimPrefix(l, "//")
		in.WriteString(strings.TrimPrefix(l, " "))
		in.WriteByte('\n')
	}
	var p godoc.Parser
	var pr godoc.Printer
	out := strings.TrimSuffix(string(pr.Comment(p.Parse(in.String()))), "\n")
	var b strings.Builder
	for i, l := range strings.Split(out, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		switch {
		case l == "":
			b.WriteString("//")
		case l[0] == '\t':
			b.WriteString("//" + l)
		default:
			b.WriteString("// " + l)
		}
	}
	return b.String()
}

// docQuotes writes every pair of backquotes in a line of doc text as “
// and every pair of apostrophes as ”, as gofmt does: docs are written in
// gofmt's layout, so gofmt must find nothing to change. gofmt leaves a
// run of three backquotes or more, but converts it on its next pass once
// a pair before it has become “; every pair is converted here, so that
// the line has none left.
func docQuotes(l string) string {
	if !strings.Contains(l, "``") && !strings.Contains(l, "''") {
		return l
	}
	var b strings.Builder
	for i := 0; i < len(l); {
		switch {
		case strings.HasPrefix(l[i:], "``"):
			b.WriteString("“")
			i += 2
		case strings.HasPrefix(l[i:], "''"):
			b.WriteString("”")
			i += 2
		default:
			b.WriteByte(l[i])
			i++
		}
	}
	return b.String()
}
