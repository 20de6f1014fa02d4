package acceptlang

import (
	"strings"
	"testing"
)

// TestLang: tags and whole Accept-Language values, q-values, ties,
// wildcards and exclusions.
func TestLang(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"", "en"},
		{"zh", "zh"},
		{"zh-CN", "zh"},
		{"ZH_cn", "zh"},
		{"zh-TW", "zh-Hant"},
		{"fr-FR", "en"},
		{"fr-FR,zh;q=0.9", "zh"},
		{"fr-FR, zh;q=0.9, en;q=0.8", "zh"},
		{"en;q=0.5, zh;q=0.9", "zh"},
		{"zh;q=0.8, en;q=0.8", "zh"},
		{"en;q=0.8, zh;q=0.8", "en"},
		{"zh-Hant;q=0.7,zh;q=0.7", "zh-Hant"},
		{"de, *;q=0.1", "en"},
		{"*", "en"},
		{"*, en;q=0", "zh"},
		{"*, en;q=0, zh;q=0", "en"},
		{"*, en;q=0, zh-hant;q=0", "zh"},
		{"zh;q=0", "en"},
		{"zh;q=0.000, en", "en"},
		{"zh;q=1.000", "zh"},
		{"zh;q=1.001, en;q=0.1", "en"},
		{"zh;q=0.5x, en;q=0.1", "en"},
		{"zh;q=.5, en;q=0.1", "en"},
		{"zh ; Q = 0.5 , en ; q=0.4", "zh"},
		{"zh;level=1;q=0.5, en;q=0.4", "zh"},
		{" ,, zh ,", "zh"},
		{"zh;q=", "en"},
		{strings.Repeat("de,", 40) + "zh", "en"},
	} {
		if got := codebookLangs[codebookLang(c.in)]; got != c.want {
			t.Errorf("codebookLang(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestQValue: RFC 9110's qvalue grammar, in thousandths.
func TestQValue(t *testing.T) {
	for in, want := range map[string]int{
		"1": 1000, "1.": 1000, "1.0": 1000, "1.000": 1000, "0": 0, "0.5": 500, "0.25": 250,
		"0.125": 125, "0.1234": 0, "2": 0, "1.5": 0, "": 0, "x": 0, "0.x": 0, "-1": 0, "01": 0,
	} {
		if got := codebookQValue(in); got != want {
			t.Errorf("codebookQValue(%q) = %d, want %d", in, got, want)
		}
	}
}

// FuzzLang: any value gives a valid position, a tag alone answers as
// the plain lookup does, and adding a range of lower q-value after a
// matching one changes nothing.
func FuzzLang(f *testing.F) {
	for _, s := range []string{"zh-CN", "fr-FR,zh;q=0.9", "*, en;q=0", "zh;q=0.5x", "", ",;=", "zh_TW;q=1.000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		i := codebookLang(s)
		if i < 0 || i >= len(codebookLangs) {
			t.Fatalf("codebookLang(%q) = %d", s, i)
		}
		if strings.ContainsAny(s, ",; \t*") {
			return
		}
		if j, ok := codebookMatch(s); ok && j != i || !ok && i != 0 {
			t.Errorf("codebookLang(%q) = %d, codebookMatch = %d, %v", s, i, j, ok)
		}
		if j, ok := codebookMatch(s); ok {
			if k := codebookLang(s + ",de;q=0.1"); k != j {
				t.Errorf("codebookLang(%q + a lower range) = %d, want %d", s, k, j)
			}
		}
	})
}

func BenchmarkLang(b *testing.B) {
	for _, in := range []string{"zh-CN", "fr-FR,fr;q=0.9,zh;q=0.8,*;q=0.5"} {
		b.Run(in, func(b *testing.B) {
			for b.Loop() {
				codebookLang(in)
			}
		})
	}
}

func BenchmarkMatch(b *testing.B) {
	for b.Loop() {
		codebookMatch("zh-CN")
	}
}
