package opi_test

import (
	"slices"
	"strings"
	"testing"

	"codebook.dev/codebook/generated/opi"
)

// TestAcceptLanguage: Message and Language take a whole Accept-Language
// value: q-values, ties in header order, wildcards, exclusions.
func TestAcceptLanguage(t *testing.T) {
	for _, c := range []struct{ header, lang string }{
		{"fr-FR,zh;q=0.9", "zh"},
		{"fr-FR, en;q=0.5, zh-CN;q=0.9", "zh"},
		{"zh;q=0.8, en;q=0.8", "zh"},
		{"en;q=0.8, zh;q=0.8", "en"},
		{"de, *;q=0.1", "en"},
		{"*, en;q=0", "zh"},
		{"zh;q=0, fr", "en"},
		{"zh;q=1.5", "en"},
		{"zh-Hant-TW;q=0.3,ja;q=0.9", "zh"},
	} {
		if got := opi.Language(c.header); got != c.lang {
			t.Errorf("Language(%q) = %q, want %q", c.header, got, c.lang)
		}
		want := map[string]string{"en": "transaction failed", "zh": "交易失败"}[c.lang]
		if got := opi.TransactionStatusFailed.Message(c.header); got != want {
			t.Errorf("Message(%q) = %q, want %q", c.header, got, want)
		}
	}
	langs := opi.Languages()
	if !slices.Equal(langs, []string{"en", "zh"}) {
		t.Errorf("Languages() = %q", langs)
	}
	langs[0] = "x"
	if opi.Languages()[0] != "en" {
		t.Error("Languages shares its array")
	}
	if n := testing.AllocsPerRun(100, func() { opi.TransactionStatusFailed.Message("fr-CH, fr;q=0.9, zh;q=0.8, *;q=0.5") }); n != 0 {
		t.Errorf("Message with an Accept-Language value allocates %v times", n)
	}
}

// FuzzAcceptLanguage: any value picks one of Languages, Message answers
// in it, and a value that is one tag answers as the tag's own lookup.
func FuzzAcceptLanguage(f *testing.F) {
	for _, s := range []string{"fr-FR,zh;q=0.9", "*, en;q=0", "zh;q=0.5x", "", ",;=*", "zh_TW;q=1.000", "zh;;q=0.1,en;q=0.01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		lang := opi.Language(header)
		if !slices.Contains(opi.Languages(), lang) {
			t.Fatalf("Language(%q) = %q, not one of %q", header, lang, opi.Languages())
		}
		if got, want := opi.TransactionStatusFailed.Message(header), opi.TransactionStatusFailed.Message(lang); got != want {
			t.Fatalf("Message(%q) = %q, Message(%q) = %q", header, got, lang, want)
		}
		if !strings.ContainsAny(header, ",;*") && opi.Language(header+", de;q=0.001") != lang && lang != "en" {
			t.Fatalf("a lower range after %q changed the language", header)
		}
	})
}
