package goname

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestExamples(t *testing.T) {
	for _, c := range []struct{ got, want string }{
		{Type("failedCode"), "FailedCode"},
		{Type("Error Code"), "ErrorCode"},
		{Type("错误码"), "Code"},
		{Type("2fa"), "Code2Fa"},
		{Field("mchOrderId"), "MchOrderID"},
		{FromSymbol("OPI_MCH_IP_ERROR", "OPI_"), "MchIPError"},
		{FromSymbol("SUCCESS", "OPI_"), "Success"},
		{FromSymbol("OPI_", "OPI_"), "OPI"},
		{FromText("Refund is processing"), "RefundIsProcessing"},
		{FromText("Duplicate mchVoidOrderID detected. Please retry."), "DuplicateMchVoidOrderIDDetected"},
		{FromText("Transactions 60 days ago"), "Transactions60DaysAgo"},
		{FromText("60 days ago"), "Code60DaysAgo"},
		{FromText("签名错误"), ""},
		{FromValue("21401"), "Code21401"},
		{FromValue("-10001"), "CodeNeg10001"},
		{FromValue("00"), "Code00"},
		{FromValue("PENDING"), "Pending"},
		{FromValue("MC999"), "Mc999"},
		{Suffix("-5"), "Neg5"},
		{SymbolPrefix([]string{"OPI_A", "OPI_B", "SUCCESS"}), "OPI_"},
		{SymbolPrefix([]string{"OPI_A", "X_B"}), ""},
		{SymbolPrefix([]string{"OPI_A"}), ""},
		{FirstSentence("a.b. c"), "a.b"},
		{FirstSentence("错误。详情"), "错误"},
		{Const("ErrorCode", "SignError"), "ErrorCodeSignError"},
		{Const("ErrorCode", "Code21401"), "ErrorCode21401"},
		{Const("FailedCode", "CodeNeg10001"), "FailedCodeNeg10001"},
		{Const("DeliveryError", "ErrorTimeout"), "DeliveryErrorTimeout"},
		{Const("DeliveryError", "Error"), "DeliveryErrorError"},
		{Const("DeliveryError", "ErrorCode"), "DeliveryErrorCode"},
		{Const("HTTPStatus", "StatusOK"), "HTTPStatusOK"},
		{Const("XID", "IDFoo"), "XIDIDFoo"},
		{Const("Code", "Codec"), "CodeCodec"},
		{Const("PayCode", "PayCodeX"), "PayCodeX"},
		{FromText(strings.Repeat("Word ", 20)), strings.Repeat("Word", 16)},
		{FromText(strings.Repeat("x", 1<<20)), "X" + strings.Repeat("x", MaxLen-1)},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	if got := Words("HTTPStatus appId x2"); !reflect.DeepEqual(got, []string{"HTTP", "Status", "app", "Id", "x", "2"}) {
		t.Errorf("Words = %q", got)
	}
}

func TestIsToken(t *testing.T) {
	for v, want := range map[string]bool{
		"PENDING": true, "DO_NOT_HONOUR": true, "not-found": true,
		"E1001": false, "PAY-404": false, "MC999": false, "00": false, "": false, "_X": false,
	} {
		if IsToken(v) != want {
			t.Errorf("IsToken(%q) = %t", v, !want)
		}
	}
}

func TestUnique(t *testing.T) {
	out, renamed := Unique(
		[]string{"A", "A", "A21009", "A"},
		[]string{"1", "21009", "x", "21009"},
	)
	want := []string{"A", "A210092", "A21009", "A210093"}
	if !reflect.DeepEqual(out, want) {
		t.Errorf("Unique = %q, want %q", out, want)
	}
	if !reflect.DeepEqual(renamed, map[int]int{1: 0, 3: 0}) {
		t.Errorf("renamed = %v", renamed)
	}
}

// FuzzNames: every name function but Pascal gives "" or an exported
// ASCII identifier, never one starting with a digit or a Han character
// (Pascal may start with a digit; its callers prefix it), and Unique
// always gives distinct names.
func FuzzNames(f *testing.F) {
	for _, s := range []string{
		"", "OPI_MCH_IP_ERROR", "Refund is processing", "-10001", "00", "错误码",
		"transactionStatus 交易状态", "a\xffb", "HTTPStatus", "60 days", "x.y. z", "_", "1_2",
	} {
		f.Add(s, "OPI_")
	}
	f.Fuzz(func(t *testing.T, s, prefix string) {
		for _, w := range Words(s) {
			if w == "" || !IsExported(strings.ToUpper(w[:1])+w[1:]) && !isDigit(w[0]) {
				t.Fatalf("Words(%q) has %q", s, w)
			}
		}
		must := func(fn, name string, allowEmpty bool) {
			if name == "" && allowEmpty {
				return
			}
			if !IsExported(name) {
				t.Fatalf("%s(%q) = %q, not an exported identifier", fn, s, name)
			}
		}
		must("Type", Type(s), false)
		must("Field", Field(s), false)
		if p := Pascal(Words(s)); p != "" && !IsExported("X"+p) {
			t.Fatalf("Pascal(Words(%q)) = %q, not ASCII letters and digits", s, p)
		}
		must("FromSymbol", FromSymbol(s, prefix), true)
		must("FromText", FromText(s), true)
		must("FromValue", FromValue(s), true)
		for _, n := range []string{Type(s), FromText(s), FromSymbol(s, prefix)} {
			if len(n) > MaxLen+len("Code") {
				t.Fatalf("name %q of %q is longer than MaxLen", n, s)
			}
		}
		if m := FromText(s); m != "" {
			c := Const(Type(prefix), m)
			if !IsExported(c) || !strings.HasPrefix(c, Type(prefix)) || len(c) <= len(Type(prefix)) {
				t.Fatalf("Const(%q, %q) = %q", Type(prefix), m, c)
			}
		}
		names := []string{FromText(s), FromText(s), FromValue(s), "X"}
		values := []string{s, s + "1", s, prefix}
		for i := range names {
			if names[i] == "" {
				names[i] = "Code" + strconv.Itoa(i)
			}
		}
		out, _ := Unique(names, values)
		seen := map[string]bool{}
		for _, n := range out {
			if seen[n] {
				t.Fatalf("Unique(%q, %q) = %q: not unique", names, values, out)
			}
			seen[n] = true
		}
	})
}
