package spec

import (
	"slices"
	"testing"
)

func TestMemberTexts(t *testing.T) {
	row := func(line int) Pos { return Pos{File: "a.md", Line: line, Col: 1} }
	var m Member
	if got := m.Text("en"); got != "" {
		t.Errorf("Text on no texts = %q", got)
	}
	if _, ok := m.Lookup("en"); ok {
		t.Error("Lookup on no texts found one")
	}
	// Out of order on purpose: SetText keeps Texts sorted.
	m.SetText("zh", "失败", row(5))
	m.SetText("en", "failed", row(3))
	m.SetText("ja", "", Pos{})
	want := []Text{{"en", "failed", row(3)}, {"ja", "", Pos{}}, {"zh", "失败", row(5)}}
	if !slices.Equal(m.Texts, want) {
		t.Fatalf("Texts = %v, want %v", m.Texts, want)
	}
	if got := m.Langs(); !slices.Equal(got, []string{"en", "ja", "zh"}) {
		t.Errorf("Langs = %v", got)
	}
	// An empty text is present: Lookup tells it from a missing one.
	if tx, ok := m.Lookup("ja"); !ok || tx.Text != "" {
		t.Errorf("Lookup(ja) = %v, %v", tx, ok)
	}
	if _, ok := m.Lookup("fr"); ok {
		t.Error("Lookup(fr) found a text")
	}
	if p, ok := m.Row("zh"); !ok || p != row(5) {
		t.Errorf("Row(zh) = %v, %v", p, ok)
	}
	// No row recorded, or no text: no row.
	for _, l := range []string{"ja", "fr"} {
		if p, ok := m.Row(l); ok {
			t.Errorf("Row(%s) = %v, true", l, p)
		}
	}
	// Replacing keeps one entry per language.
	m.SetText("en", "FAILED", row(9))
	if got := m.Text("en"); got != "FAILED" || len(m.Texts) != 3 {
		t.Errorf("after replace: Text(en) = %q, Texts = %v", got, m.Texts)
	}
	if p, _ := m.Row("en"); p != row(9) {
		t.Errorf("after replace: Row(en) = %v", p)
	}
}

func TestLanguages(t *testing.T) {
	s := &Spec{Sets: []*Set{
		{Members: []*Member{{Texts: []Text{{Lang: "zh", Text: "成功"}, {Lang: "id", Text: ""}}}}},
		{Members: []*Member{{Texts: []Text{{Lang: "ja", Text: "成功"}, {Lang: "en", Text: "OK"}}}}},
	}}
	if got, want := s.Languages(), []string{"en", "ja", "zh"}; !slices.Equal(got, want) {
		t.Errorf("Languages() = %v, want %v (en first, a blank text is none)", got, want)
	}
	s.Sets = s.Sets[:1]
	if got, want := s.Languages(), []string{"zh"}; !slices.Equal(got, want) {
		t.Errorf("without English: Languages() = %v, want %v", got, want)
	}
}
