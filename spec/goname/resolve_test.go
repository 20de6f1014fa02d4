package goname_test

import (
	"path/filepath"
	"slices"
	"testing"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/lock"
	"codebook.dev/codebook/spec/read"
)

// TestResolve: on the real specs (the annotated one with its lock) and
// every document of the reader's wild corpus, Resolve leaves every name
// exported and unique where the generated package needs it (members in
// a set, sets, payloads beside sets, fields in a payload), links every
// field to a set that exists, and changes no name when run again with
// the same pins.
func TestResolve(t *testing.T) {
	wild, _ := filepath.Glob("../read/testdata/wild/*.md")
	cases := []struct {
		paths []string
		lock  string
	}{
		{[]string{"../opi.md"}, ""},
		{[]string{"../opi.annotated.md"}, "../opi.annotated.lock"},
	}
	for _, p := range wild {
		cases = append(cases, struct {
			paths []string
			lock  string
		}{[]string{p}, ""})
	}
	for _, c := range cases {
		s, diags := read.Files(c.paths...)
		if diags.HasErrors() {
			continue // a document the reader refuses is the reader's test
		}
		var pins goname.Pinner
		if c.lock != "" {
			lk, err := lock.Load(c.lock)
			if err != nil {
				t.Fatal(err)
			}
			pins = lk
		}
		goname.Resolve(s, pins)
		checkResolved(t, c.paths[0], s)
		before := names(s)
		goname.Resolve(s, pins)
		if after := names(s); !slices.Equal(before, after) {
			t.Errorf("%s: a second Resolve changed names:\n%q\n%q", c.paths[0], before, after)
		}
	}
}

func checkResolved(t *testing.T, path string, s *spec.Spec) {
	t.Helper()
	types := map[string]bool{}
	claim := func(seen map[string]bool, name, what string) {
		if !goname.IsExported(name) {
			t.Errorf("%s: %s %q is not an exported identifier", path, what, name)
		}
		if seen[name] {
			t.Errorf("%s: %s %q is not unique", path, what, name)
		}
		seen[name] = true
	}
	for _, set := range s.Sets {
		claim(types, set.Name, "set")
		ms := map[string]bool{}
		for _, m := range set.Members {
			claim(ms, m.GoName, "member of "+set.Name)
		}
	}
	for _, p := range s.Payloads {
		claim(types, p.Name, "payload")
		fs := map[string]bool{}
		for _, f := range p.Fields {
			claim(fs, f.GoName, "field of "+p.Name)
			if f.Set != "" && s.Set(f.Set) == nil {
				t.Errorf("%s: field %s of %s links to no set %q", path, f.Name, p.Name, f.Set)
			}
		}
	}
	// Member constants are clear of every other name the package
	// declares and of each other, and no member is a well-known method.
	decls := map[string]bool{}
	for _, set := range s.Sets {
		for _, d := range goname.SetDecls(set) {
			decls[d.Name] = true
		}
	}
	for _, d := range goname.PackageDecls(s) {
		decls[d.Name] = true
	}
	for _, p := range s.Payloads {
		decls[p.Name] = true
	}
	for _, set := range s.Sets {
		for _, m := range set.Members {
			if goname.Reserved(m.GoName) {
				t.Errorf("%s: member %s of %s is a well-known method name", path, m.GoName, set.Name)
			}
			claim(decls, goname.Const(set.Name, m.GoName), "member constant of "+set.Name)
		}
	}
}

// names lists every Go name of s in model order.
func names(s *spec.Spec) []string {
	var out []string
	for _, set := range s.Sets {
		out = append(out, set.Name)
		for _, m := range set.Members {
			out = append(out, m.GoName)
		}
	}
	for _, p := range s.Payloads {
		out = append(out, p.Name)
		for _, f := range p.Fields {
			out = append(out, f.GoName, f.Set)
		}
	}
	return out
}

// TestResolveLink: a field follows the set it was linked to when that
// set is renamed for a collision, not the set that kept the name.
func TestResolveLink(t *testing.T) {
	a := &spec.Set{Name: "X", Key: "a", Members: []*spec.Member{{Value: "1"}}}
	b := &spec.Set{Name: "X", Key: "b", Members: []*spec.Member{{Value: "1", Symbol: "OK"}}}
	f := &spec.Field{Name: "b", Set: "X", Link: b}
	s := &spec.Spec{Sets: []*spec.Set{a, b}, Payloads: []*spec.Payload{{Name: "X", Fields: []*spec.Field{f}}}}
	diags := goname.Resolve(s, nil)
	if b.Name != "X2" || f.Set != "X2" || f.GoName != "B" || s.Payloads[0].Name != "X1" {
		t.Errorf("set %s, field set %s, field %s, payload %s", b.Name, f.Set, f.GoName, s.Payloads[0].Name)
	}
	if a.Members[0].GoName != "Code1" || b.Members[0].GoName != "Ok" {
		t.Errorf("members %s, %s", a.Members[0].GoName, b.Members[0].GoName)
	}
	if len(diags) != 2 {
		t.Errorf("diags: %v", diags)
	}
}

// TestResolvePayloadMethod: a JSON key named like a method of the
// payload type ("err" → Err) is renamed with a warning, never left for
// gen to reject.
func TestResolvePayloadMethod(t *testing.T) {
	p := &spec.Payload{Name: "Event", Fields: []*spec.Field{{Name: "err"}, {Name: "err_field"}}}
	s := &spec.Spec{Payloads: []*spec.Payload{p}}
	diags := goname.Resolve(s, nil)
	if got := p.Fields[0].GoName; got != "ErrField2" {
		t.Errorf("field err named %s, want ErrField2 (ErrField is taken by err_field)", got)
	}
	if len(diags) != 1 || diags.HasErrors() {
		t.Errorf("diags: %v", diags)
	}
}

// TestVisitorUnknown: the visitor's method for unknown values steps
// aside for a member named Unknown.
func TestVisitorUnknown(t *testing.T) {
	set := &spec.Set{Members: []*spec.Member{{GoName: "Unknown"}, {GoName: "UnknownValue"}}}
	if got := goname.VisitorUnknown(set); got != "UnknownValueValue" {
		t.Errorf("VisitorUnknown = %s", got)
	}
	if got := goname.VisitorUnknown(&spec.Set{}); got != "Unknown" {
		t.Errorf("VisitorUnknown = %s", got)
	}
}
