package diff

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

// byteStream hands out choices from fuzz input; past the end it gives
// zeros, so every input builds some spec.
type byteStream struct {
	b []byte
	i int
}

func (s *byteStream) pick(n int) int {
	if s.i >= len(s.b) {
		return 0
	}
	v := int(s.b[s.i])
	s.i++
	return v % n
}

func (s *byteStream) from(pool []string) string { return pool[s.pick(len(pool))] }

var (
	keys     = []string{"code", "failedCode", "responseCode", "transactionStatus", "错误码", "x y"}
	setNames = []string{"ErrorCode", "FailedCode", "ResponseCode", "TransactionStatus", "Code", "X"}
	values   = []string{"-10010", "-1", "0", "1", "21000", "21008", "21009", "PENDING", "00", "A\nB", "\u202e"}
	symbols  = []string{"", "", "OPI_A", "OPI_B", "SUCCESS", "OPI_C"}
	goNames  = []string{"A", "B", "Success", "RequestTimestampError", "GeneralError", "C21009"}
	textPool = []string{"", "Server error", "Service error", "交易中", "*/ `x` |", "Request timestamp error"}
	patterns = []string{"214xx", "215xx", "5xx"}
	fields   = []string{"code", "message", "failedCode", "amount", "status"}
	types    = []string{"integer", "string", "number", "boolean"}
)

// modelFrom builds a spec with the reader's guarantees (unique keys and
// names, unique codes in a set) from fuzz bytes.
func modelFrom(b []byte) *spec.Spec {
	st := &byteStream{b: b}
	s := &spec.Spec{}
	usedKey, usedName := map[string]bool{}, map[string]bool{}
	for n := st.pick(4); n > 0; n-- {
		key, name := st.from(keys), st.from(setNames)
		if usedKey[key] || usedName[name] {
			continue
		}
		usedKey[key], usedName[name] = true, true
		s.Sets = append(s.Sets, modelSet(st, key, name))
	}
	for n := st.pick(3); n > 0; n-- {
		p := &spec.Payload{Name: st.from([]string{"ErrorResponse", "DisbursementFailed"})}
		if findPayload(s.Payloads, p.Name) != nil {
			continue
		}
		for m := st.pick(4); m > 0; m-- {
			f := &spec.Field{Name: st.from(fields), Type: st.from(types)}
			if findField(p, f.Name) != nil {
				continue
			}
			if len(s.Sets) > 0 && st.pick(2) == 1 {
				f.Set = s.Sets[st.pick(len(s.Sets))].Name
			}
			p.Fields = append(p.Fields, f)
		}
		s.Payloads = append(s.Payloads, p)
	}
	return s
}

func modelSet(st *byteStream, key, name string) *spec.Set {
	set := &spec.Set{Key: key, Name: name, Kind: spec.Kind(st.pick(2)), Errors: st.pick(2) == 1}
	for n := st.pick(7); n > 0; n-- {
		m := &spec.Member{Value: st.from(values), Symbol: st.from(symbols), GoName: st.from(goNames), Success: st.pick(4) == 0}
		if set.Member(m.Value) != nil {
			continue
		}
		for _, lang := range []string{"en", "zh"} {
			if t := st.from(textPool); t != "" {
				m.SetText(lang, t, spec.Pos{})
			}
		}
		if st.pick(2) == 1 {
			m.Attrs = []spec.Attr{{Name: "HTTP Status", Value: st.from([]string{"400", "500"})}}
		}
		set.Members = append(set.Members, m)
	}
	for n := st.pick(3); n > 0; n-- {
		r := &spec.Range{Pattern: st.from(patterns), Lo: int64(st.pick(3)), Hi: 99, Text: map[string]string{"en": st.from(textPool)}}
		if findRange(set, r.Pattern) == nil {
			set.Ranges = append(set.Ranges, r)
		}
	}
	return set
}

// inverseLines is diff(b, a) as diff(a, b) should predict it.
func inverseLines(cs []Change) []string {
	var out []string
	for _, c := range cs {
		out = append(out, key(c.Inverse()))
	}
	sort.Strings(out)
	return out
}

func lines(cs []Change) []string {
	var out []string
	for _, c := range cs {
		out = append(out, key(c))
	}
	sort.Strings(out)
	return out
}

func key(c Change) string {
	return fmt.Sprintf("%v|%s|%s|%q|%q|%q|%q|%q|%q", c.Level, c.Kind, c.Scope, c.Set, c.Member, c.Lang, c.Attr, c.Old, c.New)
}

// checkInverse fails when diff(b, a) is not the inverse of diff(a, b).
func checkInverse(t *testing.T, a, b Side) {
	t.Helper()
	ab := Compare(a, b).Changes
	ba := Compare(b, a).Changes
	got, want := lines(ba), inverseLines(ab)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("diff(b, a) is not the inverse of diff(a, b)\n--- diff(b, a)\n%s\n--- inverse of diff(a, b)\n%s",
			strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func FuzzDiff(f *testing.F) {
	f.Add([]byte{}, []byte{1, 0, 0})
	f.Add([]byte{3, 0, 0, 0, 0, 5, 3, 1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6}, []byte{3, 0, 0, 1, 1, 5, 4, 2, 2, 3, 4, 5, 1, 2, 3, 4, 5, 6})
	f.Add([]byte{2, 1, 1, 0, 0, 3, 7, 2, 4, 1, 1, 2, 2, 1}, []byte{2, 4, 1, 0, 0, 3, 7, 3, 4, 1, 1, 2, 2, 1})
	f.Add([]byte("codebook diff fuzz seed with many bytes to spend on members"), []byte("codebook diff fuzz seed with other bytes to spend on members"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		sa, sb := Side{Name: "a", Spec: modelFrom(a)}, Side{Name: "b", Spec: modelFrom(b)}
		if cs := Compare(sa, Side{Name: "a2", Spec: modelFrom(a)}).Changes; len(cs) != 0 {
			t.Fatalf("a spec diffed with itself has changes: %v", cs)
		}
		checkInverse(t, sa, sb)
		r := Compare(sa, sb)
		for _, format := range Formats {
			var out strings.Builder
			if err := r.Write(&out, format); err != nil {
				t.Fatal(err)
			}
		}
		var text strings.Builder
		r.WriteText(&text)
		if n := strings.Count(text.String(), "\n"); n != len(r.Changes) {
			t.Fatalf("%d changes gave %d lines:\n%s", len(r.Changes), n, text.String())
		}
	})
}

// FuzzDiffMarkdown checks the same properties on specs the reader
// builds from markdown, seeded with every test case's documents. The
// seeds are whole pages, so run it with -fuzzminimizetime=3s or the
// worker spends a minute minimising each new input.
// readResolved reads a document and resolves its Go names without a
// lock, as Pin does for a side without one.
func readResolved(name string, src []byte) *spec.Spec {
	s, _ := read.Source(name, src)
	goname.Resolve(s, nil)
	return s
}

func FuzzDiffMarkdown(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.txtar")
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add([]byte(section(ar, "old.md")), []byte(section(ar, "new.md")))
	}
	f.Fuzz(func(t *testing.T, a, b []byte) {
		sa, sa2, sb := readResolved("a.md", a), readResolved("a.md", a), readResolved("b.md", b)
		if cs := Compare(Side{Spec: sa}, Side{Spec: sa2}).Changes; len(cs) != 0 {
			t.Fatalf("a spec diffed with itself has changes: %v", cs)
		}
		checkInverse(t, Side{Spec: sa}, Side{Spec: sb})
	})
}
