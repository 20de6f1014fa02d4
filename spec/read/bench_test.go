package read

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"codebook.dev/codebook/spec/goname"
)

// BenchmarkRead reads the seed and generated documents of 10k and 100k
// rows (an English table with symbols and its Chinese copy, split into
// tables of 500 rows under headings, like real pages) and reports the
// cost per row.
func BenchmarkRead(b *testing.B) { benchDocs(b, false) }

// BenchmarkReadResolve is BenchmarkRead plus the Go names
// (goname.Resolve, no lock): what `codebook spec` does, and what the
// reader did alone before naming had its own package, so that figures
// from before and after compare like for like.
func BenchmarkReadResolve(b *testing.B) { benchDocs(b, true) }

func benchDocs(b *testing.B, resolve bool) {
	seed, err := os.ReadFile("../opi.md")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("seed", func(b *testing.B) { benchRead(b, seed, 47, resolve) })
	for _, n := range []int{10_000, 100_000} {
		doc := genDoc(n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) { benchRead(b, doc, 2*n, resolve) })
	}
}

func benchRead(b *testing.B, doc []byte, rows int, resolve bool) {
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		s, diags := Source("bench.md", doc)
		if diags.HasErrors() || len(s.Sets) == 0 {
			b.Fatalf("bad read: %v", diags.Errors())
		}
		if resolve {
			goname.Resolve(s, nil)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(rows), "ns/row")
}

// genDoc writes n codes twice: an English table with symbols and a
// Chinese table, in sections of 500 rows.
func genDoc(n int) []byte {
	var w strings.Builder
	for lang := range 2 {
		for i := 0; i < n; i++ {
			if i%500 == 0 {
				if lang == 0 {
					fmt.Fprintf(&w, "\n## Errors %d\n\n| Error Code | Inner Error Code | Message |\n|---|---|---|\n", i)
				} else {
					fmt.Fprintf(&w, "\n## 错误码 %d\n\n| 错误码 | 错误信息 |\n|---|---|\n", i)
				}
			}
			if lang == 0 {
				fmt.Fprintf(&w, "| %d | OPI_ERR_%d | Request field %d is invalid |\n", 100000+i, i, i)
			} else {
				fmt.Fprintf(&w, "| %d | 请求字段%d无效 |\n", 100000+i, i)
			}
		}
	}
	return []byte(w.String())
}
