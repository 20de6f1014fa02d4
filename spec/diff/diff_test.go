package diff

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/internal/golden"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/lock"
	"codebook.dev/codebook/spec/read"
)

// outputs are the sections a case checks, in the order they are written.
var outputs = []string{"want.txt", "want.md", "want.json", "want.diags"}

// TestCases runs every testdata/*.txtar: old.md and new.md (and
// optionally old.lock and new.lock) are read, pinned and compared, and
// each format must match its want section; want.diags is there only when
// the reader or the locks had something to say.
func TestCases(t *testing.T) {
	isOutput := func(name string) bool { return strings.HasPrefix(name, "want.") }
	golden.Run(t, isOutput, func(t *testing.T, ar *txtar.Archive) []txtar.File {
		got := run(t, ar)
		if !golden.Has(ar, "old.lock") && !golden.Has(ar, "new.lock") {
			// Names as Pin resolves them: the reader leaves set and
			// payload names to goname.Resolve.
			old, new := side(t, ar, "old"), side(t, ar, "new")
			Pin(&old, &new)
			checkInverse(t, old, new)
		}
		var files []txtar.File
		for _, name := range outputs {
			if name == "want.diags" && got[name] == "" {
				continue
			}
			files = append(files, txtar.File{Name: name, Data: []byte(got[name])})
		}
		return files
	})
}

func run(t *testing.T, ar *txtar.Archive) map[string]string {
	t.Helper()
	old := side(t, ar, "old")
	new := side(t, ar, "new")
	var diags bytes.Buffer
	for _, d := range Pin(&old, &new) {
		diags.WriteString(d.String() + "\n")
	}
	r := Compare(old, new)
	got := map[string]string{"want.diags": diags.String()}
	for i, format := range Formats {
		var b bytes.Buffer
		if err := r.Write(&b, format); err != nil {
			t.Fatal(err)
		}
		got[outputs[i]] = b.String()
	}
	return got
}

func side(t *testing.T, ar *txtar.Archive, name string) Side {
	t.Helper()
	s, diags := read.Source(name+".md", []byte(section(ar, name+".md")))
	if diags.HasErrors() {
		t.Fatalf("reading %s.md: %v", name, diags.Errors())
	}
	sd := Side{Name: name + ".md", Spec: s}
	if golden.Has(ar, name+".lock") {
		l, ld := lock.Parse(name+".lock", []byte(section(ar, name+".lock")))
		if len(ld) > 0 {
			t.Fatalf("reading %s.lock: %v", name, ld)
		}
		sd.Lock = l
	}
	return sd
}

func section(ar *txtar.Archive, name string) string { return string(golden.File(ar, name)) }

// build is a hand-made model for tests that need no markdown.
func build(sets ...*spec.Set) *spec.Spec { return &spec.Spec{Sets: sets} }
