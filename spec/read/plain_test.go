package read

import "testing"

// TestPlainText checks what a cell's markdown reads as: markers go, the
// text they mark stays.
func TestPlainText(t *testing.T) {
	for in, want := range map[string]string{
		"**Invalid** API key":             "Invalid API key",
		"See [docs](https://x.test/a(b))": "See docs",
		"line one<br>line two":            "line one line two",
		"`E1001` &amp; more":              "E1001 & more",
		"~~old text~~ new text":           "old text new text",
		"a ~~ b":                          "a ~~ b",
		`ACCESS\_DENIED`:                  "ACCESS_DENIED",
		"OPI_SIGN_ERROR":                  "OPI_SIGN_ERROR",
	} {
		if got := plainText(in); got != want {
			t.Errorf("plainText(%q) = %q, want %q", in, got, want)
		}
	}
}
