package read

import (
	"slices"
	"strings"
	"testing"

	"codebook.dev/codebook/spec/goname"
)

// identWords must cut words where goname does: the reader records words
// and goname names from them, so the two must agree on what a word is.
func FuzzIdentWords(f *testing.F) {
	for _, s := range []string{"appId", "HTTPStatus", "error_code", "Code21401", "状态码 stat", "iOS", "", "a\xffb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := identWords(s), goname.Words(s); !slices.Equal(got, want) {
			t.Errorf("identWords(%q) = %q, goname.Words = %q", s, got, want)
		}
		if hasHan(s) != goname.HasHan(s) {
			t.Errorf("hasHan(%q) = %v", s, hasHan(s))
		}
		if exportedIdent(s) != goname.IsExported(s) {
			t.Errorf("exportedIdent(%q) = %v", s, exportedIdent(s))
		}
		if asciiWords(s) != goname.ASCIIWords(s) {
			t.Errorf("asciiWords(%q) = %q", s, asciiWords(s))
		}
		if w := identWords(s); len(w) > 0 && !spells(s, s) {
			t.Errorf("spells(%q, itself) = false", s)
		}
		if k := camelKey(s); strings.Join(identWords(s), "") != "" && !strings.EqualFold(k, strings.Join(identWords(s), "")) {
			t.Errorf("camelKey(%q) = %q, not its words joined", s, k)
		}
	})
}

func TestCamelKey(t *testing.T) {
	for in, want := range map[string]string{
		"Payment Error Code": "paymentErrorCode",
		"refund sub_code":    "refundSubCode",
		"HTTP Error Code":    "HTTPErrorCode",
		"Wallet 2 Code":      "wallet2Code",
	} {
		if got := camelKey(in); got != want {
			t.Errorf("camelKey(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSpells(t *testing.T) {
	for _, tc := range []struct {
		name, words string
		want        bool
	}{
		{"ErrorCode", "Error Code", true},
		{"ErrorCode", "error_code", true},
		{"PaymentErrors", "Payment errors", true},
		{"ErrorCode", "Error codes", false},
		{"ErrorCode", "", false},
		{"", "", false},
	} {
		if got := spells(tc.name, tc.words); got != tc.want {
			t.Errorf("spells(%q, %q) = %v", tc.name, tc.words, got)
		}
	}
}
