package opi_test

import (
	"bytes"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"codebook.dev/codebook/generated/opi"
)

// The tests below follow the package as a service uses it: one printed
// form, no traps, behaviour methods, names, languages, database/sql,
// payloads, and how the generated source reads.

// One printed form: fmt's %v and %s, Println of slices, %+v of structs
// and slog all print String.
func TestOnePrintedForm(t *testing.T) {
	c := opi.CodeSignError
	cases := map[string]string{
		fmt.Sprint(c):                               "OPI_SIGN_ERROR",
		fmt.Sprintf("%v %s", c, c):                  "OPI_SIGN_ERROR OPI_SIGN_ERROR",
		fmt.Sprintln(opi.CodeValues()[:2]):          "[SUCCESS OPI_GENERAL_ERROR]\n",
		fmt.Sprintf("%+v", struct{ C opi.Code }{c}): "{C:OPI_SIGN_ERROR}",
		fmt.Sprint(opi.FailedCode(-10099)):          "FailedCode(-10099)",
		fmt.Sprint(opi.TransactionStatusFailed):     "FAILED",
		fmt.Sprintf("%d", c):                        "21001", // the number is still one verb away
	}
	for got, want := range cases {
		if got != want {
			t.Errorf("printed %q, want %q", got, want)
		}
	}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("x", "code", c, "failed", opi.FailedCodeChannelRefundFailed)
	if s := buf.String(); !strings.Contains(s, "code=OPI_SIGN_ERROR") || !strings.Contains(s, "failed=ChannelRefundFailed") {
		t.Errorf("slog printed %q", s)
	}
}

// No trap: a failed Parse never returns a member, the success code
// included; the value returned is not known.
func TestFailedParseIsNoMember(t *testing.T) {
	for _, s := range []string{"", "nope", "21099", "10000 ", "SUCCESS!"} {
		c, err := opi.ParseCode(s)
		if err == nil || c.IsKnown() || c == opi.CodeSuccess {
			t.Errorf("ParseCode(%q) = %v, %v", s, c, err)
		}
		f, err := opi.ParseFailedCode(s)
		if err == nil || f.IsKnown() {
			t.Errorf("ParseFailedCode(%q) = %v, %v", s, f, err)
		}
		ts, err := opi.ParseTransactionStatus(s)
		if err == nil || ts.IsKnown() {
			t.Errorf("ParseTransactionStatus(%q) = %v, %v", s, ts, err)
		}
	}
}

