// Command check uses the package generated from pay.md as a service
// would; it prints every problem, or "ok". TestServiceUse runs it.
package main

import (
	"bytes"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"slices"
	"strings"

	"e2e.test/pay"
)

var problems []string

func fail(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

func main() {
	behaviour()
	service()
	names()
	languages()
	noTraps()
	printing()
	mapKeys()
	database()
	payloadKeys()
	for _, p := range problems {
		fmt.Println(p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
	fmt.Println("ok")
}

// behaviour: the HTTP Status, Retryable, Result and Category columns
// become methods; a code outside the spec gets the zero answer.
func behaviour() {
	cases := []struct {
		c        pay.Code
		http     int
		retry    bool
		result   pay.Result
		category string
		success  bool
	}{
		{pay.CodeSuccess, 200, false, pay.ResultSuccess, "General", true},
		{pay.CodeInvalidAPIKey, 401, false, pay.ResultFailure, "Auth", false},
		{pay.CodeSystemBusy, 503, true, pay.ResultUnknown, "System", false},
		{pay.CodeReadByteCode, 500, false, pay.ResultFailure, "System", false},
		{pay.CodeStringCode, 400, false, pay.ResultFailure, "Request", false},
		{pay.Code(9999), 500, false, pay.ResultUnknown, "", false},
	}
	for _, c := range cases {
		if c.c.HTTPStatus() != c.http || c.c.Retryable() != c.retry || c.c.Result() != c.result ||
			c.c.Category() != c.category || c.c.IsSuccess() != c.success {
			fail("%v: HTTPStatus %d Retryable %t Result %v Category %q IsSuccess %t", c.c,
				c.c.HTTPStatus(), c.c.Retryable(), c.c.Result(), c.c.Category(), c.c.IsSuccess())
		}
	}
	// ChannelCode has no behaviour columns: Retryable comes from the
	// text ("please try again later"), and nothing else is generated.
	if !pay.ChannelCodePaymentNotFoundPleaseTryAgainLater.Retryable() || pay.ChannelCodeInvalidAPIKey.Retryable() {
		fail("ChannelCode.Retryable from text cues")
	}
	var ch any = pay.ChannelCodeInvalidAPIKey
	if _, ok := ch.(interface{ HTTPStatus() int }); ok {
		fail("ChannelCode, not errors, has HTTPStatus with neither a column nor a directive")
	}
	if _, ok := ch.(interface{ Category() string }); ok {
		fail("ChannelCode has Category without a column")
	}
	b, err := json.Marshal(pay.ResultFailure)
	var r pay.Result
	if err != nil || string(b) != `"failure"` || json.Unmarshal(b, &r) != nil || r != pay.ResultFailure {
		fail("Result JSON: %s, %v, %v", b, err, r)
	}
}

// names: alphanumeric codes are named from their text; members named
// like well-known methods were renamed (the visitor below compiles, and
// go vet passed on the package).
func names() {
	if pay.ChannelCodeInvalidAPIKey != "E1001" || pay.ChannelCodePaymentNotFoundPleaseTryAgainLater != "PAY-404" {
		fail("ChannelCode names")
	}
	if got := pay.VisitCode[string](pay.CodeReadByteCode, visitor{}); got != "ReadByteCode" {
		fail("VisitCode(1003) = %q", got)
	}
	want := []string{"SUCCESS", "INVALID_API_KEY", "SYSTEM_BUSY", "READ_BYTE", "STRING"}
	if got := pay.CodeNames(); !slices.Equal(got, want) {
		fail("CodeNames() = %q", got)
	}
	for _, s := range []string{"INVALID_API_KEY", "invalid_api_key", "InvalidAPIKey", "invalidapikey", "1001"} {
		if c, err := pay.ParseCode(s); err != nil || c != pay.CodeInvalidAPIKey {
			fail("ParseCode(%q) = %v, %v", s, c, err)
		}
	}
	for _, s := range []string{"nope", "", "9999", "SUCCESS "} {
		if c, err := pay.ParseCode(s); err == nil || c.IsKnown() {
			fail("ParseCode(%q) = %v, %v; want an error and no member", s, c, err)
		}
	}
	if c, err := pay.ParseChannelCode("e1001"); err != nil || c != pay.ChannelCodeInvalidAPIKey {
		fail("ParseChannelCode(e1001) = %v, %v", c, err)
	}
}

type visitor struct{}

func (visitor) Success() string           { return "Success" }
func (visitor) InvalidAPIKey() string     { return "InvalidAPIKey" }
func (visitor) SystemBusy() string        { return "SystemBusy" }
func (visitor) ReadByteCode() string      { return "ReadByteCode" }
func (visitor) StringCode() string        { return "StringCode" }
func (visitor) Unknown(c pay.Code) string { return "Unknown" }

// languages: four languages, the documented fallback chain.
func languages() {
	cases := []struct {
		c          pay.Code
		lang, want string
	}{
		{pay.CodeInvalidAPIKey, "en", "Invalid API key"},
		{pay.CodeInvalidAPIKey, "id", "Kunci API tidak valid"},
		{pay.CodeInvalidAPIKey, "id-ID", "Kunci API tidak valid"},
		{pay.CodeInvalidAPIKey, "zh", "API密钥无效"},
		{pay.CodeInvalidAPIKey, "zh-CN", "API密钥无效"},
		{pay.CodeInvalidAPIKey, "zh-Hans-CN", "API密钥无效"},
		{pay.CodeInvalidAPIKey, "zh-Hant", "API金鑰無效"},
		{pay.CodeInvalidAPIKey, "zh-TW", "API金鑰無效"},
		{pay.CodeInvalidAPIKey, "zh_HK", "API金鑰無效"},
		{pay.CodeInvalidAPIKey, "fr", "Invalid API key"},
		// 1004 has no id or zh-Hant row: zh-TW falls back to zh, id to en.
		{pay.CodeStringCode, "zh-TW", "字符串错误"},
		{pay.CodeStringCode, "id", "Bad string"},
		{pay.Code(9999), "en", ""},
	}
	for _, c := range cases {
		if got := c.c.Message(c.lang); got != c.want {
			fail("%v.Message(%q) = %q, want %q", c.c, c.lang, got, c.want)
		}
	}
}

// noTraps: a code is not an error; Err is nil for the success code;
// CodeOf matches an error by code through wrapping.
func noTraps() {
	for _, v := range []any{pay.CodeSuccess, pay.CodeSystemBusy, pay.ChannelCodeInvalidAPIKey} {
		if _, ok := v.(error); ok {
			fail("%T implements error", v)
		}
	}
	if pay.CodeSuccess.Err() != nil || pay.CodeSuccess.WithMessage("ok") != nil {
		fail("the success code gave an error")
	}
	err := fmt.Errorf("charge: %w", pay.CodeSystemBusy.WithMessage("busy"))
	if c, ok := pay.CodeOf(err); !ok || c != pay.CodeSystemBusy || !c.Retryable() {
		fail("CodeOf(%v) = %v, %t", err, c, ok)
	}
	if !errors.Is(err, pay.CodeSystemBusy.Err()) || errors.Is(err, pay.CodeInvalidAPIKey.Err()) {
		fail("errors.Is by code")
	}
	if got := err.Error(); got != "charge: SYSTEM_BUSY (1002): busy" {
		fail("Error() = %q", got)
	}
	var r pay.ErrorResponse
	if json.Unmarshal([]byte(`{"code":0,"message":"ok"}`), &r) != nil || r.Err() != nil {
		fail("a success response gave an error: %v", r.Err())
	}
}

// printing: fmt, Println of slices, %+v of structs and slog all print
// String.
func printing() {
	c := pay.CodeInvalidAPIKey
	for _, got := range []string{
		fmt.Sprint(c), fmt.Sprintf("%v|%s", c, c), fmt.Sprintln([]pay.Code{c, pay.CodeSuccess}),
		fmt.Sprintf("%+v", struct{ C pay.Code }{c}), fmt.Sprint(pay.Code(9999)),
	} {
		if !strings.Contains(got, "INVALID_API_KEY") && !strings.Contains(got, "Code(9999)") {
			fail("printed %q", got)
		}
	}
	if got := fmt.Sprintln([]pay.Code{c, pay.CodeSuccess}); got != "[INVALID_API_KEY SUCCESS]\n" {
		fail("Println of a slice = %q", got)
	}
	if got := fmt.Sprintf("%+v", struct{ C pay.Code }{c}); got != "{C:INVALID_API_KEY}" {
		fail("%%+v of a struct = %q", got)
	}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("x", "code", c, "channel", pay.ChannelCodeInvalidAPIKey)
	if s := buf.String(); !strings.Contains(s, "code=INVALID_API_KEY") || !strings.Contains(s, "channel=E1001") {
		fail("slog printed %q", s)
	}
}

// mapKeys: maps keyed by codes round-trip through encoding/json, known
// and unknown codes alike.
func mapKeys() {
	m := map[pay.Code]int{pay.CodeInvalidAPIKey: 1, pay.CodeSuccess: 2, pay.Code(-77): 3}
	b, err := json.Marshal(m)
	var back map[pay.Code]int
	if err != nil || json.Unmarshal(b, &back) != nil || !reflect.DeepEqual(back, m) {
		fail("map[Code]int: %s → %v (%v)", b, back, err)
	}
	s := map[pay.ChannelCode]int{pay.ChannelCodeInvalidAPIKey: 1, "NEW-1": 2}
	b, err = json.Marshal(s)
	var sback map[pay.ChannelCode]int
	if err != nil || json.Unmarshal(b, &sback) != nil || !reflect.DeepEqual(sback, s) {
		fail("map[ChannelCode]int: %s → %v (%v)", b, sback, err)
	}
}

// database: Value and Scan carry the wire value.
func database() {
	var _ driver.Valuer = pay.CodeSuccess
	if v, err := pay.CodeInvalidAPIKey.Value(); err != nil || v != int64(1001) {
		fail("Code.Value = %v, %v", v, err)
	}
	if v, err := pay.ChannelCodeInvalidAPIKey.Value(); err != nil || v != "E1001" {
		fail("ChannelCode.Value = %v, %v", v, err)
	}
	for _, src := range []any{int64(1002), []byte("1002"), "1002"} {
		var c pay.Code
		if err := c.Scan(src); err != nil || c != pay.CodeSystemBusy {
			fail("Scan(%#v) = %v, %v", src, c, err)
		}
	}
	var c pay.Code
	if err := c.Scan(nil); err == nil {
		fail("Scan(nil) accepted NULL")
	}
	var ch pay.ChannelCode
	if err := ch.Scan([]byte("PAY-404")); err != nil || ch != pay.ChannelCodePaymentNotFoundPleaseTryAgainLater {
		fail("ChannelCode.Scan = %v, %v", ch, err)
	}
}

// payloadKeys: keys no json struct tag can spell decode and encode
// under the same key.
func payloadKeys() {
	in := `{"code":1001,"message":"m","-":"dash","price€":12.5,"deg°":3,"a\"b":"quote","":"empty","x y":true}`
	var r pay.ErrorResponse
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		fail("decode: %v", err)
		return
	}
	if r.Code3 != "dash" || r.Price != "12.5" || r.Deg != 3 || r.AB != "quote" || r.Code7 != "empty" || !r.XY {
		fail("decoded %+v", r)
	}
	out, err := json.Marshal(r)
	var a, b map[string]any
	if err != nil || json.Unmarshal(out, &a) != nil || json.Unmarshal([]byte(in), &b) != nil || !reflect.DeepEqual(a, b) {
		fail("re-encoded %s, want %s (%v)", out, in, err)
	}
}

// service: a handler writes HTTPStatus straight to WriteHeader (0 would
// panic), a code outside the spec included; answers in the language the
// request's Accept-Language asks for; matches errors with *pay.CodeError;
// and reads the Result column's outcomes through the status predicates.
func service() {
	handler := func(c pay.Code) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			al := r.Header.Get("Accept-Language")
			w.Header().Set("Content-Language", pay.Language(al))
			w.WriteHeader(c.HTTPStatus())
			io.WriteString(w, c.Message(al))
		}
	}
	for _, c := range append(pay.CodeValues(), pay.Code(9999)) {
		req := httptest.NewRequest("GET", "/", nil)
		req.Header.Set("Accept-Language", "fr-FR, zh-Hant;q=0.9, id;q=0.8")
		rec := httptest.NewRecorder()
		handler(c)(rec, req)
		if rec.Code != c.HTTPStatus() || rec.Code == 0 || rec.Header().Get("Content-Language") != "zh-Hant" {
			fail("%v: status %d, Content-Language %q", c, rec.Code, rec.Header().Get("Content-Language"))
		}
		if c == pay.CodeInvalidAPIKey && rec.Body.String() != "API金鑰無效" {
			fail("%v: body %q", c, rec.Body.String())
		}
	}
	if got := pay.Code(9999).HTTPStatus(); got != 500 {
		fail("a code outside the spec has HTTPStatus %d, want 500", got)
	}
	if got := pay.CodeInvalidAPIKey.Message("de;q=0.9, id;q=0.5, *;q=0.1"); got != "Kunci API tidak valid" {
		fail("Message by q-value = %q", got)
	}
	if !slices.Contains(pay.Languages(), "zh-Hant") || pay.Languages()[0] != "en" {
		fail("Languages() = %q", pay.Languages())
	}
	err := fmt.Errorf("charge: %w", pay.CodeSystemBusy.WithMessage("busy"))
	var e *pay.CodeError
	if !errors.As(err, &e) || e.Code != pay.CodeSystemBusy || e.Message != "busy" {
		fail("errors.As(*pay.CodeError) = %v", e)
	}
	limit, err := pay.ParseChannelCode("LIMIT-1")
	if err != nil {
		fail("ParseChannelCode(LIMIT-1): %v", err)
	}
	if got := limit.MessageWith("zh-CN", 10, 500); got != "金额必须在 500 与 10 之间" {
		fail("MessageWith(zh-CN, 10, 500) = %q", got)
	}
	if got := limit.MessageWith("en", 10); got != "Amount must be between 10 and {max}" {
		fail("MessageWith(en, 10) = %q", got)
	}
	type pred struct{ success, failure, pending, terminal bool }
	for c, want := range map[pay.Code]pred{
		pay.CodeSuccess:       {success: true, terminal: true},
		pay.CodeInvalidAPIKey: {failure: true, terminal: true},
		pay.CodeSystemBusy:    {pending: true},
		pay.Code(9999):        {},
	} {
		if got := (pred{c.IsSuccess(), c.IsFailure(), c.IsPending(), c.IsTerminal()}); got != want {
			fail("%v: predicates %+v, want %+v", c, got, want)
		}
	}
}
