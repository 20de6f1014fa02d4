package render_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/gen/fill"
	"codebook.dev/codebook/render"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/diff"
)

// FuzzHostileText renders every built-in with hostile text in every
// place of the model and checks that none of it left its string, comment
// or cell: the TypeScript has the same tokens as with a placeholder
// text, and its strings decode; the catalog parses and holds exactly the
// texts; the markdown (the reference page and the diff report) has the
// same markup. No output holds a raw control, bidi or other invisible
// character, or invalid UTF-8.
func FuzzHostileText(f *testing.F) {
	for _, s := range []string{
		nastyText, "", " ", "plain", "__proto__", "constructor", "x-y", "`", "```", "${", "\"", "'", "\\", "*/", "//",
		"</script>", "<!--", "-->", "\u202e", "\u2028", "\u2029", "\r", "\x00", "\xff", "- a", "1. a", "===", "---",
		"| a | b |", "[x](y)", "$x$", "<br>", "&amp;", "a\nb", "\t", "\u00a0", "\u200b", "日本語", "+build",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !usableHostile(text) {
			return
		}
		hostile := render.New(hostileModel(text), []string{"spec/" + text})
		plain := render.New(placeholderModel(text), []string{"spec/" + placeholder(text)})
		for _, b := range modelBuiltins() {
			got := renderBuiltin(t, b.Name, hostile)
			checkVisible(t, b.Name, got)
			base := renderBuiltin(t, b.Name, plain)
			switch b.Name {
			case "typescript":
				if len(fill.Params(text)) > 0 {
					// Placeholders give the module MessageWith, which the
					// placeholder text has not: only the strings are
					// checked (TestTypeScriptStrict type-checks nastyText,
					// which has placeholders).
					base = got
				}
				checkTypeScript(t, got, base)
			case "catalog":
				checkCatalog(t, hostile, got)
			case "reference", "reference-dev":
				checkMarkdown(t, b.Name, got, base)
			default:
				t.Fatalf("no check for built-in %s", b.Name)
			}
		}
		got, base := diffReport(t, text), diffReport(t, placeholder(text))
		checkVisible(t, "diff", got)
		checkMarkdown(t, "diff", got, base)
	})
}

// diffReport renders the diff built-in's template for a change from the
// hostile model to a revision that rewords, removes and adds codes.
func diffReport(t *testing.T, text string) []byte {
	old, new := hostileModel(text), hostileModel(text)
	new.Sets[0].Members[0].SetText("en", "new "+text, spec.Pos{})
	new.Sets[0].Members = new.Sets[0].Members[:1]
	// The added code must differ from text, the string set's other code
	// (the reader never gives a set one code twice).
	added := "C"
	if text == added {
		added = "D"
	}
	new.Sets[1].Members = append(new.Sets[1].Members, member(added, 0, added, "en", text))
	var b bytes.Buffer
	if err := diff.Compare(diff.Side{Name: "old", Spec: old}, diff.Side{Name: "new", Spec: new}).WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// checkVisible fails on invalid UTF-8 and on any character gen never
// writes raw (gen.NeedsEscape), line feeds apart.
func checkVisible(t *testing.T, name string, out []byte) {
	t.Helper()
	if !utf8.Valid(out) {
		t.Fatalf("%s: invalid UTF-8 in the output", name)
	}
	for i, r := range string(out) {
		if r != '\n' && gen.NeedsEscape(r) {
			t.Fatalf("%s: raw %U at byte %d:\n%s", name, r, i, out)
		}
	}
}

// checkTypeScript compares the token kinds of the module with those of
// the placeholder's module, and decodes every string literal as JSON
// (JSString writes literals that are both).
func checkTypeScript(t *testing.T, got, base []byte) {
	t.Helper()
	gk, strs, err := tsTokens(string(got))
	if err != nil {
		t.Fatalf("typescript: %v\n%s", err, got)
	}
	bk, _, err := tsTokens(string(base))
	if err != nil {
		t.Fatalf("typescript (placeholder): %v\n%s", err, base)
	}
	if !slices.Equal(gk, bk) {
		t.Fatalf("typescript: the text changed the module's tokens:\n%s\nwith a placeholder:\n%s", got, base)
	}
	for _, s := range strs {
		var v string
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			t.Fatalf("typescript: string literal %s is not a JSON string: %v", s, err)
		}
	}
}

