package read

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// FuzzRead: the reader never panics, every finding and every position
// in the model points inside the input, the same input gives the same
// output, a spec without errors has unique, valid, exported Go names,
// and an error costs nothing else: the input with an error appended
// still gives every set and member the input alone gives.
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
		s, diags := resolved(Source("in.md", src))
		if s == nil {
			t.Fatal("nil spec")
		}
		checkPositions(t, src, diags)
		checkModelPositions(t, src, s)
		j1, err := spec.MarshalJSON(s, diags)
		if err != nil {
			t.Fatal(err)
		}
		s2, d2 := resolved(Source("in.md", src))
		if j2, _ := spec.MarshalJSON(s2, d2); !bytes.Equal(j1, j2) {
			t.Fatal("two reads of the same input differ")
		}
		if !diags.HasErrors() {
			checkNames(t, s)
		}
		checkErrorKeepsModel(t, src, s)
	})
}

// errorTail is a line that is always an error (an unknown directive),
// appended after the input in its own block.
const errorTail = "\n\n<!-- codebook: no-such-option=1 -->\n"

// checkErrorKeepsModel: the input with an error appended has the error
// and still every member the input gives: one error never empties the
// model `codebook spec` prints.
func checkErrorKeepsModel(t *testing.T, src []byte, s *spec.Spec) {
	t.Helper()
	if len(src) > 0 && (src[len(src)-1] == '\\' || bytes.Count(src, []byte("<!--")) != bytes.Count(src, []byte("-->"))) {
		// A trailing backslash or an open comment would swallow the
		// directive into the input's own text.
		return
	}
	withErr := append(bytes.Clone(src), errorTail...)
	s2, d2 := resolved(Source("in.md", withErr))
	if !d2.HasErrors() {
		return // the tail became part of a code block or an HTML block
	}
	have := map[string]bool{}
	for _, set := range s2.Sets {
		for _, m := range set.Members {
			have[set.Key+"\x00"+m.Value] = true
		}
	}
	for _, set := range s.Sets {
		for _, m := range set.Members {
			if !have[set.Key+"\x00"+m.Value] {
				t.Fatalf("member %s of set %s is lost when an error is added after the input", m.Value, set.Name)
			}
		}
	}
}

// checkModelPositions: every position the model prints (sets, tables,
// members, texts, variants, ranges, payloads) is inside the input.
func checkModelPositions(t *testing.T, src []byte, s *spec.Spec) {
	t.Helper()
	lines := splitLines(src)
	check := func(what string, p spec.Pos) {
		if p == (spec.Pos{}) && what == "text row" {
			return // a text with no row of its own (a fallback)
		}
		if p.File != "in.md" && p.File != "in.html" || p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1])+1 {
			t.Fatalf("%s position %v outside the input (%d lines)", what, p, len(lines))
		}
	}
	for _, set := range s.Sets {
		check("set", set.Pos)
		for _, p := range set.Tables {
			check("table", p)
		}
		for _, m := range set.Members {
			check("member "+m.Value, m.Pos)
			for _, tx := range m.Texts {
				check("text row", tx.Row)
			}
			for _, v := range m.Variants {
				check("variant", v.Pos)
			}
		}
		for _, r := range set.Ranges {
			check("range", r.Pos)
		}
	}
	for _, p := range s.Payloads {
		check("payload", p.Pos)
	}
}

// splitLines splits as the reader counts lines: at LF, CRLF and a bare
// CR.
func splitLines(src []byte) [][]byte {
	var lines [][]byte
	start := 0
	for i := 0; i < len(src); i++ {
		switch {
		case src[i] == '\n':
			lines = append(lines, src[start:i])
			start = i + 1
		case src[i] == '\r' && (i+1 == len(src) || src[i+1] != '\n'):
			lines = append(lines, src[start:i])
			start = i + 1
		}
	}
	return append(lines, src[start:])
}

// checkPositions: every finding is at a line of the input and a byte
// column within that line (one past its end for the end of the line).
func checkPositions(t *testing.T, src []byte, diags spec.Diags) {
	t.Helper()
	lines := splitLines(src)
	for _, d := range diags {
		p := d.Pos
		if p.File != "in.md" && p.File != "in.html" || p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > len(lines[p.Line-1])+1 {
			t.Fatalf("finding outside the input (%d lines): %v", len(lines), d)
		}
	}
}

func checkNames(t *testing.T, s *spec.Spec) {
	t.Helper()
	types := map[string]bool{}
	exported := func(kind, name string) {
		if !goname.IsExported(name) {
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

// FuzzReadHTML is FuzzRead for saved HTML pages: the reader never
// panics, positions point inside the input, two reads agree, and every
// table the page holds is accounted for.
func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(string(htmlPage(1)[:20000])))
	paths, _ := filepath.Glob("testdata/*.txtar")
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range ar.Files {
			if strings.HasSuffix(file.Name, ".html") || bytes.Contains(file.Data, []byte("<table")) {
				f.Add(file.Data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		s, diags := resolved(Source("in.html", src))
		if s == nil || s.Tables == nil {
			t.Fatal("nil spec or no table accounting")
		}
		checkPositions(t, src, diags)
		checkModelPositions(t, src, s)
		if s.Tables.Read+len(s.Tables.Skipped) != s.Tables.Seen {
			t.Fatalf("tables: %d seen, %d read, %d skipped", s.Tables.Seen, s.Tables.Read, len(s.Tables.Skipped))
		}
		j1, _ := spec.MarshalJSON(s, diags)
		s2, d2 := resolved(Source("in.html", src))
		if j2, _ := spec.MarshalJSON(s2, d2); !bytes.Equal(j1, j2) {
			t.Fatal("two reads of the same input differ")
		}
	})
}
