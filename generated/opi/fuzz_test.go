package opi_test

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"testing"
	"unicode/utf8"

	"codebook.dev/codebook/generated/opi"
)

// FuzzParseCode: Parse never panics, accepts exactly the members,
// and what it accepts prints back to a string it accepts again.
func FuzzParseCode(f *testing.F) {
	for _, s := range []string{"OPI_SIGN_ERROR", "SignError", "21001", "10000", "", "21017", "-0", "+21001", "0x5208"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := opi.ParseCode(s)
		if err != nil {
			if c != 0 {
				t.Fatalf("ParseCode(%q) = %d with error", s, c)
			}
			return
		}
		if !c.IsKnown() {
			t.Fatalf("ParseCode(%q) = unknown %d", s, c)
		}
		for _, again := range []string{c.String(), strconv.Itoa(int(c))} {
			if d, err := opi.ParseCode(again); err != nil || d != c {
				t.Fatalf("ParseCode(%q) = %d, %v; want %d", again, d, err, c)
			}
		}
	})
}

// FuzzParseTransactionStatus: the same for the string set, and text
// decoding keeps every string exactly, known or not: the text is the
// wire value, and "Pending" is not "PENDING" on the wire.
func FuzzParseTransactionStatus(f *testing.F) {
	for _, s := range []string{"PENDING", "Pending", "FAILED", "REVERSED", "", "pending"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := opi.ParseTransactionStatus(s)
		if err == nil && (!c.IsKnown() || c.String() != string(c)) {
			t.Fatalf("ParseTransactionStatus(%q) = %q", s, c)
		}
		var u opi.TransactionStatus
		if err := u.UnmarshalText([]byte(s)); err != nil {
			t.Fatal(err)
		}
		if string(u) != s {
			t.Fatalf("UnmarshalText(%q) = %q", s, u)
		}
	})
}

// FuzzUnmarshalPayloads: decoding any input never panics, and whatever
// decodes re-encodes to JSON that decodes to the same value: unknown
// codes survive the round trip.
func FuzzUnmarshalPayloads(f *testing.F) {
	f.Add([]byte(disbursementFailed))
	f.Add([]byte(`{"code":21000,"message":"Server error, Please try again later."}`))
	f.Add([]byte(`{"code":29999,"message":"new"}`))
	f.Add([]byte(`{"code":"21001"}`))
	f.Add([]byte(`{"failedCode":-10099,"transactionStatus":"REVERSED","createTime":""}`))
	f.Add([]byte(`{"createTime":"2022-13-10 17:55:45"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip(t, data, &opi.ErrorResponse{}, &opi.ErrorResponse{})
		roundTrip(t, data, &opi.DisbursementFailed{}, &opi.DisbursementFailed{})
	})
}

func roundTrip(t *testing.T, data []byte, v, back any) {
	t.Helper()
	if json.Unmarshal(data, v) != nil {
		return
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("Marshal(%+v): %v", v, err)
	}
	if err := json.Unmarshal(out, back); err != nil {
		t.Fatalf("re-decoding %s: %v", out, err)
	}
	if !reflect.DeepEqual(v, back) {
		t.Fatalf("round trip changed %+v to %+v", v, back)
	}
}

// FuzzMessage: Message never panics and always answers with a
// translation or the English text for members.
func FuzzMessage(f *testing.F) {
	f.Add(int32(21001), "zh-CN")
	f.Add(int32(-10010), "")
	f.Add(int32(0), "zh-Hant-TW")
	f.Fuzz(func(t *testing.T, code int32, lang string) {
		c := opi.Code(code)
		if m := c.Message(lang); (m != "") != c.IsKnown() {
			t.Fatalf("%d.Message(%q) = %q", code, lang, m)
		}
		fc := opi.FailedCode(code)
		if fc.IsKnown() && fc.Message(lang) != fc.Message("en") {
			t.Fatalf("FailedCode has English text only; Message(%q) differs", lang)
		}
	})
}

// FuzzCodesRoundTrip: every code type, known value or not, round-trips
// through JSON and text, alone and as a map key; a string's round trip
// is exact.
func FuzzCodesRoundTrip(f *testing.F) {
	f.Add(int64(21001), "PENDING")
	f.Add(int64(-10099), "REVERSED")
	f.Add(int64(0), "")
	f.Add(int64(-1<<63), "a\"b\\\u2028")
	f.Fuzz(func(t *testing.T, n int64, s string) {
		roundTripCode(t, opi.Code(n))
		roundTripCode(t, opi.FailedCode(n))
		if utf8.ValidString(s) { // JSON carries valid UTF-8 only
			roundTripCode(t, opi.TransactionStatus(s))
		}
	})
}

func roundTripCode[T interface {
	comparable
	encoding.TextMarshaler
}](t *testing.T, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	var back T
	if err != nil || json.Unmarshal(b, &back) != nil || back != v {
		t.Fatalf("JSON round trip of %v: %s → %v (%v)", v, b, back, err)
	}
	text, err := v.MarshalText()
	back = *new(T)
	if err != nil || any(&back).(encoding.TextUnmarshaler).UnmarshalText(text) != nil || back != v {
		t.Fatalf("text round trip of %v: %q → %v (%v)", v, text, back, err)
	}
	m := map[T]int{v: 1}
	b, err = json.Marshal(m)
	var mback map[T]int
	if err != nil || json.Unmarshal(b, &mback) != nil || !reflect.DeepEqual(mback, m) {
		t.Fatalf("map key round trip of %v: %s → %v (%v)", v, b, mback, err)
	}
}
