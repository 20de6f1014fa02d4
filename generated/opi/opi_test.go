package opi_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"codebook.dev/codebook/generated/opi"
)

func TestStringKnownAndUnknown(t *testing.T) {
	cases := []struct {
		v    fmt.Stringer
		want string
	}{
		{opi.CodeSuccess, "SUCCESS"},
		{opi.CodeSignError, "OPI_SIGN_ERROR"},
		{opi.CodeMchIPError, "OPI_MCH_IP_ERROR"},
		{opi.Code(21401), "RefundIsProcessing"},
		{opi.FailedCodeTransactionExceedLimit, "TransactionExceedLimit"},
		{opi.FailedCode(-10099), "FailedCode(-10099)"},
		{opi.Code(21017), "Code(21017)"},
		{opi.Code(0), "Code(0)"},
		{opi.TransactionStatusPending, "PENDING"},
		{opi.TransactionStatus("REFUNDED"), `TransactionStatus("REFUNDED")`},
	}
	for _, c := range cases {
		if got := c.v.String(); got != c.want {
			t.Errorf("String() = %q, want %q", got, c.want)
		}
	}
}

func TestValuesSpecOrderAndFresh(t *testing.T) {
	v := opi.CodeValues()
	if len(v) != 33 || v[0] != opi.CodeSuccess || v[1] != opi.CodeGeneralError || v[17] != opi.CodeMchIPError {
		t.Fatalf("CodeValues() = %v", v)
	}
	v[0] = 1
	if opi.CodeValues()[0] != opi.CodeSuccess {
		t.Fatal("CodeValues shares its backing array")
	}
	if got := opi.FailedCodeValues(); len(got) != 11 || got[0] != -10000 || got[10] != -10010 {
		t.Fatalf("FailedCodeValues() = %v", got)
	}
	// The annotated spec merges the responseCode tables into Code, after
	// the error-code table, in document order.
	if got := opi.CodeValues(); got[18] != opi.CodeRefundIsProcessing || got[27] != 21500 || got[32] != 21505 {
		t.Fatalf("CodeValues() = %v", got)
	}
	want := []opi.TransactionStatus{"PENDING", "COMPLETED", "FAILED"}
	if got := opi.TransactionStatusValues(); !slices.Equal(got, want) {
		t.Fatalf("TransactionStatusValues() = %v", got)
	}
}

func TestEveryMemberRoundTrips(t *testing.T) {
	for _, c := range opi.CodeValues() {
		if !c.IsKnown() {
			t.Errorf("%d not known", c)
		}
		for _, s := range []string{c.String(), fmt.Sprint(int32(c))} {
			if got, err := opi.ParseCode(s); err != nil || got != c {
				t.Errorf("ParseCode(%q) = %v, %v", s, got, err)
			}
		}
		b, _ := json.Marshal(c)
		var back opi.Code
		if err := json.Unmarshal(b, &back); err != nil || back != c {
			t.Errorf("JSON round trip of %d: %s → %d, %v", c, b, back, err)
		}
	}
	for _, c := range opi.FailedCodeValues() {
		if got, err := opi.ParseFailedCode(c.String()); err != nil || got != c {
			t.Errorf("ParseFailedCode(%q) = %v, %v", c.String(), got, err)
		}
	}
	for _, c := range opi.TransactionStatusValues() {
		txt, _ := c.MarshalText()
		var back opi.TransactionStatus
		if err := back.UnmarshalText(txt); err != nil || back != c {
			t.Errorf("text round trip of %q: %q, %v", c, back, err)
		}
	}
}

