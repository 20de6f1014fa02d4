package codebookvet_test

import (
	"testing"

	"codebook.dev/codebook/analysis/codebookvet"
	"codebook.dev/codebook/analysis/codebookvet/vetbench"
)

// BenchmarkVet measures codebookvet on 200 switches over the seed's
// sets and on a set of 10,000 members (scripts/bench-vet.sh compares it
// with nishanths/exhaustive on the same packages). The app-ns/op,
// big-ns/op and bigapp-ns/op metrics are the time spent on that package
// alone, as one go vet unit.
func BenchmarkVet(b *testing.B) {
	dir := b.TempDir()
	if err := vetbench.Tree(dir, seed, vetbench.Sizes{Switches: 200, BigMembers: 10000, BigSwitches: 20}); err != nil {
		b.Fatal(err)
	}
	for _, w := range []struct{ name, pkg, set string }{{"seed200", "app", "opi"}, {"big10000", "bigapp", "big"}} {
		pkgs, err := vetbench.Load(dir, w.pkg)
		if err != nil {
			b.Fatal(err)
		}
		b.Run("workload="+w.name+"/impl=codebookvet", func(b *testing.B) {
			vetbench.Measure(b, codebookvet.Analyzer, pkgs, w.set, w.pkg)
		})
	}
}
