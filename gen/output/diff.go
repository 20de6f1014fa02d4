package output

import (
	"bytes"
	"fmt"
	"strings"
)

// contextLines is the number of unchanged lines shown around each change, as
// in diff -u and git diff.
const contextLines = 3

// maxEdits bounds the search for a shortest edit script. Generated files
// change locally (a member is added, a text is fixed), so real diffs are
// far below it; past it the differing middle is shown as one deletion
// followed by one insertion, which is still a correct diff, and the cost
// stays linear however much the two sides differ.
const maxEdits = 1000

// Diff returns a unified diff turning old into new, with the labels on
// the --- and +++ lines, or "" when the two are equal. It is meant for
// people reading why a check failed, and for patch -p1 or git apply.
func Diff(oldLabel string, old []byte, newLabel string, new []byte) string {
	if bytes.Equal(old, new) {
		return ""
	}
	x, y := splitLines(old), splitLines(new)
	ops := editScript(x, y)
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n", oldLabel, newLabel)
	for _, h := range hunks(ops) {
		writeHunk(&b, h, x, y)
	}
	return b.String()
}

// splitLines splits data after each newline; the last line may lack one.
func splitLines(data []byte) []string {
	var lines []string
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n')
		if i < 0 {
			lines = append(lines, string(data))
			break
		}
		lines = append(lines, string(data[:i+1]))
		data = data[i+1:]
	}
	return lines
}

// op is one step of an edit script: keep x[i] (== y[j]), delete x[i],
// or insert y[j].
type op struct {
	kind byte // ' ', '-' or '+'
	i, j int
}

// editScript returns a shortest edit script from x to y (up to maxEdits
// edits in the differing middle).
func editScript(x, y []string) []op {
	pre := 0
	for pre < len(x) && pre < len(y) && x[pre] == y[pre] {
		pre++
	}
	suf := 0
	for suf < len(x)-pre && suf < len(y)-pre && x[len(x)-1-suf] == y[len(y)-1-suf] {
		suf++
	}
	ops := make([]op, 0, len(x)+len(y)-pre-suf)
	for k := 0; k < pre; k++ {
		ops = append(ops, op{' ', k, k})
	}
	ops = append(ops, middle(x[pre:len(x)-suf], y[pre:len(y)-suf], pre, pre)...)
	for k := suf; k > 0; k-- {
		ops = append(ops, op{' ', len(x) - k, len(y) - k})
	}
	return ops
}

// middle diffs the part between the common prefix and suffix with
// Myers' greedy algorithm, keeping each round's furthest points so the
// path can be walked back. x0 and y0 are the offsets of x and y in the
// whole files, so the ops index the whole files.
func middle(x, y []string, x0, y0 int) []op {
	n, m := len(x), len(y)
	offset := n + m + 1
	v := make([]int, 2*offset+1)
	var trace [][]int
	for d := 0; d <= n+m; d++ {
		if d > maxEdits {
			return replaceAll(n, m, x0, y0)
		}
		trace = append(trace, append([]int(nil), v[offset-d:offset+d+1]...))
		for k := -d; k <= d; k += 2 {
			var i int
			if k == -d || (k != d && v[offset+k-1] < v[offset+k+1]) {
				i = v[offset+k+1] // step down: insert y
			} else {
				i = v[offset+k-1] + 1 // step right: delete x
			}
			j := i - k
			for i < n && j < m && x[i] == y[j] {
				i, j = i+1, j+1
			}
			v[offset+k] = i
			if i >= n && j >= m {
				return backtrack(trace, n, m, x0, y0)
			}
		}
	}
	return replaceAll(n, m, x0, y0) // unreachable: d == n+m always ends
}

// backtrack walks the recorded rounds from (n, m) back to (0, 0).
// trace[d] is V as it stood before round d, for diagonals -d..d.
func backtrack(trace [][]int, n, m, x0, y0 int) []op {
	var rev []op
	i, j := n, m
	keepTo := func(mi int) {
		for i > mi {
			i, j = i-1, j-1
			rev = append(rev, op{' ', x0 + i, y0 + j})
		}
	}
	for d := len(trace) - 1; d > 0; d-- {
		v := trace[d]
		at := func(k int) int { return v[k+d] }
		k := i - j
		down := k == -d || (k != d && at(k-1) < at(k+1))
		pk := k - 1
		if down {
			pk = k + 1
		}
		pi := at(pk)
		pj := pi - pk
		if down {
			keepTo(pi)
			rev = append(rev, op{'+', x0 + pi, y0 + pj})
		} else {
			keepTo(pi + 1)
			rev = append(rev, op{'-', x0 + pi, y0 + pj})
		}
		i, j = pi, pj
	}
	keepTo(0)
	for a, b := 0, len(rev)-1; a < b; a, b = a+1, b-1 {
		rev[a], rev[b] = rev[b], rev[a]
	}
	return rev
}

// replaceAll is the edit script that deletes all of x, then inserts all
// of y.
func replaceAll(n, m, x0, y0 int) []op {
	ops := make([]op, 0, n+m)
	for i := 0; i < n; i++ {
		ops = append(ops, op{'-', x0 + i, y0})
	}
	for j := 0; j < m; j++ {
		ops = append(ops, op{'+', x0 + n, y0 + j})
	}
	return ops
}

// hunks groups the changes of an edit script with up to contextLines kept
// lines around each; changes closer than 2*contextLines share a hunk.
func hunks(ops []op) [][]op {
	var out [][]op
	start, end := -1, -1 // current hunk: ops[start:end]
	for k, o := range ops {
		if o.kind == ' ' {
			continue
		}
		lo := max(k-contextLines, 0)
		if start >= 0 && lo > end {
			out = append(out, ops[start:end])
			start = -1
		}
		if start < 0 {
			start = lo
		}
		end = min(k+1+contextLines, len(ops))
	}
	if start >= 0 {
		out = append(out, ops[start:end])
	}
	return out
}

func writeHunk(b *strings.Builder, h []op, x, y []string) {
	var nx, ny int
	for _, o := range h {
		if o.kind != '+' {
			nx++
		}
		if o.kind != '-' {
			ny++
		}
	}
	fmt.Fprintf(b, "@@ -%s +%s @@\n", span(h[0].i, nx), span(h[0].j, ny))
	for _, o := range h {
		line := ""
		if o.kind == '+' {
			line = y[o.j]
		} else {
			line = x[o.i]
		}
		b.WriteByte(o.kind)
		b.WriteString(line)
		if !strings.HasSuffix(line, "\n") {
			b.WriteString("\n\\ No newline at end of file\n")
		}
	}
}

// span formats a hunk's range as diff -u does: the 1-based first line
// and the count, the count left out when it is 1, and the line before
// the hunk when the count is 0.
func span(start, n int) string {
	switch n {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, n)
}