func TestParseAcceptsSymbolGoNameAndCode(t *testing.T) {
	for _, s := range []string{"OPI_SIGN_ERROR", "SignError", "21001"} {
		if got, err := opi.ParseCode(s); err != nil || got != opi.CodeSignError {
			t.Errorf("ParseCode(%q) = %v, %v", s, got, err)
		}
	}
	for _, s := range []string{"FAILED", "Failed"} {
		if got, err := opi.ParseTransactionStatus(s); err != nil || got != opi.TransactionStatusFailed {
			t.Errorf("ParseTransactionStatus(%q) = %v, %v", s, got, err)
		}
	}
	for _, s := range []string{"", "21017", "sign_error", "CodeSignError", " 21001", "REFUNDED"} {
		if _, err := opi.ParseCode(s); err == nil || !strings.Contains(err.Error(), "Code") {
			t.Errorf("ParseCode(%q): err = %v, want an error naming Code", s, err)
		}
	}
}

func TestMessageLanguages(t *testing.T) {
	cases := []struct {
		lang, want string
	}{
		{"en", "transaction failed"},
		{"", "transaction failed"},
		{"fr-CA", "transaction failed"},
		{"zh", "交易失败"},
		{"zh-CN", "交易失败"},
		{"zh-Hans", "交易失败"},
		{"zh-TW", "交易失败"},
		{"ZH-hant-tw", "交易失败"},
		{"zh_CN", "交易失败"},
		{"zhx", "transaction failed"},
	}
	for _, c := range cases {
		if got := opi.TransactionStatusFailed.Message(c.lang); got != c.want {
			t.Errorf("Message(%q) = %q, want %q", c.lang, got, c.want)
		}
	}
	// Sets with English text only fall back to it for every tag.
	if got := opi.FailedCodeChannelRefundFailed.Message("zh-CN"); got != "Channel Refund Failed" {
		t.Errorf("FailedCodeChannelRefundFailed.Message(zh-CN) = %q", got)
	}
	if got := opi.CodeGeneralError.Message("en-GB"); got != "Server error, Please try again later." {
		t.Errorf("CodeGeneralError.Message = %q", got)
	}
	if got := opi.FailedCode(-10099).Message("en"); got != "" {
		t.Errorf("unknown Message = %q, want empty", got)
	}
}

func TestZeroAllocs(t *testing.T) {
	var sink string
	checks := map[string]func(){
		"String":  func() { sink = opi.CodeSignError.String() },
		"Message": func() { sink = opi.TransactionStatusFailed.Message("zh-Hant-TW") },
		"Parse": func() {
			c, _ := opi.ParseCode("OPI_SIGN_ERROR")
			sink = c.String()
		},
		"IsKnown": func() { _ = opi.FailedCode(-10005).IsKnown() },
	}
	for name, f := range checks {
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s allocates %v times per call", name, n)
		}
	}
	_ = sink
}

func TestErrorsMatchByCode(t *testing.T) {
	err := fmt.Errorf("charge: %w", opi.CodeSignError.WithMessage("bad sign"))
	if c, ok := opi.CodeOf(err); !ok || c != opi.CodeSignError {
		t.Errorf("CodeOf(err) = %v, %t", c, ok)
	}
	if !errors.Is(err, opi.CodeSignError.Err()) {
		t.Error("errors.Is(err, CodeSignError.Err()) = false")
	}
	for _, c := range opi.CodeValues() {
		if c != opi.CodeSignError && c.Err() != nil && errors.Is(err, c.Err()) {
			t.Errorf("errors.Is(err, %v.Err()) = true", c)
		}
	}
	var e *opi.Error[opi.Code]
	if !errors.As(err, &e) || e.Code != opi.CodeSignError || e.Message != "bad sign" {
		t.Errorf("errors.As *Error[Code] = %+v", e)
	}
	if got := err.Error(); got != "charge: OPI_SIGN_ERROR (21001): bad sign" {
		t.Errorf("Error() = %q", got)
	}
	// A code of another set does not match, and neither does a plain error.
	ferr := fmt.Errorf("x: %w", opi.FailedCodeRecipientAccountBlocked.Err())
	if c, ok := opi.FailedCodeOf(ferr); !ok || c != opi.FailedCodeRecipientAccountBlocked {
		t.Errorf("FailedCodeOf = %v, %t", c, ok)
	}
	if _, ok := opi.CodeOf(ferr); ok {
		t.Error("CodeOf found a Code in a FailedCode error")
	}
	if c, ok := opi.CodeOf(errors.New("timeout")); ok || c.IsKnown() {
		t.Errorf("CodeOf(plain error) = %v, %t", c, ok)
	}
	if c, ok := opi.CodeOf(nil); !ok || c != opi.CodeSuccess {
		t.Errorf("CodeOf(nil) = %v, %t; want the success code", c, ok)
	}
	if got := ferr.Error(); got != "x: RecipientAccountBlocked (-10009): Recipient Account Blocked" {
		t.Errorf("FailedCode error = %q", got)
	}
}

