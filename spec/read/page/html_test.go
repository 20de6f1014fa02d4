package page

import (
	"fmt"
	"strings"
	"testing"
)

// hostile pages, each made at size n, whose cost must grow linearly
// with n: deep nesting, unclosed and stray tags, nested tables, one
// long line.
var hostile = map[string]func(n int) string{
	"nested divs": func(n int) string {
		return strings.Repeat("<div>", n) + "<table><tr><td>E1</td></tr></table>" + strings.Repeat("</div>", n)
	},
	"unclosed spans then items": func(n int) string {
		return "<ul>" + strings.Repeat("<span>", n) + strings.Repeat("<li>x", n)
	},
	"nested lists": func(n int) string { return strings.Repeat("<ul><li>x", n) },
	"stray end tags": func(n int) string {
		return "<p>a" + strings.Repeat("</div></span></td></table>", n)
	},
	"end tags of a deep element": func(n int) string {
		return "<b>" + strings.Repeat("<i>", n) + strings.Repeat("</b><b>", n)
	},
	"nested tables": func(n int) string { return strings.Repeat("<table><tr><td>x", n) },
	"nested headings in cells": func(n int) string {
		return strings.Repeat("<table><tr><td><h2>h</h2>", n)
	},
	"cells without rows": func(n int) string {
		return "<table>" + strings.Repeat("<td>a<td>b", n) + "</table>"
	},
	"one long line": func(n int) string {
		return "<table><tr><td>" + strings.Repeat("word &amp; ", n) + "</td></tr></table>"
	},
	"unclosed chrome": func(n int) string {
		return strings.Repeat("<nav><div>", n) + "text"
	},
}

// TestHTMLLinear checks that the work page.HTML does on hostile pages
// grows linearly: at ten times the size, at most eleven times the
// steps, and a bounded number of steps a tag.
func TestHTMLLinear(t *testing.T) {
	for name, make := range hostile {
		t.Run(name, func(t *testing.T) {
			small, big := make(2000), make(20000)
			_, _, s1 := parseHTML([]byte(small), 0, -1)
			_, _, s2 := parseHTML([]byte(big), 0, -1)
			if s2 > 11*s1 {
				t.Errorf("steps %d at size %d, %d at ten times the size: not linear", s1, len(small), s2)
			}
			if tags := strings.Count(big, "<"); s2 > 200*tags+1000 {
				t.Errorf("%d steps for %d tags", s2, tags)
			}
		})
	}
}

func TestHTMLNestedDivs(t *testing.T) {
	doc := hostile["nested divs"](100_000)
	bs, end := HTML([]byte(doc), 0, -1)
	if end != len(doc) {
		t.Errorf("stopped at %d of %d", end, len(doc))
	}
	if len(bs) != 1 || bs[0].Kind != Table || bs[0].Table.Rows[0].Cells[0].Text != "E1" {
		t.Errorf("blocks %+v, want the one table", bs)
	}
}

