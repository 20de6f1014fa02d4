package bench

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

func TestMarkdown(t *testing.T) {
	const n = 2000
	s, diags := read.Source("big.md", Markdown(n))
	diags = append(diags, goname.Resolve(s, nil)...).Sort()
	if len(diags) > 0 {
		t.Fatalf("synthetic spec has findings:\n%v", diags)
	}
	set := s.Set("ErrorCode")
	if set == nil || len(set.Members) != n {
		t.Fatalf("sets %v: want ErrorCode with %d members", s.Sets, n)
	}
	seen := map[string]bool{}
	for i, m := range set.Members {
		if m.Int != Value(i) || m.Symbol != "OPI_"+word(i)+"_ERROR" {
			t.Fatalf("member %d = %d %s", i, m.Int, m.Symbol)
		}
		if seen[m.GoName] || !goname.IsExported(m.GoName) {
			t.Fatalf("member %d: Go name %q repeated or not exported", i, m.GoName)
		}
		seen[m.GoName] = true
	}
	src, err := Consts("p", "ErrorCode", "int32", set)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("\tOPI_%s_ERROR ErrorCode = %d\n", word(n-1), Value(n-1)); !strings.Contains(string(src), want) {
		t.Errorf("Consts lacks %q", want)
	}
}

func TestWord(t *testing.T) {
	for i, want := range map[int]string{0: "A", 25: "Z", 26: "BA", 27: "BB", 26 * 26: "BAA"} {
		if got := word(i); got != want {
			t.Errorf("word(%d) = %q, want %q", i, got, want)
		}
	}
}

// BenchmarkGenerate measures the generate pipeline without the file
// system: read the markdown, build the model, render the package.
// Compare sizes for linearity: ns/op at 100k should stay within about
// 10× of 10k. cpu-ns/op is the process's CPU time (all goroutines,
// the garbage collector included) per run: on a machine that other
// jobs share, wall time swings by half while CPU time stays within a
// few per cent, so compare revisions by it there.
func BenchmarkGenerate(b *testing.B) {
	seed, err := os.ReadFile("../../spec/opi.md")
	if err != nil {
		b.Fatal(err)
	}
	inputs := []struct {
		name string
		src  []byte
	}{
		{"seed", seed},
		{"10k", Markdown(10_000)},
		{"100k", Markdown(100_000)},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.src)))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				s, diags := read.Source("spec.md", in.src)
				diags = append(diags, goname.Resolve(s, nil)...).Sort()
				if diags.HasErrors() {
					b.Fatal(diags)
				}
				files, diags := gen.Generate(s, gen.Options{Package: "p", Source: []string{"spec.md"}})
				if diags.HasErrors() || len(files) == 0 {
					b.Fatal(diags)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
		})
	}
}