// Integer map keys round-trip through encoding/json, known and unknown.
func TestMapKeysRoundTrip(t *testing.T) {
	m := map[opi.FailedCode]int{opi.FailedCodeTransactionExceedLimit: 3, opi.FailedCode(-10099): 4}
	b, err := json.Marshal(m)
	if err != nil || string(b) != `{"-10001":3,"-10099":4}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var back map[opi.FailedCode]int
	if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, m) {
		t.Errorf("Unmarshal(%s) = %v, %v", b, back, err)
	}
	c := map[opi.Code]string{opi.CodeSuccess: "a", opi.Code(29999): "b"}
	b, _ = json.Marshal(c)
	var cback map[opi.Code]string
	if err := json.Unmarshal(b, &cback); err != nil || !reflect.DeepEqual(cback, c) {
		t.Errorf("Unmarshal(%s) = %v, %v", b, cback, err)
	}
	s := map[opi.TransactionStatus]bool{opi.TransactionStatusPending: true, "REVERSED": false}
	b, _ = json.Marshal(s)
	var sback map[opi.TransactionStatus]bool
	if err := json.Unmarshal(b, &sback); err != nil || !reflect.DeepEqual(sback, s) {
		t.Errorf("Unmarshal(%s) = %v, %v", b, sback, err)
	}
}

// Behaviour: the seed has no behaviour columns, so IsSuccess, a
// Retryable read from the texts ("Please try again later"), HTTPStatus
// with the fallbacks of error sets (200 for success, 500 for the rest,
// never 0) and TransactionStatus's predicates read from its codes.
func TestBehaviour(t *testing.T) {
	if !opi.CodeSuccess.IsSuccess() || opi.CodeGeneralError.IsSuccess() || opi.Code(29999).IsSuccess() {
		t.Error("IsSuccess")
	}
	var retry []opi.Code
	for _, c := range opi.CodeValues() {
		if c.Retryable() {
			retry = append(retry, c)
		}
	}
	if !slices.Equal(retry, []opi.Code{opi.CodeGeneralError}) || opi.Code(29999).Retryable() {
		t.Errorf("retryable codes = %v", retry)
	}
	for c, want := range map[opi.Code]int{opi.CodeSuccess: 200, opi.CodeSignError: 500, opi.Code(29999): 500} {
		if got := c.HTTPStatus(); got != want {
			t.Errorf("%v.HTTPStatus() = %d, want %d", c, got, want)
		}
	}
	if got := opi.FailedCode(-1).HTTPStatus(); got != 500 {
		t.Errorf("FailedCode(-1).HTTPStatus() = %d", got)
	}
	for _, v := range []any{opi.CodeSuccess, opi.FailedCodeChannelRefundFailed, opi.TransactionStatusFailed} {
		if _, ok := v.(interface{ Category() string }); ok {
			t.Errorf("%T has Category without a column", v)
		}
	}
	if _, ok := any(opi.TransactionStatusFailed).(interface{ HTTPStatus() int }); ok {
		t.Error("TransactionStatus, no error set, has HTTPStatus with neither a column nor a directive")
	}
	if _, ok := any(opi.FailedCodeChannelRefundFailed).(interface{ Retryable() bool }); ok {
		t.Error("FailedCode has Retryable with neither a column nor a cue")
	}
	type pred struct{ success, failure, pending, terminal bool }
	for c, want := range map[opi.TransactionStatus]pred{
		opi.TransactionStatusPending:   {pending: true},
		opi.TransactionStatusCompleted: {success: true, terminal: true},
		opi.TransactionStatusFailed:    {failure: true, terminal: true},
		"REVERSED":                     {},
	} {
		if got := (pred{c.IsSuccess(), c.IsFailure(), c.IsPending(), c.IsTerminal()}); got != want {
			t.Errorf("%v: %+v, want %+v", c, got, want)
		}
	}
}

// Names: every set lists its names, Parse ignores the case of ASCII
// letters when nothing matches exactly.
func TestNamesAndCaseInsensitiveParse(t *testing.T) {
	names := opi.FailedCodeNames()
	if len(names) != 11 || names[0] != "TransactionServiceError" {
		t.Errorf("FailedCodeNames() = %q", names)
	}
	names[0] = "x"
	if opi.FailedCodeNames()[0] != "TransactionServiceError" {
		t.Error("FailedCodeNames shares its slice")
	}
	for _, s := range []string{"opi_sign_error", "Opi_Sign_Error", "signerror", "SIGNERROR"} {
		if c, err := opi.ParseCode(s); err != nil || c != opi.CodeSignError {
			t.Errorf("ParseCode(%q) = %v, %v", s, c, err)
		}
	}
	if c, err := opi.ParseTransactionStatus("failed"); err != nil || c != opi.TransactionStatusFailed {
		t.Errorf("ParseTransactionStatus(failed) = %v, %v", c, err)
	}
}

// database/sql: Value gives the wire value, Scan takes it back; NULL is
// for sql.Null.
func TestDatabaseSQL(t *testing.T) {
	var _ driver.Valuer = opi.CodeSuccess
	var _ sql.Scanner = (*opi.Code)(nil)
	if v, err := opi.CodeSignError.Value(); err != nil || v != int64(21001) {
		t.Errorf("Value = %#v, %v", v, err)
	}
	if v, err := opi.TransactionStatusFailed.Value(); err != nil || v != "FAILED" {
		t.Errorf("Value = %#v, %v", v, err)
	}
	for _, src := range []any{int64(21001), []byte("21001"), "21001"} {
		var c opi.Code
		if err := c.Scan(src); err != nil || c != opi.CodeSignError {
			t.Errorf("Scan(%#v) = %v, %v", src, c, err)
		}
	}
	var c opi.Code
	for _, src := range []any{nil, 1.5, []byte("x")} {
		if err := c.Scan(src); err == nil {
			t.Errorf("Scan(%#v) accepted", src)
		}
	}
	var n sql.Null[opi.Code]
	if err := n.Scan(nil); err != nil || n.Valid {
		t.Errorf("sql.Null Scan(nil) = %v, %v", n, err)
	}
	var s opi.TransactionStatus
	if err := s.Scan([]byte("REVERSED")); err != nil || s != "REVERSED" {
		t.Errorf("Scan(REVERSED) = %v, %v", s, err)
	}
}

// Output that reads as hand-written Go: no source line numbers in the
// docs, constants right after their type, tables one element per line,
// private helpers under the codebook prefix, no no-op statements.
func TestGeneratedSourceReads(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	line := regexp.MustCompile(`\.md:\d+`)
	private := regexp.MustCompile(`(?m)^(?:func(?: \([^)]*\))?|type|var|const) ([a-z]\w*)`)
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		src := string(data)
		if m := line.FindString(src); m != "" {
			t.Errorf("%s names a source line: %s", name, m)
		}
		if strings.Contains(src, "_ = lang") {
			t.Errorf("%s has a no-op", name)
		}
		for i, l := range strings.Split(src, "\n") {
			if len(l) > 200 {
				t.Errorf("%s:%d is %d bytes long", name, i+1, len(l))
			}
		}
		for _, m := range private.FindAllStringSubmatch(src, -1) {
			if !strings.HasPrefix(m[1], "codebook") {
				t.Errorf("%s: private %s lacks the codebook prefix", name, m[1])
			}
		}
	}
	code, _ := os.ReadFile("code.go")
	if !regexp.MustCompile(`type Code int64\n\n// The members of Code, in spec order.\nconst \(`).Match(code) {
		t.Error("code.go: the constants do not follow the type")
	}
}

// TestErrorAlias: errors.As takes *CodeError, the same type as
// *Error[Code], through wrapping.
func TestErrorAlias(t *testing.T) {
	err := fmt.Errorf("charge: %w", opi.CodeSignError.WithMessage("bad sign"))
	var e *opi.CodeError
	if !errors.As(err, &e) || e.Code != opi.CodeSignError || e.Message != "bad sign" {
		t.Fatalf("errors.As(%v) = %+v", err, e)
	}
	var g *opi.Error[opi.Code] = e
	var fe *opi.FailedCodeError
	if errors.As(err, &fe) || g != e {
		t.Error("a Code error is a FailedCodeError")
	}
}
