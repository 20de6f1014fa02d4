package read

import (
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
)

// TestServiceDirectives: http-status= sets the set's default status,
// outcome= turns status predicates on or off, outcome.CODE= gives one
// code's outcome, a later table's directive winning.
func TestServiceDirectives(t *testing.T) {
	s, diags := mustRead(t, `<!-- codebook: http-status=502 outcome=on outcome.3=pending outcome.+4=failure -->
| Error Code | Message |
|---|---|
| 3 | Not paid |
| 4 | Closed |

<!-- codebook: outcome=off -->
| tradeState | Message |
|---|---|
| A | a |
`)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	ec := s.Set("ErrorCode")
	if ec.HTTPStatus != 502 || ec.Status != spec.Yes {
		t.Errorf("ErrorCode http=%d status=%v", ec.HTTPStatus, ec.Status)
	}
	if got := ec.Member("3").Outcome; got != spec.ResultUnknown {
		t.Errorf("outcome of 3 = %v", got)
	}
	if got := ec.Member("4").Outcome; got != spec.ResultFailure {
		t.Errorf("outcome of 4 = %v", got)
	}
	if st := s.Set("TradeState"); st == nil || st.Status != spec.No {
		t.Errorf("TradeState: %+v", st)
	}
}

// TestServiceDirectiveErrors: a bad value is an error at the word.
func TestServiceDirectiveErrors(t *testing.T) {
	_, diags := mustRead(t, `<!-- codebook: http-status=0 outcome=maybe outcome.9=done outcome.8=success -->
| Error Code | Message |
|---|---|
| 9 | x |
`)
	got := diags.Error()
	for _, want := range []string{
		`in.md:1:16: directive http-status="0": want an HTTP status from 100 to 599`,
		`directive outcome="maybe": want on or off`,
		`directive outcome.9="done": want success, failure or pending`,
		`directive outcome.8: no such code in the set`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}
