package gen

import "testing"

// FuzzAppendQuote checks the ASCII shortcut of appendQuote against
// quote, the one way spec text becomes a literal.
func FuzzAppendQuote(f *testing.F) {
	for _, s := range []string{"", "Request sign error", `a"b`, `a\b`, "tab\tx", "\x7f", "\xff", "交易中", "bidi\u202e", "*/ `x`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendQuote([]byte("x"), s)), "x"+quote(s); got != want {
			t.Errorf("appendQuote(%q) = %s, want %s", s, got, want)
		}
	})
}
