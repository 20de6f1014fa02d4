package read

import (
	"fmt"
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/read/page"
)

// streamOf reads a document's block stream as readDoc makes it.
func streamOf(name, doc string) (*reader, []string) {
	var diags spec.Diags
	r := &reader{diags: &diags, src: newSource(name, []byte(doc), &diags)}
	if page.IsHTML(name, []byte(doc)) {
		r.htmlBlocks(0, -1)
	} else {
		r.markdownBlocks()
	}
	var out []string
	for i := range r.blocks {
		b := &r.blocks[i]
		s := fmt.Sprintf("%d@%d:%d %q", b.Kind, r.src.pos(b.Off).Line, r.src.pos(b.Off).Col, r.blockText(b))
		switch b.Kind {
		case page.Heading:
			s += fmt.Sprintf(" h%d", b.Level)
		case page.List:
			s += " " + items(b.Items)
		case page.Table:
			s += fmt.Sprintf(" rows=%d", len(b.grid.rows))
		}
		if b.inList {
			s += " in-list"
		}
		out = append(out, s)
	}
	return r, out
}

func items(its []page.Item) string {
	var parts []string
	for _, it := range its {
		p := fmt.Sprintf("%q", it.Text)
		if len(it.Items) > 0 {
			p += items(it.Items)
		}
		parts = append(parts, p)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// TestMarkdownStream checks the stream the markdown front end makes:
// headings with levels (a markdown heading's offset is its text's),
// paragraphs with their text, lists with nesting (a tight list's items
// are no paragraphs of their own), tables, and the HTML inside markdown
// in the same stream, in order.
func TestMarkdownStream(t *testing.T) {
	doc := "# Errors\n\nRead `code` **first**.\n\n- `E1` — one\n  - detail\n- E2 — two\n\n<h2>Auth</h2>\n<table><tr><th>Code</th><th>Message</th></tr><tr><td>A1</td><td>x</td></tr></table>\n\n## More\n\n| Code | Message |\n|---|---|\n| B1 | y |\n"
	_, got := streamOf("in.md", doc)
	want := []string{
		`1@1:3 "Errors" h1`,
		`2@3:1 "Read code first."`,
		`3@5:3 "" ["E1 — one"["detail"] "E2 — two"]`,
		`1@9:1 "Auth" h2`,
		`6@10:1 "" rows=2`,
		`1@12:4 "More" h2`,
		`6@14:1 "" rows=2`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("stream:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
