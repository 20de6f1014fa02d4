package codebookvet

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// FuzzOneLine checks that any member text, written into the comment of
// an inserted case, leaves a file that parses, with the text intact on
// one line.
func FuzzOneLine(f *testing.F) {
	for _, s := range []string{"Request sign error", "签名错误", "a\nb\r\nc", "\x00", "\ufeff", "\xff\xfe", "*/ }", "\u2028x", "", " a", "a  b", "a b ", "a\tb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		line := oneLine(text)
		if slow := cleanLine(text); line != slow {
			t.Fatalf("oneLine(%q) = %q, the slow way %q", text, line, slow)
		}
		if strings.ContainsAny(line, "\n\r") {
			t.Fatalf("oneLine(%q) = %q spans lines", text, line)
		}
		src := "package p\n\nfunc f(c int) {\n\tswitch c {\n\tcase 1: // " + line + "\n\t}\n}\n"
		file, err := parser.ParseFile(token.NewFileSet(), "p.go", src, parser.ParseComments)
		if err != nil {
			t.Fatalf("text %q breaks the file: %v\n%s", text, err, src)
		}
		if got := file.Comments[0].List[0].Text; got != "// "+line {
			t.Fatalf("comment %q, want %q", got, "// "+line)
		}
	})
}

// FuzzMemberText checks that whatever a constant's doc comment holds,
// the text read from it for the missing-cases fix is one clean line,
// and that the first "- lang: text" item is the one read.
func FuzzMemberText(f *testing.F) {
	for _, s := range []string{
		"CodeSignError is code 21001.\n\n  - en: Sign error\n  - zh: 签名错误\n\nRows: spec/opi.md:12",
		"- en: a\n- en: b",
		"-en: no space",
		"- : empty language",
		"- en:",
		"- en: text: with a colon",
		"/* block */",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		doc := &ast.CommentGroup{}
		for line := range strings.Lines(body) {
			doc.List = append(doc.List, &ast.Comment{Text: "// " + strings.TrimRight(line, "\n")})
		}
		got := memberText(doc)
		if got != oneLine(got) {
			t.Fatalf("memberText(%q) = %q, not one clean line", body, got)
		}
		for line := range strings.Lines(body) {
			item, ok := strings.CutPrefix(strings.TrimLeft(line, " \t"), "- ")
			if !ok {
				continue
			}
			if _, text, ok := strings.Cut(strings.TrimRight(item, "\n"), ": "); ok {
				if want := oneLine(text); got != want {
					t.Fatalf("memberText(%q) = %q, want the first item's %q", body, got, want)
				}
				return
			}
		}
		if got != "" {
			t.Fatalf("memberText(%q) = %q without an item", body, got)
		}
	})
}