// No trap: a code is not an error, so the success code cannot become a
// non-nil error by assignment; Err is the only way.
func TestCodesAreNotErrors(t *testing.T) {
	for _, v := range []any{opi.CodeSuccess, opi.FailedCodeChannelRefundFailed, opi.TransactionStatusFailed} {
		if _, ok := v.(error); ok {
			t.Errorf("%T implements error", v)
		}
	}
}

func TestSuccessIsNeverAnError(t *testing.T) {
	if err := opi.CodeSuccess.Err(); err != nil {
		t.Errorf("CodeSuccess.Err() = %v", err)
	}
	if err := opi.CodeSuccess.WithMessage("ok"); err != nil {
		t.Errorf("CodeSuccess.WithMessage = %v", err)
	}
	if opi.CodeGeneralError.Err() == nil || opi.Code(29999).Err() == nil {
		t.Error("a failure code gave a nil error")
	}
}

func TestUnknownCodesRoundTrip(t *testing.T) {
	in := `{"code":29999,"message":"new"}`
	var r opi.ErrorResponse
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	if r.Code != 29999 || r.Code.IsKnown() {
		t.Fatalf("code = %v", r.Code)
	}
	out, _ := json.Marshal(r)
	if string(out) != in {
		t.Errorf("round trip = %s, want %s", out, in)
	}
	if c, _ := opi.CodeOf(r.Err()); c != 29999 || r.Err().Error() != "Code(29999): new" {
		t.Errorf("Err() = %v", r.Err())
	}
	var s struct{ S opi.TransactionStatus }
	if err := json.Unmarshal([]byte(`{"S":"REFUNDED"}`), &s); err != nil || s.S != "REFUNDED" || s.S.IsKnown() {
		t.Errorf("unknown status = %q, %v", s.S, err)
	}
	// A newer code far outside the documented ones still round-trips:
	// integer sets are int64 whatever the spec's codes need.
	big := `{"code":99999999999,"message":""}`
	var rb opi.ErrorResponse
	if err := json.Unmarshal([]byte(big), &rb); err != nil || rb.Code != 99999999999 {
		t.Fatalf("Unmarshal(%s) = %v, %v", big, rb.Code, err)
	}
	if out, _ := json.Marshal(rb); string(out) != big {
		t.Errorf("round trip = %s, want %s", out, big)
	}
	var c opi.FailedCode
	if err := c.UnmarshalText([]byte("-10099")); err != nil || c != -10099 {
		t.Errorf("UnmarshalText(-10099) = %v, %v", c, err)
	}
}

func TestMalformedJSONNamesTheType(t *testing.T) {
	cases := []struct {
		in   string
		into any
		typ  string
	}{
		{`{"code":"x21001"}`, &opi.ErrorResponse{}, "Code"},
		{`{"code":21001.5}`, &opi.ErrorResponse{}, "Code"},
		{`{"code":99999999999999999999}`, &opi.ErrorResponse{}, "Code"},
		{`{"failedCode":true}`, &opi.DisbursementFailed{}, "FailedCode"},
		{`{"transactionStatus":3}`, &opi.DisbursementFailed{}, "TransactionStatus"},
		{`{"createTime":"10/01/2022"}`, &opi.DisbursementFailed{}, "DateTime"},
		{`{"createTime":5}`, &opi.DisbursementFailed{}, "DateTime"},
	}
	for _, c := range cases {
		err := json.Unmarshal([]byte(c.in), c.into)
		if err == nil || !strings.Contains(err.Error(), c.typ) {
			t.Errorf("Unmarshal(%s): err = %v, want one naming %s", c.in, err, c.typ)
		}
	}
}

