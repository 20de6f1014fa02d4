package fill

import (
	"fmt"
	"strings"
	"testing"
)

// TestFill: every syntax, missing arguments, escapes, names in the
// order gen gives.
func TestFill(t *testing.T) {
	for _, c := range []struct {
		text  string
		args  []any
		names []string
		want  string
	}{
		{"no placeholder", []any{1}, nil, "no placeholder"},
		{"IP banned until %s.", []any{"12:00"}, nil, "IP banned until 12:00."},
		{"limit is %s orders per %s", []any{10, "SECOND"}, nil, "limit is 10 orders per SECOND"},
		{"limit is %d", nil, nil, "limit is %d"},
		{"100%% sure %s", []any{"x"}, nil, "100% sure x"},
		{"amount below {min}", []any{5}, []string{"min"}, "amount below 5"},
		{"between {min} and {max}", []any{1, 9}, []string{"min", "max"}, "between 1 and 9"},
		{"{max} 到 {min}", []any{1, 9}, []string{"min", "max"}, "9 到 1"},
		{"hello {{name}} and ${name}", []any{"Ann"}, nil, "hello Ann and Ann"},
		{"{1} before {0}", []any{"a", "b"}, nil, "b before a"},
		{"{user.id} x {a-b}", []any{7, 8}, nil, "7 x 8"},
		{"{ not } {} {1x} %x % {9}", []any{"q"}, nil, "{ not } {} {1x} %x % {9}"},
		{"json {\"a\":1}", []any{"q"}, nil, "json {\"a\":1}"},
	} {
		if got := codebookFill(c.text, c.args, fmt.Sprint, c.names...); got != c.want {
			t.Errorf("codebookFill(%q, %v, %q) = %q, want %q", c.text, c.args, c.names, got, c.want)
		}
	}
}

// TestParams: the arguments of a member's texts, names in the fallback
// text's order.
func TestParams(t *testing.T) {
	for _, c := range []struct {
		texts []string
		want  string
	}{
		{[]string{"plain"}, ""},
		{[]string{"until %s", "直到 %s"}, "%s"},
		{[]string{"each %s per %s", "每 %s %s"}, "%s %s"},
		{[]string{"between {min} and {max}", "{max} {min} {unit}"}, "{min} {max} {unit}"},
		{[]string{"{1} {0}"}, "{0} {1}"},
		{[]string{"${a} {{b}}"}, "${a} {{b}}"},
	} {
		var got []string
		for _, p := range Params(c.texts...) {
			got = append(got, p.Syntax)
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("Params(%q) = %q, want %q", c.texts, got, c.want)
		}
	}
}

// FuzzFill: filling never panics; with no arguments a text is
// unchanged but for "%%"; when Params finds arguments, filling them
// with a marker puts the marker in, one per placeholder at most.
func FuzzFill(f *testing.F) {
	for _, s := range []string{"until %s", "{min} {max}", "{{a}} ${b} {0}", "%%", "{", "${", "{{x}", "%", "{{0}0}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if strings.Contains(text, "\x00") {
			return
		}
		if got := codebookFill(text, nil, fmt.Sprint); got != text && got != strings.ReplaceAll(text, "%%", "%") {
			t.Fatalf("codebookFill(%q, nil) = %q", text, got)
		}
		ps := Params(text)
		args := make([]any, len(ps)+1000)
		for i := range args {
			args[i] = "\x00"
		}
		out := codebookFill(text, args, fmt.Sprint, Names(ps)...)
		n := strings.Count(out, "\x00")
		if len(ps) > 0 && n == 0 || n > len(text)/2 {
			t.Fatalf("codebookFill(%q) = %q for params %v", text, out, ps)
		}
	})
}