// tsTokens splits TypeScript into token kinds, as far as the template's
// output needs: comments, double-quoted strings (returned too),
// identifiers, numbers and punctuation. A template literal, a regular
// expression or an unterminated string or comment is an error: the
// template writes none.
func tsTokens(src string) (kinds, strs []string, err error) {
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\n':
			i++
		case strings.HasPrefix(src[i:], "//"):
			end := strings.IndexByte(src[i:], '\n')
			if end < 0 {
				end = len(src) - i
			}
			if strings.ContainsAny(src[i:i+end], "\r\u2028\u2029") {
				return nil, nil, fmt.Errorf("line terminator inside // comment at byte %d", i)
			}
			kinds, i = append(kinds, "//"), i+end
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return nil, nil, fmt.Errorf("unterminated comment at byte %d", i)
			}
			kinds, i = append(kinds, "/*"), i+2+end+2
		case c == '"' || c == '\'':
			j := i + 1
			for j < len(src) && src[j] != c {
				if src[j] == '\n' || src[j] == '\r' {
					return nil, nil, fmt.Errorf("line break inside a string at byte %d", j)
				}
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(src) {
				return nil, nil, fmt.Errorf("unterminated string at byte %d", i)
			}
			kinds, strs, i = append(kinds, "STR"), append(strs, src[i:j+1]), j+1
		case c == '`':
			return nil, nil, fmt.Errorf("template literal at byte %d", i)
		case isWordByte(c):
			j := i
			for j < len(src) && isWordByte(src[j]) {
				j++
			}
			kind := "ID"
			if '0' <= c && c <= '9' {
				kind = "NUM"
			}
			kinds, i = append(kinds, kind), j
		default:
			kinds, i = append(kinds, string(c)), i+1
		}
	}
	return kinds, strs, nil
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// checkCatalog parses the catalog and compares it with the model: every
// language, every member, its Message as valid UTF-8.
func checkCatalog(t *testing.T, d *render.Data, out []byte) {
	t.Helper()
	var cat map[string]map[string]string
	if err := json.Unmarshal(out, &cat); err != nil {
		t.Fatalf("catalog: %v\n%s", err, out)
	}
	if len(cat) != len(d.Langs) {
		t.Fatalf("catalog has %d languages, the spec %d", len(cat), len(d.Langs))
	}
	for _, l := range d.Langs {
		n := 0
		for _, s := range d.Sets {
			for _, m := range s.Members {
				n++
				key := gen.Clean(s.Name + "." + m.Value)
				if got, want := cat[l][key], gen.Clean(m.Message(l)); got != want {
					t.Fatalf("catalog[%q][%q] = %q, want %q", l, key, got, want)
				}
			}
		}
		if len(cat[l]) != n {
			t.Fatalf("catalog[%q] has %d keys for %d members", l, len(cat[l]), n)
		}
	}
}

// checkMarkdown compares the markup of two renders line by line (see
// mdSkeleton), and checks the generated-file comment.
func checkMarkdown(t *testing.T, name string, got, base []byte) {
	t.Helper()
	gs, bs := mdSkeleton(string(got)), mdSkeleton(string(base))
	if !slices.Equal(gs, bs) {
		for i := range min(len(gs), len(bs)) {
			if gs[i] != bs[i] {
				t.Fatalf("%s: the text changed the markup at element %d: %q, with a placeholder %q\n%s", name, i, gs[i], bs[i], got)
			}
		}
		t.Fatalf("%s: the text changed the number of lines or blocks (%d, with a placeholder %d)\n%s", name, len(gs), len(bs), got)
	}
	if first, _, _ := strings.Cut(string(got), "\n"); strings.HasPrefix(first, "<!--") &&
		(strings.Count(first, "-->") != 1 || !strings.HasSuffix(first, " -->") || strings.Count(first, "<!--") != 1) {
		t.Fatalf("%s: header comment %q", name, first)
	}
}

// mdActive are the characters that make markup inline; an escaped one
// (\*) is text.
const mdActive = "|`*_[]<>!&~#${}"

// mdSkeleton reduces markdown to its markup: a first-line comment and a
// fenced code block become one element each, and every other line its block marker (list, quote,
// heading, thematic break, indented code) and its unescaped active
// characters, in order.
func mdSkeleton(src string) []string {
	var out []string
	fence := ""
	for n, line := range strings.Split(src, "\n") {
		if n == 0 && strings.HasPrefix(line, "<!--") {
			// The generated-file comment: checkMarkdown checks it.
			out = append(out, "COMMENT")
			continue
		}
		if fence != "" {
			if t := strings.TrimLeft(line, " "); len(line)-len(t) <= 3 && strings.TrimRight(t, " ") != "" &&
				strings.Trim(strings.TrimRight(t, " "), "`") == "" && len(strings.TrimRight(t, " ")) >= len(fence) {
				out, fence = append(out, "FENCE"), ""
			}
			continue
		}
		if t := strings.TrimLeft(line, " "); len(line)-len(t) <= 3 && strings.HasPrefix(t, "```") {
			fence = t[:len(t)-len(strings.TrimLeft(t, "`"))]
			continue
		}
		var b strings.Builder
		b.WriteString(blockClass(line))
		b.WriteByte(':')
		for i := 0; i < len(line); i++ {
			if line[i] == '\\' && i+1 < len(line) && line[i+1] < utf8.RuneSelf && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", line[i+1]) >= 0 {
				i++
				continue
			}
			if strings.IndexByte(mdActive, line[i]) >= 0 {
				b.WriteByte(line[i])
			}
		}
		out = append(out, b.String())
	}
	if fence != "" {
		out = append(out, "UNCLOSED FENCE")
	}
	return out
}

// blockClass names what the start of a line makes it, or "".
func blockClass(line string) string {
	if strings.HasPrefix(line, "    ") {
		return "indent"
	}
	t := strings.TrimLeft(line, " ")
	if t == "" {
		return "blank"
	}
	switch t[0] {
	case '-', '+', '=', '>', '#', '*', '_':
		return t[:1]
	}
	i := 0
	for i < len(t) && '0' <= t[i] && t[i] <= '9' {
		i++
	}
	if i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')') {
		return "ol"
	}
	return ""
}
