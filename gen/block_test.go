package gen

import "testing"

// TestSpliceBlocks checks that a block replaces only its marker line,
// indented as the marker, and not a comment or string that holds the
// marker's text (spec text can).
func TestSpliceBlocks(t *testing.T) {
	src := "func f() {\n" +
		"\t// codebookBlock0()\n" +
		"\tx := \"\\tcodebookBlock0()\"\n" +
		"\tcodebookBlock0()\n" +
		"\tif x {\n" +
		"\t\tcodebookBlock1()\n" +
		"\t}\n" +
		"}\n"
	want := "func f() {\n" +
		"\t// codebookBlock0()\n" +
		"\tx := \"\\tcodebookBlock0()\"\n" +
		"\tswitch x {\n" +
		"\tcase 1:\n" +
		"\t\treturn\n" +
		"\t}\n" +
		"\tif x {\n" +
		"\t\ty()\n" +
		"\t}\n" +
		"}\n"
	got, err := spliceBlocks([]byte(src), [][]byte{[]byte("switch x {\ncase 1:\n\treturn\n}\n"), []byte("y()\n")})
	if err != nil || string(got) != want {
		t.Fatalf("spliceBlocks = %q, %v; want %q", got, err, want)
	}
	if _, err := spliceBlocks([]byte("\t// codebookBlock0()\n"), [][]byte{[]byte("x\n")}); err == nil {
		t.Error("a marker only in a comment was taken")
	}
}
