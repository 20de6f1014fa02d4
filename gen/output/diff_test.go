package output

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

func TestDiffFormat(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"change in middle", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n", `--- a/f
+++ b/f
@@ -2,7 +2,7 @@
 2
 3
 4
-5
+five
 6
 7
 8
`},
		{"insert into empty", "", "a\n", `--- a/f
+++ b/f
@@ -0,0 +1 @@
+a
`},
		{"delete everything", "a\nb\n", "", `--- a/f
+++ b/f
@@ -1,2 +0,0 @@
-a
-b
`},
		{"missing final newline", "a\nb", "a\nb\n", `--- a/f
+++ b/f
@@ -1,2 +1,2 @@
 a
-b
\ No newline at end of file
+b
`},
		{"two hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "x\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ny\n", `--- a/f
+++ b/f
@@ -1,4 +1,4 @@
-1
+x
 2
 3
 4
@@ -9,4 +9,4 @@
 9
 10
 11
-12
+y
`},
		{"close changes share a hunk", "1\n2\n3\n4\n5\n6\n7\n8\n", "x\n2\n3\n4\n5\n6\n7\ny\n", `--- a/f
+++ b/f
@@ -1,8 +1,8 @@
-1
+x
 2
 3
 4
 5
 6
 7
-8
+y
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Diff("a/f", []byte(tt.old), "b/f", []byte(tt.new))
			if got != tt.want {
				t.Errorf("Diff =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestDiffMinimal checks on random inputs that applying the diff gives
// the new text back and that the script is as short as the longest
// common subsequence allows.
func TestDiffMinimal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 500; n++ {
		x := randomLines(r, r.IntN(12))
		y := randomLines(r, r.IntN(12))
		checkDiff(t, x, y)
		xs, ys := splitLines([]byte(x)), splitLines([]byte(y))
		edits := 0
		for _, o := range editScript(xs, ys) {
			if o.kind != ' ' {
				edits++
			}
		}
		if want := len(xs) + len(ys) - 2*lcs(xs, ys); edits != want {
			t.Fatalf("%q → %q: %d edits, want %d", x, y, edits, want)
		}
	}
}

// TestDiffBeyondMaxEdits checks that texts differing everywhere still
// give a correct diff once the search gives up.
func TestDiffBeyondMaxEdits(t *testing.T) {
	var x, y strings.Builder
	for i := 0; i < 3*maxEdits; i++ {
		fmt.Fprintf(&x, "old %d\n", i)
		fmt.Fprintf(&y, "new %d\n", i)
	}
	checkDiff(t, x.String(), y.String())
}

func FuzzDiff(f *testing.F) {
	f.Add("a\nb\nc\n", "a\nc\nd")
	f.Add("", "x")
	f.Add("\n\n\n", "\n")
	f.Fuzz(func(t *testing.T, x, y string) {
		checkDiff(t, x, y)
	})
}

func randomLines(r *rand.Rand, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strconv.Itoa(r.IntN(4)))
		b.WriteByte('\n')
	}
	if n > 0 && r.IntN(5) == 0 {
		return strings.TrimSuffix(b.String(), "\n")
	}
	return b.String()
}

func checkDiff(t *testing.T, x, y string) {
	t.Helper()
	d := Diff("a", []byte(x), "b", []byte(y))
	if (d == "") != (x == y) {
		t.Fatalf("Diff(%q, %q) = %q", x, y, d)
	}
	if d == "" {
		return
	}
	got, err := patch(x, d)
	if err != nil {
		t.Fatalf("Diff(%q, %q): %v\n%s", x, y, err, d)
	}
	if got != y {
		t.Fatalf("patch(%q) = %q, want %q\n%s", x, got, y, d)
	}
}

// patch applies a unified diff made by Diff, checking every context and
// deleted line against x.
func patch(x, diff string) (string, error) {
	old := splitLines([]byte(x))
	lines := strings.SplitAfter(diff, "\n")
	if !strings.HasPrefix(lines[0], "--- ") || !strings.HasPrefix(lines[1], "+++ ") {
		return "", fmt.Errorf("bad header")
	}
	var out []string
	next := 0 // next line of old not yet copied
	var last *string
	for _, l := range lines[2:] {
		switch {
		case l == "":
		case strings.HasPrefix(l, "@@ "):
			var a, b, c, d int
			if _, err := fmt.Sscanf(normSpan(l), "@@ -%d,%d +%d,%d @@", &a, &b, &c, &d); err != nil {
				return "", fmt.Errorf("bad hunk header %q: %v", l, err)
			}
			start := a - 1
			if b == 0 {
				start = a
			}
			if start < next {
				return "", fmt.Errorf("hunk %q overlaps", l)
			}
			out = append(out, old[next:start]...)
			next = start
			last = nil
		case l == "\\ No newline at end of file\n":
			if last == nil {
				return "", fmt.Errorf("stray no-newline marker")
			}
			*last = strings.TrimSuffix(*last, "\n")
		case l[0] == ' ' || l[0] == '-':
			if next >= len(old) || old[next] != l[1:] && old[next]+"\n" != l[1:] {
				return "", fmt.Errorf("line %d: %q does not match %q", next+1, l, old)
			}
			if l[0] == ' ' {
				out = append(out, old[next])
				last = &out[len(out)-1]
			} else {
				last = new(string)
			}
			next++
		case l[0] == '+':
			out = append(out, l[1:])
			last = &out[len(out)-1]
		default:
			return "", fmt.Errorf("bad line %q", l)
		}
	}
	out = append(out, old[next:]...)
	return strings.Join(out, ""), nil
}

// normSpan writes counts of 1 out, so one Sscanf format reads them all.
func normSpan(h string) string {
	f := strings.Fields(h)
	for i := 1; i <= 2; i++ {
		if !strings.Contains(f[i], ",") {
			f[i] += ",1"
		}
	}
	return strings.Join(f, " ")
}

func lcs(x, y []string) int {
	t := make([][]int, len(x)+1)
	for i := range t {
		t[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				t[i][j] = 1 + t[i+1][j+1]
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	return t[0][0]
}