func TestNullLeavesValue(t *testing.T) {
	r := opi.ErrorResponse{Code: opi.CodeSignError}
	if err := json.Unmarshal([]byte(`{"code":null}`), &r); err != nil || r.Code != opi.CodeSignError {
		t.Errorf("null: %v, %v", r.Code, err)
	}
}

// The spec's own examples decode into the typed payloads.
func TestSpecExamples(t *testing.T) {
	var r opi.ErrorResponse
	if err := json.Unmarshal([]byte(`{
"code": 21000,
"message": "Server error, Please try again later."
}`), &r); err != nil {
		t.Fatal(err)
	}
	if r.Code != opi.CodeGeneralError || !errors.Is(r.Err(), opi.CodeGeneralError.Err()) {
		t.Errorf("ErrorResponse = %+v", r)
	}
	var d opi.DisbursementFailed
	if err := json.Unmarshal([]byte(disbursementFailed), &d); err != nil {
		t.Fatal(err)
	}
	want := time.Date(2022, 1, 10, 17, 55, 45, 0, time.UTC)
	if d.Amount != 5735 || !d.CreateTime.Equal(want) || d.FailedCode != opi.FailedCodeTransactionExceedLimit ||
		d.TransactionStatus != opi.TransactionStatusFailed || d.MchOrderID != "CCP16418085446081" {
		t.Errorf("DisbursementFailed = %+v", d)
	}
	if !errors.Is(d.Err(), opi.FailedCodeTransactionExceedLimit.Err()) || !strings.Contains(d.Err().Error(), "Transaction Exceed Limit") {
		t.Errorf("Err() = %v", d.Err())
	}
	// Re-encoding gives the same JSON value back.
	out, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !jsonEqual(t, out, []byte(disbursementFailed)) {
		t.Errorf("re-encoded = %s", out)
	}
}

func TestPayloadWithUnknownCode(t *testing.T) {
	in := strings.Replace(disbursementFailed, `"failedCode":-10001`, `"failedCode":-10099`, 1)
	in = strings.Replace(in, `"FAILED"`, `"REVERSED"`, 1)
	var d opi.DisbursementFailed
	if err := json.Unmarshal([]byte(in), &d); err != nil {
		t.Fatal(err)
	}
	if d.FailedCode != -10099 || d.FailedCode.IsKnown() || d.TransactionStatus != "REVERSED" {
		t.Errorf("decoded %v %q", d.FailedCode, d.TransactionStatus)
	}
	if got := d.Err().Error(); got != "FailedCode(-10099): Transaction Exceed Limit" {
		t.Errorf("Err() = %q", got)
	}
	out, _ := json.Marshal(d)
	if !jsonEqual(t, out, []byte(in)) {
		t.Errorf("re-encoded = %s", out)
	}
}

func TestDateTimeEmptyAndZero(t *testing.T) {
	var d opi.DisbursementFailed
	if err := json.Unmarshal([]byte(`{"returnTime":""}`), &d); err != nil || !d.ReturnTime.IsZero() {
		t.Errorf("empty time: %v, %v", d.ReturnTime, err)
	}
	b, _ := json.Marshal(opi.DateTime{})
	if string(b) != `""` {
		t.Errorf("zero time = %s", b)
	}
}

func jsonEqual(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	return fmt.Sprint(x) == fmt.Sprint(y)
}

const disbursementFailed = `{
"amount":5735,
"createTime":"2022-01-10 17:55:45",
"eventName":"disbursement.failed",
"failedCode":-10001,
"failedMessage":"Transaction Exceed Limit",
"mchOrderId":"CCP16418085446081",
"remark":"cash credit",
"returnTime":"2022-01-10 18:33:37",
"sign":"5a9dd499ddf1c2a4dcf054aceafe409b45f37ca6",
"transactionId":"d149b0a575e5344740b2d9698babcede1f68",
"transactionStatus":"FAILED"
}`
