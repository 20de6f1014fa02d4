package read

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"codebook.dev/codebook/spec/read/page"
)

// TestNestingCap checks that block quotes and lists nested past
// page.MaxNesting (on one line, one level a line, or by indentation)
// reach goldmark no deeper than the cap, with one warning: goldmark's
// time grows with the square of the depth it is given.
func TestNestingCap(t *testing.T) {
	var indented strings.Builder
	for i := range 300 {
		indented.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	var stairs strings.Builder
	for i := 1; i < 300; i++ {
		stairs.WriteString(strings.Repeat(">", i) + " x\n")
	}
	for name, doc := range map[string]string{
		"quotes on one line":  strings.Repeat(">", 5000) + " x\n",
		"spaced quotes":       strings.Repeat("> ", 5000) + "x\n",
		"lists on one line":   strings.Repeat("- ", 5000) + "x\n",
		"ordered on one line": strings.Repeat("1. ", 5000) + "x\n",
		"mixed on one line":   strings.Repeat("> - ", 3000) + "x\n",
		"quote stairs":        stairs.String(),
		"indented lists":      indented.String(),
	} {
		t.Run(name, func(t *testing.T) {
			capped, cut := page.CapNesting([]byte(doc))
			if len(cut) == 0 {
				t.Fatal("nothing cut")
			}
			if len(capped) != len(doc) {
				t.Fatalf("capped length %d, want %d (offsets must stay)", len(capped), len(doc))
			}
			tree := markdown().Parser().Parse(text.NewReader(capped))
			if d := depth(tree); d > page.MaxNesting {
				t.Errorf("goldmark nests %d block quotes and lists, cap %d", d, page.MaxNesting)
			}
			_, diags := Source("deep.md", []byte(doc))
			n := 0
			for _, d := range diags {
				if strings.Contains(d.Msg, "nested deeper than") {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d nesting warnings, want 1: %v", n, diags)
			}
		})
	}
}

// TestNestingCapKeepsPages checks that ordinary nesting is untouched.
func TestNestingCapKeepsPages(t *testing.T) {
	doc := "> quote\n> > inner\n\n- a\n  - b\n    1. c\n\n| Code | Message |\n|---|---|\n| 1 | One |\n"
	capped, cut := page.CapNesting([]byte(doc))
	if len(cut) != 0 || string(capped) != doc {
		t.Errorf("cut %v of an ordinary page", cut)
	}
}

// depth is the deepest nesting of block quotes and lists under n.
func depth(n ast.Node) int {
	d := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		d = max(d, depth(c))
	}
	switch n.(type) {
	case *ast.List, *ast.Blockquote:
		d++
	}
	return d
}
