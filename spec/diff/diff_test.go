package diff

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/lock"
	"codebook.dev/codebook/spec/read"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// outputs are the sections a case checks, in the order they are written.
var outputs = []string{"want.txt", "want.md", "want.json", "want.diags"}

// TestCases runs every testdata/*.txtar: old.md and new.md (and
// optionally old.lock and new.lock) are read, pinned and compared, and
// each format must match its want section.
func TestCases(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.txtar")
	if len(paths) == 0 {
		t.Fatal("no test cases")
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := run(t, ar)
			if !has(ar, "old.lock") && !has(ar, "new.lock") {
				checkInverse(t, side(t, ar, "old"), side(t, ar, "new"))
			}
			if *update {
				rewrite(t, path, ar, got)
				return
			}
			for _, name := range outputs {
				want := section(ar, name)
				if got[name] != want {
					t.Errorf("%s differs\n--- got\n%s\n--- want\n%s", name, got[name], want)
				}
			}
		})
	}
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
	if has(ar, name+".lock") {
		l, ld := lock.Parse(name+".lock", []byte(section(ar, name+".lock")))
		if len(ld) > 0 {
			t.Fatalf("reading %s.lock: %v", name, ld)
		}
		sd.Lock = l
	}
	return sd
}

func has(ar *txtar.Archive, name string) bool {
	for _, f := range ar.Files {
		if f.Name == name {
			return true
		}
	}
	return false
}

func section(ar *txtar.Archive, name string) string {
	for _, f := range ar.Files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	return ""
}

func rewrite(t *testing.T, path string, ar *txtar.Archive, got map[string]string) {
	var files []txtar.File
	for _, f := range ar.Files {
		if !strings.HasPrefix(f.Name, "want.") {
			files = append(files, f)
		}
	}
	for _, name := range outputs {
		if name == "want.diags" && got[name] == "" {
			continue
		}
		files = append(files, txtar.File{Name: name, Data: []byte(got[name])})
	}
	ar.Files = files
	if err := os.WriteFile(path, txtar.Format(ar), 0o666); err != nil {
		t.Fatal(err)
	}
}

// build is a hand-made model for tests that need no markdown.
func build(sets ...*spec.Set) *spec.Spec { return &spec.Spec{Sets: sets} }