// TestHTMLBlocks checks the stream a page gives: kinds, texts, levels,
// nesting and offsets, chrome left out.
func TestHTMLBlocks(t *testing.T) {
	src := `<html><head><title>T</title><script>x="<h1>no</h1>"</script></head><body>
<nav><h2>Menu</h2></nav>
<h2>Errors<a class="headerlink" href="#e">¶</a></h2>
<p>Read <code>code</code> &amp; more.</p>
<ul><li>A<ul><li>A1</li></ul></li><li>B</ul>
<dl><dt><code>4001</code></dt><dd>Sender not approved</dd></dl>
<pre class="language-json"><code>{"a": 1}</code></pre>
<table><tr><th>Code</th><th colspan="2">Text</th></tr><tr><td rowspan="2">E1</td><td>x</td><td>y</td></tr><tr><td>z</td><td>w</td></tr></table>
<!-- codebook: ignore -->
</body></html>`
	bs, _ := HTML([]byte(src), 0, -1)
	var got []string
	for _, b := range bs {
		s := fmt.Sprintf("%d:%q", b.Kind, b.Text)
		switch b.Kind {
		case Heading:
			s += fmt.Sprintf(" h%d", b.Level)
		case List:
			s += fmt.Sprintf(" %q/%q %q", b.Items[0].Text, b.Items[0].Items[0].Text, b.Items[1].Text)
		case DefList:
			s += fmt.Sprintf(" %q=%q", b.Defs[0].Term, b.Defs[0].Descs[0].Text)
		case Code:
			s += " " + b.Lang
		case Table:
			for _, r := range b.Table.Rows {
				var cs []string
				for _, c := range r.Cells {
					cs = append(cs, c.Text)
				}
				s += " [" + strings.Join(cs, "|") + "]"
			}
			s += fmt.Sprintf(" head=%d", b.Table.Head)
		case Comment:
			s += " " + src[b.Off:b.End]
		}
		got = append(got, s)
	}
	want := []string{
		`1:"Errors" h2`,
		`2:"Read code & more."`,
		`3:"" "A"/"A1" "B"`,
		`4:"" "4001"="Sender not approved"`,
		`5:"{\"a\": 1}" json`,
		`6:"" [Code|Text|Text] [E1|x|y] [E1|z|w] head=1`,
		`7:"" <!-- codebook: ignore -->`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, b := range bs {
		if b.Kind == Heading && !strings.HasPrefix(src[b.Off:], "<h2>") {
			t.Errorf("heading at %d: %q", b.Off, src[b.Off:b.Off+10])
		}
	}
}

// TestHTMLRun checks that a run of HTML inside markdown ends where its
// block does, or at the end of a table open there.
func TestHTMLRun(t *testing.T) {
	src := "<!-- codebook: ignore -->\n| a | b |\n<table>\n\n<tr><td>x</td></tr>\n\n</table>\nafter\n"
	_, end := HTML([]byte(src), 0, len("<!-- codebook: ignore -->\n"))
	if end != len("<!-- codebook: ignore -->\n") {
		t.Errorf("comment run ended at %d", end)
	}
	start := strings.Index(src, "<table>")
	bs, end := HTML([]byte(src), start, start+len("<table>\n"))
	if want := strings.Index(src, "after"); end > want || end < want-1 || len(bs) != 1 {
		t.Errorf("table run ended at %d (want %d), blocks %+v", end, want, bs)
	}
}

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		name, src string
		html      bool
	}{
		{"a.html", "", true},
		{"a.HTM", "# x", true},
		{"a.md", "\ufeff  <!DOCTYPE html><html>", true},
		{"a.md", "<!-- saved from url=(0042)https://x -->\n<html>", true},
		{"a.md", "# Title\n<table>", false},
		{"a", "<HTML>", true},
	} {
		if got := IsHTML(c.name, []byte(c.src)); got != c.html {
			t.Errorf("IsHTML(%q, %q) = %v", c.name, c.src, got)
		}
	}
	if enc, _ := Charset([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=GB2312">`)); enc != "GB2312" {
		t.Errorf("charset %q", enc)
	}
	if enc, _ := Charset([]byte(`<meta charset="utf-8">`)); enc != "" {
		t.Errorf("utf-8 reported as %q", enc)
	}
	if Binary([]byte("\x89PNG\r\n\x1a\n....")) != "a PNG image" || Binary([]byte("<html>")) != "" {
		t.Error("binary sniffing")
	}
	if !JSONBody([]byte(` {"code": 1}`)) || JSONBody([]byte("{{template}}")) {
		t.Error("json sniffing")
	}
}

func TestChromeName(t *testing.T) {
	for name, want := range map[string]bool{
		"md-sidebar": true, "VPSidebar": true, "theme-doc-toc-desktop": true,
		"has-sidebar": false, "wy-nav-content": false, "wy-grid-for-nav": false,
		"main-wrapper": false, "navbar__search": true, "MSearchBox": true,
		"anchor": false, "headerlink": true, "table-of-contents": true,
		"book-search-results": false, "contents": false, "header": false,
	} {
		if got := chromeName(name); got != want {
			t.Errorf("chromeName(%q) = %v, want %v", name, got, want)
		}
	}
}
