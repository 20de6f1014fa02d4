package render_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/render"
)

var (
	camelRE = regexp.MustCompile(`^[a-z][A-Za-z0-9]*$`)
	snakeRE = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	goRE    = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)
)

// FuzzNames checks the template name functions on any text: goName an
// exported ASCII Go identifier, camel a JavaScript identifier starting
// with a lower-case letter, snake lower-case words joined by single
// underscores, and camel and snake made of the same words.
func FuzzNames(f *testing.F) {
	for _, s := range []string{"", "FailedCode", "OPI_SIGN_ERROR", "HTTPStatus", "mchOrderId", "21401", "1abc", "__", "a__b_", "错误码", "x-trace-id", "\xff", "ID2ID"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		g, c, s := render.GoName(text), render.Camel(text), render.Snake(text)
		if !goRE.MatchString(g) {
			t.Errorf("GoName(%q) = %q", text, g)
		}
		if !camelRE.MatchString(c) {
			t.Errorf("Camel(%q) = %q", text, c)
		}
		if !snakeRE.MatchString(s) {
			t.Errorf("Snake(%q) = %q", text, s)
		}
		if strings.ToLower(c) != strings.ReplaceAll(s, "_", "") {
			t.Errorf("Camel(%q) = %q and Snake = %q have different words", text, c, s)
		}
	})
}

// FuzzQuote checks the quoting functions on any text: a JSON/TypeScript
// string decodes to the (UTF-8 cleaned) text and holds no raw line
// break, < or backquote-sensitive escape; a key is an identifier or such
// a string; comment, markdown and HTML-comment text stay on one line and
// cannot close what they are in; a code block's fence is longer than any
// backquote run inside.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{"", "plain", `a"b\c`, "`${x}`", "</script>", "*/", "-->", "\u202e\u2028", "\xff", "a\nb", "```", "__proto__", "|x|"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		js := render.JSString(text)
		var back string
		if err := json.Unmarshal([]byte(js), &back); err != nil || back != gen.Clean(text) {
			t.Errorf("JSString(%q) = %s decodes to %q, %v", text, js, back, err)
		}
		if strings.ContainsAny(js, "\n\r<>&\u2028\u2029") {
			t.Errorf("JSString(%q) = %s holds a raw break or markup character", text, js)
		}
		if k := render.TSKey(text); k != `["__proto__"]` && !camelOrIdent(k) {
			if err := json.Unmarshal([]byte(k), &back); err != nil {
				t.Errorf("TSKey(%q) = %s", text, k)
			}
		}
		if c := render.TSComment(text); strings.Contains(c, "*/") || strings.ContainsAny(c, "\n\r") {
			t.Errorf("TSComment(%q) = %q", text, c)
		}
		if h := render.HTMLComment(text); strings.Contains(h, "--") || strings.Contains(h, "<!") || strings.ContainsAny(h, "\n\r") {
			t.Errorf("HTMLComment(%q) = %q", text, h)
		}
		for _, md := range []string{render.Markdown(text), render.MarkdownLine(text)} {
			if strings.ContainsAny(md, "\n\r") || unescaped(md, "|<`[") {
				t.Errorf("Markdown(%q) = %q", text, md)
			}
		}
		block := render.CodeBlock("json", text)
		fence := block[:strings.IndexByte(block, 'j')]
		body := strings.TrimSuffix(block[len(fence)+len("json"):], fence)
		if strings.Contains(body, fence) || !strings.HasSuffix(block, "\n"+fence) {
			t.Errorf("CodeBlock(%q) = %q", text, block)
		}
	})
}

var identRE = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)

func camelOrIdent(s string) bool { return identRE.MatchString(s) }

// unescaped reports a character of chars in md not preceded by an odd
// number of backslashes.
func unescaped(md, chars string) bool {
	for i := 0; i < len(md); i++ {
		if strings.IndexByte(chars, md[i]) < 0 {
			continue
		}
		n := 0
		for j := i - 1; j >= 0 && md[j] == '\\'; j-- {
			n++
		}
		if n%2 == 0 {
			return true
		}
	}
	return false
}
