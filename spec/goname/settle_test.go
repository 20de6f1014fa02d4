package goname_test

import (
	"slices"
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// TestSettle: Resolve renames a member named like a well-known method,
// or whose constant another declaration of the generated package has
// (a payload, a function named after another set, an earlier member's
// constant), with a warning naming the holder; a name that is not an
// exported identifier is an error; a second run renames nothing.
func TestSettle(t *testing.T) {
	pos := func(l int) spec.Pos { return spec.Pos{File: "x.md", Line: l, Col: 1} }
	m := func(v, name string, l int) *spec.Member {
		return &spec.Member{Value: v, GoName: name, Pos: pos(l)}
	}
	s := &spec.Spec{
		Sets: []*spec.Set{
			{Name: "Code", Key: "code", Pos: pos(1), Members: []*spec.Member{
				m("1", "String", 2), m("2", "Event", 3), m("3", "BValues", 4), m("4", "StringCode", 5),
			}},
			{Name: "CodeB", Key: "b", Pos: pos(6), Members: []*spec.Member{m("1", "X", 7)}},
			{Name: "Bad", Key: "bad", Pos: pos(8), Members: []*spec.Member{m("1", "lower", 9)}},
		},
		Payloads: []*spec.Payload{{Name: "CodeEvent", Pos: pos(10)}},
	}
	diags := goname.Resolve(s, nil)
	want := []string{
		`x.md:2:1: warning: member name String of code "1" in set Code is the name of a well-known method; renamed String1`,
		`x.md:3:1: warning: member name Event of code "2" in set Code gives the constant CodeEvent, which is already the payload type CodeEvent; renamed EventCode`,
		`x.md:4:1: warning: member name BValues of code "3" in set Code gives the constant CodeBValues, which is already the values function CodeBValues; renamed BValuesCode`,
		`x.md:9:1: member name "lower" is not an exported Go identifier`,
	}
	if got := strings.Split(diags.Error(), "\n"); !slices.Equal(got, want) {
		t.Errorf("diags:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	before := names(s)
	if again := goname.Resolve(s, nil); len(again.Errors()) != 1 || len(again) != 1 {
		t.Errorf("second run:\n%v", again)
	}
	if after := names(s); !slices.Equal(before, after) {
		t.Errorf("a second Resolve changed names:\n%q\n%q", before, after)
	}
}

// FuzzSettle: whatever the set and member names, Resolve leaves no
// member named like a well-known method and no member constant equal to
// another name of the generated package (checkResolved), and a second
// run changes nothing.
func FuzzSettle(f *testing.F) {
	f.Add("Code", "String", "Values", "CodeValues")
	f.Add("A", "BValues", "B", "AB")
	f.Add("Pay", "Of", "Visitor", "PayVisitor")
	f.Fuzz(func(t *testing.T, set, a, b, payload string) {
		name := func(s string) string { return goname.Type(s) }
		s := &spec.Spec{
			Sets: []*spec.Set{
				{Name: name(set), Key: "k", Errors: true, Members: []*spec.Member{
					{Value: "1", GoName: name(a)}, {Value: "2", GoName: name(b)}, {Value: "3", GoName: name(a) + "Code"},
				}},
				{Name: name(set + " " + a), Key: "k2", Members: []*spec.Member{{Value: "1", GoName: name(b)}}},
			},
			Payloads: []*spec.Payload{{Name: name(payload)}},
		}
		if diags := goname.Resolve(s, nil); diags.HasErrors() {
			t.Fatalf("errors: %v", diags)
		}
		checkResolved(t, "fuzz", s)
		before := names(s)
		goname.Resolve(s, nil)
		if after := names(s); !slices.Equal(before, after) {
			t.Fatalf("a second Resolve changed names:\n%q\n%q", before, after)
		}
	})
}

// TestSetName: the name a set's tables give, in SetName's order.
func TestSetName(t *testing.T) {
	cases := []struct {
		n    spec.SetNaming
		want string
	}{
		{spec.SetNaming{Header: "ErrorCode", Key: "errorCode", Heading: "Wallet errors"}, "ErrorCode"},
		{spec.SetNaming{Header: "ErrorCode", Key: "errorCode", Heading: "Wallet errors", Directive: "Mine", Split: true}, "Mine"},
		{spec.SetNaming{Header: "ErrorCode", Key: "errorCode", Heading: "Wallet errors", Split: true}, "WalletErrors"},
		{spec.SetNaming{Header: "ErrorCode", Key: "errorCode", Heading: "Wallet errors", Shared: true}, "WalletErrors"},
		{spec.SetNaming{Header: "ErrorCode", Key: "errorCode", KeyDirective: "failedCode", Heading: "Wallet errors", Shared: true}, "FailedCode"},
		{spec.SetNaming{Header: "Status", Key: "stat", KeyDirective: "failedCode"}, "Status"},
		{spec.SetNaming{KeyDirective: "failedCode", Heading: "x"}, "FailedCode"},
		{spec.SetNaming{Heading: "退款 Refund codes"}, "RefundCodes"},
		{spec.SetNaming{}, "Code"},
	}
	for _, c := range cases {
		if got := goname.SetName(c.n); got != c.want {
			t.Errorf("SetName(%+v) = %q, want %q", c.n, got, c.want)
		}
	}
}

// TestPayloadName: the name an example gives, in PayloadName's order.
func TestPayloadName(t *testing.T) {
	cases := []struct {
		n    spec.PayloadNaming
		want string
	}{
		{spec.PayloadNaming{Directive: "Mine", Event: "a.b", ErrorResponse: true, Heading: "H", N: 1}, "Mine"},
		{spec.PayloadNaming{Event: "disbursement.failed", ErrorResponse: true, Heading: "H"}, "DisbursementFailed"},
		{spec.PayloadNaming{ErrorResponse: true, Heading: "H"}, "ErrorResponse"},
		{spec.PayloadNaming{Heading: "回调 Notify body", N: 2}, "NotifyBody"},
		{spec.PayloadNaming{Heading: "回调", N: 3}, "Payload3"},
	}
	for _, c := range cases {
		if got := goname.PayloadName(c.n); got != c.want {
			t.Errorf("PayloadName(%+v) = %q, want %q", c.n, got, c.want)
		}
	}
}
