package codebookvet

import (
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
