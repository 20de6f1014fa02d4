package render

import (
	"strings"

	"codebook.dev/codebook/gen"
)

// mdSpecial are the characters that start markdown or HTML inline syntax
// (GitHub's dialect: tables, strikethrough, math): each is written with
// a backslash, which CommonMark turns back into the character itself.
const mdSpecial = "\\`*_[]<>|~#!&{}$"

// Markdown returns text for inline markdown, a table cell included:
// gen's one-line sanitising (line breaks become spaces, controls and bidi
// characters visible \u escapes, invalid UTF-8 U+FFFD), then every
// character that could start a link, an HTML tag, a code span, emphasis
// or a table column backslash-escaped. The result renders as the text.
// Text that starts a line needs MarkdownLine.
func Markdown(text string) string { return escapeMarkdown(gen.OneLine(text), -1) }

// MarkdownLine is Markdown for text at the start of a line (a
// paragraph): a leading character that would start a list, a thematic
// break or a heading underline is escaped too.
func MarkdownLine(text string) string {
	text = gen.OneLine(text)
	return escapeMarkdown(text, blockMarker(text))
}

// escapeMarkdown backslash-escapes mdSpecial and the byte at lead.
func escapeMarkdown(text string, lead int) string {
	if lead < 0 && !strings.ContainsAny(text, mdSpecial) {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if i == lead || strings.IndexByte(mdSpecial, text[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(text[i])
	}
	return b.String()
}

// blockMarker returns the position of the character that makes text, at
// the start of a line, a list item, a thematic break or a setext heading
// underline ("- ", "+ ", "=", "1. ", "2) "), or -1. Escaping it keeps the
// line a paragraph. Digits before "." or ")" are counted without
// CommonMark's limit of nine: an escape too many renders the same, and
// no dialect's limit matters then.
func blockMarker(text string) int {
	if text == "" {
		return -1
	}
	switch text[0] {
	case '-', '+', '=':
		return 0
	}
	i := 0
	for i < len(text) && '0' <= text[i] && text[i] <= '9' {
		i++
	}
	if i > 0 && i < len(text) && (text[i] == '.' || text[i] == ')') {
		return i
	}
	return -1
}

// CodeBlock returns text as a fenced code block with the info string
// info: each line sanitised as by gen (its indentation kept, tabs as four
// spaces), fenced with more backquotes than any run in the text so that
// no line can close the block early.
func CodeBlock(info, text string) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		rest := strings.TrimLeft(l, " \t")
		indent := strings.ReplaceAll(l[:len(l)-len(rest)], "\t", "    ")
		if rest = gen.OneLine(rest); rest != "" {
			lines = append(lines, indent+rest)
		} else {
			lines = append(lines, "")
		}
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	body := strings.Join(lines, "\n")
	fence := strings.Repeat("`", max(3, longestRun(body, '`')+1))
	if body == "" {
		return fence + Markdown(info) + "\n" + fence
	}
	return fence + Markdown(info) + "\n" + body + "\n" + fence
}

func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// Anchor returns the fragment GitHub gives a heading: lower case, spaces
// as hyphens, other punctuation dropped.
func Anchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(heading) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			b.WriteRune(r)
		}
	}
	return b.String()
}

// HTMLComment returns text for the inside of an HTML comment on one
// line: no "--" (which could end it) and no "<!" (which could open
// another).
func HTMLComment(text string) string {
	text = gen.OneLine(text)
	for strings.Contains(text, "--") {
		text = strings.ReplaceAll(text, "--", "- -")
	}
	return strings.ReplaceAll(text, "<!", "< !")
}

// langNames are the English names of the languages the reference page
// heads columns with; any other tag is shown as itself.
var langNames = map[string]string{
	"en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
	"fr": "French", "de": "German", "es": "Spanish", "pt": "Portuguese",
	"ru": "Russian", "vi": "Vietnamese", "th": "Thai", "id": "Indonesian",
	"ms": "Malay", "ar": "Arabic", "hi": "Hindi", "it": "Italian",
}

// LangName returns the English name of a language tag, or the tag.
func LangName(tag string) string {
	if n, ok := langNames[strings.ToLower(tag)]; ok {
		return n
	}
	return tag
}
