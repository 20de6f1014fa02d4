package ident

import (
	"slices"
	"testing"
)

func set(key, section, name string, values ...string) Set {
	return Set{Key: key, Section: section, Name: name, Values: values}
}

func TestPair(t *testing.T) {
	cases := []struct {
		name     string
		old, new []Set
		want     []int
	}{
		{"key and section", []Set{set("code", "A", "X", "1"), set("code", "B", "Y", "2")},
			[]Set{set("code", "B", "Y2", "9"), set("code", "A", "X2", "8")}, []int{1, 0}},
		{"heading reworded", []Set{set("code", "Errors", "ErrorCode", "1")},
			[]Set{set("code", "Error codes", "ErrorCode", "2")}, []int{0}},
		{"renamed by directive, key changed", []Set{set("code", "", "Code", "1", "2", "3")},
			[]Set{set("errCode", "", "Code", "2", "4", "5")}, []int{0}},
		{"a new set takes a removed set's name", []Set{set("code", "", "Code", "1")},
			[]Set{set("errCode", "", "Code", "2")}, []int{-1}},
		{"translated headers", []Set{set("failedCode", "", "FailedCode", "1", "2", "3")},
			[]Set{set("错误码", "", "Code", "1", "2", "3", "4")}, []int{0}},
		{"split by heading: the larger part keeps the set",
			[]Set{set("code", "Errors", "ErrorCode", "1", "2", "3", "4", "5")},
			[]Set{set("code", "Wallet", "WalletErrors", "1", "2"), set("code", "Payment", "PaymentErrors", "3", "4", "5")}, []int{1}},
		{"unrelated sets share a code", []Set{set("a", "", "A", "1", "2", "3")},
			[]Set{set("b", "", "B", "3", "4", "5")}, []int{-1}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Pair(c.old, c.new)
			if !slices.Equal(got, c.want) {
				t.Fatalf("Pair = %v, want %v", got, c.want)
			}
			back := Pair(c.new, c.old)
			for i, j := range got {
				if j >= 0 && back[j] != i {
					t.Fatalf("not symmetric: %v then %v", got, back)
				}
			}
		})
	}
}

func TestTypoSized(t *testing.T) {
	for _, c := range []struct {
		a, b string
		typo bool
	}{
		{"Insufficent balance", "Insufficient balance", true},
		{"Server error, please try again.", "server error - Please try again", true},
		{"Number is on the blacklist", "Number is on the whitelist", false},
		{"Number is on the blacklist", "Insufficient account balance", false},
		{"号码在黑名单中", "号码在白名单中", false},
		{"号码在黑名单中", "账户余额不足", false},
		{"Refund is processing", "Refund in progress", false},
		{"Request sign error", "Request signature error", true},
		{"Card expire", "Card expired", true},
		{"", "", true},
		{"OK", "Ok.", true},
	} {
		if got := TypoSized(c.a, c.b); got != c.typo {
			t.Errorf("TypoSized(%q, %q) = %v", c.a, c.b, got)
		}
		if TypoSized(c.b, c.a) != TypoSized(c.a, c.b) {
			t.Errorf("TypoSized not symmetric for %q %q", c.a, c.b)
		}
	}
}

func FuzzTypoSized(f *testing.F) {
	f.Add("Insufficent balance", "Insufficient balance")
	f.Add("号码在黑名单中", "号码在白名单中")
	f.Fuzz(func(t *testing.T, a, b string) {
		if TypoSized(a, b) != TypoSized(b, a) {
			t.Fatalf("not symmetric")
		}
		if !TypoSized(a, a) {
			t.Fatalf("a text is not a typo of itself")
		}
	})
}
