package page

import (
	"bytes"
	"testing"
)

// FuzzHTML: the front end never panics, every block and cell offset
// lies inside the input, a run stops at or after its stop, and the
// work stays bounded by the page's size.
func FuzzHTML(f *testing.F) {
	for _, make := range hostile {
		f.Add([]byte(make(20)), 0)
	}
	f.Add([]byte("<table><tr><td rowspan=3 colspan=2>a<td>b<tr><td>c</table>"), 5)
	f.Fuzz(func(t *testing.T, src []byte, stop int) {
		if stop < -1 || stop > len(src) {
			stop = -1
		}
		bs, end, steps := parseHTML(src, 0, stop)
		if end > len(src) || stop >= 0 && end < stop && end < len(src) {
			t.Fatalf("ended at %d, stop %d, length %d", end, stop, len(src))
		}
		if steps > 300*(len(src)+10) {
			t.Fatalf("%d steps for %d bytes", steps, len(src))
		}
		for _, b := range bs {
			if b.Off < 0 || b.Off > len(src) || b.End < b.Off || b.End > len(src) {
				t.Fatalf("block %d at %d..%d of %d", b.Kind, b.Off, b.End, len(src))
			}
			if b.Table == nil {
				continue
			}
			for _, r := range b.Table.Rows {
				for _, c := range r.Cells {
					if c.Off < 0 || c.Off > len(src) {
						t.Fatalf("cell at %d of %d", c.Off, len(src))
					}
				}
			}
		}
	})
}

// FuzzCapNesting: the capped copy has the input's length and differs
// only where it says, by a backslash.
func FuzzCapNesting(f *testing.F) {
	f.Add([]byte("> > - 1. x\n"))
	f.Add([]byte("- a\n  - b\n    - c\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		out, cut := CapNesting(src)
		if len(out) != len(src) {
			t.Fatalf("length %d, want %d", len(out), len(src))
		}
		diff := 0
		for i := range src {
			if out[i] != src[i] {
				diff++
				if out[i] != '\\' {
					t.Fatalf("byte %d became %q", i, out[i])
				}
			}
		}
		if diff > len(cut) || len(cut) == 0 && !bytes.Equal(out, src) {
			t.Fatalf("%d bytes changed, %d cuts reported", diff, len(cut))
		}
	})
}
