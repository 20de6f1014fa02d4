package gen_test

import (
	"strconv"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec"
)

// synthetic builds a model of one error set with n members shaped like
// a provider's table: runs of 100 codes with gaps, a symbol and an
// English text each. It bypasses the reader so the benchmark measures
// gen alone.
func synthetic(n int) *spec.Spec {
	return &spec.Spec{Sets: []*spec.Set{syntheticSet("ErrorCode", n, func(i int) int64 { return 10000 + int64(i/100)*1000 + int64(i%100) })}}
}

// syntheticSet builds an error set of n members with the given values.
func syntheticSet(name string, n int, value func(i int) int64) *spec.Set {
	set := &spec.Set{Name: name, Key: "code", Kind: spec.Int, Errors: true, Pos: spec.Pos{File: "big.md", Line: 1, Col: 1}}
	for i := 0; i < n; i++ {
		v := value(i)
		w := strconv.Itoa(i)
		set.Members = append(set.Members, &spec.Member{
			Value:  strconv.FormatInt(v, 10),
			Int:    v,
			Symbol: "OPI_E" + w + "_ERROR",
			GoName: "E" + w + "Error",
			Texts:  []spec.Text{{Lang: "en", Text: "Request error number " + w}},
			Pos:    spec.Pos{File: "big.md", Line: i + 3, Col: 1},
		})
	}
	return set
}

// BenchmarkGenerateModel measures Generate alone (no reading, no
// writing). Compare the sizes for linearity.
func BenchmarkGenerateModel(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		s := synthetic(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				files, diags := gen.Generate(s, gen.Options{Package: "big", Source: []string{"big.md"}})
				if diags.HasErrors() || len(files) == 0 {
					b.Fatal(diags)
				}
			}
		})
	}
}
