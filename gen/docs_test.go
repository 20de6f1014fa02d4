package gen

import (
	"strings"
	"testing"
)

// TestExpandDocs checks that a doc marker line becomes its comment,
// indented as the marker was (a struct field's doc), and that the
// marker's text inside a string literal is left alone.
func TestExpandDocs(t *testing.T) {
	top := doc("F does a thing.", "", "\tcode(`a\\n`)").GoString()
	field := doc("X is a field with a very long explanation that has to wrap onto a second line of the comment.").GoString()
	src := top + "\nfunc F() {}\n\ntype T struct {\n\t" + field + "\n\tX int\n}\n\nvar s = \"" + docMarker + "hi\"\n"
	want := "// F does a thing.\n//\n//\tcode(`a\\n`)\nfunc F() {}\n\ntype T struct {\n" +
		"\t// X is a field with a very long explanation that has to wrap onto a second\n\t// line of the comment.\n\tX int\n}\n\n" +
		"var s = \"" + docMarker + "hi\"\n"
	got, err := expandDocs([]byte(src))
	if err != nil || string(got) != want {
		t.Fatalf("expandDocs = %q, %v\nwant %q", got, err, want)
	}
	if strings.Contains(top, "\n") || !strings.HasPrefix(top, docMarker) {
		t.Errorf("doc = %q: not one directive line, which go/format leaves alone", top)
	}
}
