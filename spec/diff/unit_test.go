package diff

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/lock"
)

// TestEveryKindCovered makes sure each kind of change is shown by a
// testdata case (or, for what the reader cannot produce, by a test here).
func TestEveryKindCovered(t *testing.T) {
	seen := map[Kind]bool{RangeChanged: true} // TestRangeBounds
	paths, _ := filepath.Glob("testdata/*.txtar")
	for _, p := range paths {
		ar, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct{ Changes []struct{ Kind Kind } }
		if err := json.Unmarshal([]byte(section(ar, "want.json")), &doc); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, c := range doc.Changes {
			seen[c.Kind] = true
		}
	}
	for k := range rules {
		if !seen[k] {
			t.Errorf("no test case shows %s", k)
		}
	}
}

// TestLevels pins the rules table of docs/diff.md.
func TestLevels(t *testing.T) {
	want := map[Kind]Level{
		SetAdded: Info, SetRemoved: Error, SetRenamed: Error, KeyChanged: Error, KindChanged: Error,
		MemberAdded: Warning, MemberRemoved: Error, CodeReused: Error, ValueChanged: Error,
		IdentifierChanged: Error, SuccessChanged: Error, TextChanged: Info, TranslationAdded: Info,
		TranslationMissing: Info, AttrChanged: Info, RangeAdded: Info, RangeRemoved: Warning,
		RangeChanged: Warning, RangeTextChanged: Info, PayloadAdded: Info, PayloadRemoved: Error,
		FieldAdded: Info, FieldRemoved: Error, FieldRetyped: Error, FieldSetChanged: Error,
		Restored: Info, Moved: Error, MeaningChanged: Warning, MemberDeprecated: Warning,
	}
	for k, l := range want {
		if got := level(Change{Kind: k, Old: "a", New: "b"}); got != l {
			t.Errorf("%s: level %v, want %v", k, got, l)
		}
	}
	dir := []struct {
		c    Change
		want Level
	}{
		{Change{Kind: SymbolChanged, Old: "A", New: "B"}, Error},
		{Change{Kind: SymbolChanged, Old: "", New: "B"}, Info},
		{Change{Kind: SymbolChanged, Old: "A", New: ""}, Info},
		{Change{Kind: ErrorsChanged, Old: "true", New: "false"}, Error},
		{Change{Kind: ErrorsChanged, Old: "false", New: "true"}, Info},
		{Change{Kind: BehaviourChanged, Old: "yes", New: "no"}, Warning},
		{Change{Kind: BehaviourChanged, Old: "", New: "no"}, Info},
	}
	for _, d := range dir {
		if got := level(d.c); got != d.want {
			t.Errorf("%+v: level %v, want %v", d.c, got, d.want)
		}
	}
	if len(want)+3 != len(rules) {
		t.Errorf("rules has %d kinds, the table %d", len(rules), len(want)+3)
	}
}

func TestRangeBounds(t *testing.T) {
	old := build(&spec.Set{Name: "ResponseCode", Key: "responseCode", Ranges: []*spec.Range{{Pattern: "214xx", Lo: 21400, Hi: 21499}}})
	new := build(&spec.Set{Name: "ResponseCode", Key: "responseCode", Ranges: []*spec.Range{{Pattern: "214xx", Lo: 21400, Hi: 21450}}})
	r := Compare(Side{Spec: old}, Side{Spec: new})
	var b bytes.Buffer
	r.WriteText(&b)
	if b.String() != "WARNING ResponseCode 214xx: range bounds changed from 21400..21499 to 21400..21450\n" {
		t.Errorf("got %q", b.String())
	}
}

// TestHostileCodes: codes and names the reader would refuse, built by
// hand, still cannot break a line, a table row or the JSON.
func TestHostileCodes(t *testing.T) {
	evil := []string{"A\nERROR forged: line", "B|C", "D\u202eE", "F\xffG", "`*/`", "H\r\nI"}
	set := &spec.Set{Name: "Evil\nSet", Key: "k"}
	for _, v := range evil {
		set.Members = append(set.Members, &spec.Member{Value: v, GoName: "X" + v, Texts: []spec.Text{{Lang: "en", Text: v}, {Lang: "zh", Text: v}}})
	}
	r := Compare(Side{Name: "old\n", Spec: build(&spec.Set{Name: "Evil\nSet", Key: "k"})}, Side{Name: "new|", Spec: build(set)})
	var text, md, js bytes.Buffer
	r.WriteText(&text)
	r.WriteMarkdown(&md)
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(text.String(), "\n"); n != len(evil) {
		t.Errorf("%d changes gave %d lines:\n%s", len(evil), n, text.String())
	}
	for _, line := range strings.Split(md.String(), "\n") {
		if strings.HasPrefix(line, "| WARNING") && strings.Contains(line, "member added") {
			if cells := strings.Count(strings.ReplaceAll(line, `\|`, ""), "|"); cells != 9 {
				t.Errorf("row has %d pipes: %s", cells, line)
			}
		}
		if strings.ContainsAny(line, "\r\u202e\xff") {
			t.Errorf("raw control in markdown line %q", line)
		}
	}
	if strings.ContainsAny(js.String(), "\u202e") || !json.Valid(js.Bytes()) {
		t.Errorf("json not clean:\n%s", js.String())
	}
	var doc struct {
		Changes []struct{ Member string }
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for i, c := range doc.Changes {
		if want := strings.ToValidUTF8(r.Changes[i].Member, "\uFFFD"); c.Member != want {
			t.Errorf("json member %q, want %q", c.Member, want)
		}
	}
}

func TestCell(t *testing.T) {
	for in, want := range map[string]string{
		"a|b":            `a\|b`,
		"<script>":       `\<script\>`,
		"line\nbreak":    "line break",
		"\u202e":         `\u202E`,
		"\xff":           `\xff`,
		"交易中":            "交易中",
		"a\u3000b":       "a b",
		"**x** _y_ [z]":  `\*\*x\*\* \_y\_ \[z\]`,
		"`code` & {{.}}": "\\`code\\` \\& \\{\\{.\\}\\}",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPinCarriesOldLock: with no lock beside the new revision, its names
// are pinned with the old one, as generate would pin them.
func TestPinCarriesOldLock(t *testing.T) {
	l, diags := lock.Parse("old.lock", []byte("set code ErrorCode\nmember code 21009 TimestampExpiredError\n"))
	if len(diags) != 0 {
		t.Fatal(diags)
	}
	mk := func(name string) *spec.Spec {
		return build(&spec.Set{Name: "ErrorCode", Key: "code", Members: []*spec.Member{{Value: "21009", GoName: name}}})
	}
	old, new := Side{Spec: mk("TimestampExpiredError"), Lock: l}, Side{Spec: mk("RequestTimestampError21009")}
	if d := Pin(&old, &new); len(d) != 0 {
		t.Fatal(d)
	}
	if got := new.Spec.Sets[0].Members[0].GoName; got != "TimestampExpiredError" {
		t.Errorf("new side not pinned: %s", got)
	}
	if r := Compare(old, new); len(r.Changes) != 0 || !r.Pinned {
		t.Errorf("changes %v, pinned %v", r.Changes, r.Pinned)
	}
}
