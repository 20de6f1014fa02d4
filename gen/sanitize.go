package gen

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Spec text is hostile input: it goes into the generated program only as
// // comments built by comment and as string literals built by quote, so
// that no text can end a comment, start a directive or hide code behind
// bidi controls (Trojan Source). Nothing else in gen writes spec text.

// commentLines splits text into lines that are safe after "// ": invalid
// UTF-8 becomes U+FFFD, tabs become spaces, and control and format
// characters (U+202E and the other bidi controls included) are written as
// visible \uXXXX escapes. Line breaks of every kind split lines.
func commentLines(text string) []string {
	text = noBuildTag(text)
	if plainASCII(text) {
		if t := strings.TrimSpace(text); t != "" {
			return []string{t}
		}
		return nil
	}
	text = strings.ToValidUTF8(text, "\uFFFD")
	var lines []string
	for _, l := range strings.FieldsFunc(text, isLineBreak) {
		l = strings.TrimSpace(escapeLine(l))
		if l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// oneLine is commentLines for places that must stay on one line (the
// header, a list item): line breaks become spaces.
func oneLine(text string) string {
	text = noBuildTag(text)
	if plainASCII(text) {
		return strings.TrimSpace(text)
	}
	return strings.Join(commentLines(text), " ")
}

// noBuildTag writes "+build" as "\u002bbuild": a comment line before
// the package clause that mentions it (a path in the header, a key in
// the package doc) is taken by go vet for a malformed build constraint.
func noBuildTag(text string) string {
	if !strings.Contains(text, "+build") {
		return text
	}
	return strings.ReplaceAll(text, "+build", `\u002bbuild`)
}

// plainASCII reports text that needs no work: printable ASCII only (the
// common case, and the one that must stay fast at 100,000 members).
func plainASCII(text string) bool {
	for i := 0; i < len(text); i++ {
		if text[i] < ' ' || text[i] > '~' {
			return false
		}
	}
	return true
}

// escapeLine writes every character that is not printable text (and is
// not a plain space) as a \u escape, so that it shows in the source and
// cannot reorder or hide what surrounds it.
func escapeLine(s string) string {
	clean := true
	for _, r := range s {
		if needsEscape(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case needsEscape(r):
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsEscape reports every character that is not graphic: controls,
// format characters (bidi controls, zero-width joiners, BOM), private-use
// and unassigned code points. U+FFFD is graphic and stays.
func needsEscape(r rune) bool { return !unicode.IsGraphic(r) }

// isLineBreak reports the characters that end a line for a reader: a Go
// line comment ends at \n only, but \r, NEL and the Unicode line and
// paragraph separators would make the source look different from what
// the compiler sees, so every one of them starts a new comment line.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// comment renders lines as // lines for jen.Comment in raw mode (a
// string starting with "//" is written as is, never as a /* */ block),
// with prose reflowed (see reflow). Every doc comment of the package
// goes through here, so it writes into one builder without a slice of
// lines in between.
func comment(lines ...string) string {
	// gofmt drops blank lines at either end of a doc comment.
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	var b strings.Builder
	size := 0
	for _, l := range lines {
		size += len(l) + 4
	}
	b.Grow(size)
	blank := false
	reflow(lines, func(l string) {
		if l == "" && blank {
			return // gofmt keeps one blank line between paragraphs
		}
		blank = l == ""
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		if blank {
			b.WriteString("//")
			return
		}
		if l[0] == '\t' {
			// A code block: gofmt writes "//\t", no space.
			b.WriteString("//")
		} else {
			b.WriteString("// ")
			l = docQuotes(l)
		}
		// A quoted name can carry "+build" (quoteMsg keeps it), and
		// reflow can start a line with it: gofmt would take the line
		// for a build constraint and move it above the package clause.
		b.WriteString(noBuildTag(l))
	})
	if text := b.String(); !plainDoc(text) {
		return gofmtDoc(text)
	}
	return b.String()
}

// docWidth is where reflow wraps doc prose, in characters after "// ".
const docWidth = 76

// reflow joins each run of prose lines into a paragraph and wraps it at
// docWidth, so that docs built from names of any length read as
// written by hand, and passes the lines to emit in order. Blank lines,
// headings ("# "), list items and code blocks (lines starting with two
// spaces or a tab) stay as they are.
func reflow(lines []string, emit func(string)) {
	start := 0 // the first line of the current paragraph
	flush := func(end int) {
		switch end - start {
		case 0:
		case 1:
			wrap(lines[start], emit)
		default:
			wrap(strings.Join(lines[start:end], " "), emit)
		}
	}
	for i, l := range lines {
		if l == "" || l[0] == '\t' || strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "# ") {
			flush(i)
			emit(l)
			start = i + 1
		}
	}
	flush(len(lines))
}

// wrap breaks text at spaces into lines of at most docWidth characters
// (a longer word has a line of its own) and passes them to emit. A word
// that gofmt would read as a list marker at the start of a line ("-",
// "1.") stays on the line before. Words are the text between single
// spaces, so each line is a slice of text: nothing is copied. Spaces
// that end a line go, as gofmt drops them (the head and the tables are
// not formatted).
func wrap(text string, emit func(string)) {
	from, to, n := -1, 0, 0 // the line is text[from:to], n runes; from < 0: empty
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			j = len(text) - i
		}
		w := text[i : i+j]
		wn := runeCount(w)
		switch {
		case from >= 0 && n+1+wn > docWidth && !listMarker(w):
			emit(strings.TrimRight(text[from:to], " "))
			from, to, n = i, i+j, wn
			if w == "" {
				from = -1
			}
		case from >= 0:
			to, n = i+j, n+1+wn
		case w != "":
			from, to, n = i, i+j, wn
		}
		i += j + 1
	}
	if from < 0 {
		emit("")
		return
	}
	emit(strings.TrimRight(text[from:to], " "))
}

// runeCount is utf8.RuneCountInString with a fast path for ASCII, which
// nearly every word of a doc is.
func runeCount(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return utf8.RuneCountInString(s)
		}
	}
	return len(s)
}

// listMarker reports a word that starts a list item in a doc comment.
func listMarker(w string) bool {
	switch w {
	case "-", "*", "+", "•":
		return true
	}
	i := 0
	for i < len(w) && '0' <= w[i] && w[i] <= '9' {
		i++
	}
	return i > 0 && i == len(w)-1 && (w[i] == '.' || w[i] == ')')
}

// clean makes text safe to keep in a string literal: valid UTF-8 (a Go
// string is bytes, but JSON and terminals want UTF-8). quote then escapes
// every non-printable character.
func clean(text string) string { return strings.ToValidUTF8(text, "\uFFFD") }

// quote is the only way spec text becomes a Go string literal.
func quote(text string) string { return strconv.Quote(clean(text)) }
