package read

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/gen/naming"
	"codebook.dev/codebook/spec"
)

// FuzzRead: the reader never panics, every finding points inside the
// input, the same input gives the same output, and a spec without
// errors has unique, valid, exported Go names.
func FuzzRead(f *testing.F) {
	seed, err := os.ReadFile("../opi.md")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	paths, _ := filepath.Glob("testdata/*.txtar")
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range ar.Files {
			if strings.HasSuffix(file.Name, ".md") {
				f.Add(file.Data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s, diags := Source("in.md", src)
		if s == nil {
			t.Fatal("nil spec")
		}
		checkPositions(t, src, diags)
		j1, err := spec.MarshalJSON(s, diags)
		if err != nil {
			t.Fatal(err)
		}
		s2, d2 := Source("in.md", src)
		if j2, _ := spec.MarshalJSON(s2, d2); !bytes.Equal(j1, j2) {
			t.Fatal("two reads of the same input differ")
		}
		if !diags.HasErrors() {
			checkNames(t, s)
		}
	})
}

// checkPositions: every finding is at a line of the input and a byte
// column within that line (one past its end for the end of the line).
func checkPositions(t *testing.T, src []byte, diags spec.Diags) {
	t.Helper()
	lines := bytes.Split(src, []byte("\n"))
	for _, d := range diags {
		p := d.Pos
		if p.File != "in.md" || p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1])+1 {
			t.Fatalf("finding outside the input (%d lines): %v", len(lines), d)
		}
	}
}

func checkNames(t *testing.T, s *spec.Spec) {
	t.Helper()
	types := map[string]bool{}
	exported := func(kind, name string) {
		if !naming.IsExported(name) {
			t.Fatalf("%s name %q is not an exported identifier", kind, name)
		}
	}
	for _, set := range s.Sets {
		exported("set", set.Name)
		if types[set.Name] {
			t.Fatalf("set name %q used twice", set.Name)
		}
		types[set.Name] = true
		members := map[string]bool{}
		values := map[string]bool{}
		for _, m := range set.Members {
			exported("member", m.GoName)
			if members[m.GoName] || values[m.Value] {
				t.Fatalf("set %s: member %q (%s) not unique", set.Name, m.GoName, m.Value)
			}
			members[m.GoName], values[m.Value] = true, true
		}
	}
	for _, p := range s.Payloads {
		exported("payload", p.Name)
		if types[p.Name] {
			t.Fatalf("payload name %q used twice", p.Name)
		}
		types[p.Name] = true
		fields := map[string]bool{}
		for _, f := range p.Fields {
			exported("field", f.GoName)
			if fields[f.GoName] {
				t.Fatalf("payload %s: field %q not unique", p.Name, f.GoName)
			}
			fields[f.GoName] = true
		}
	}
}
