#!/usr/bin/env bash
# bench-vet.sh — codebookvet against nishanths/exhaustive, in one command.
#
# Builds a scratch module in a temporary folder that requires codebook
# (replaced by this checkout) and github.com/nishanths/exhaustive, so
# that exhaustive never enters codebook's go.mod. Its benchmark writes
# the workload of analysis/codebookvet/vetbench — the seed's generated
# package with 200 switches over its sets, and a generated set of
# BIG members (default 10,000) with 20 switches over it — and runs on
# the same loaded packages:
#
#   impl=codebookvet        every check (missing cases, default, magic)
#   impl=codebookvet-cases  only missing cases, exhaustive's job
#   impl=exhaustive         exhaustive's defaults, requiring only what
#                           switch checking needs
#
# then reports them side by side with benchstat. Besides the time of a
# whole run over the packages and their dependencies (ns/op), the
# <package>-ns/op lines are the time spent on that package alone, as one
# go vet unit: app and bigapp hold the switches, opi and big the sets.
# It takes a few minutes on 2 cores.
#
# The <package>-ns/op figures are wall time, which other processes on
# the machine inflate; the last step therefore also profiles each
# analyzer (10 runs, -cpuprofile) and prints the CPU time spent in the
# analyzer's own package per run, over all packages: what it costs,
# whatever the load.
#
# Usage: scripts/bench-vet.sh            (from anywhere in the repo)
# Environment: BIG (default 10000), COUNT (benchmark -count, default 8),
# KEEP=1 keeps the temporary folder and prints its path.
#
# Needs the Go module proxy for exhaustive and benchstat (on a machine
# without the checksum database, run it with GOSUMDB=off).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
BIG=${BIG:-10000}
COUNT=${COUNT:-8}
EXHAUSTIVE=v0.17.1
work=$(mktemp -d)
if [ "${KEEP:-}" = 1 ]; then
	echo "keeping $work" >&2
else
	trap 'rm -rf "$work"' EXIT
fi
export GOWORK=off GOFLAGS=-mod=mod

step() { printf '\n== %s\n' "$*" >&2; }

step "installing benchstat"
GOBIN=$work/bin go install golang.org/x/perf/cmd/benchstat@latest

step "writing the scratch module"
m=$work/m
mkdir -p "$m"
cat >"$m/go.mod" <<EOF
module vetpeers

go 1.26

require codebook.dev/codebook v0.0.0

replace codebook.dev/codebook => $root
EOF
cat >"$m/peers_test.go" <<'GO'
package vetpeers

import (
	"os"
	"strconv"
	"testing"

	"codebook.dev/codebook/analysis/codebookvet"
	"codebook.dev/codebook/analysis/codebookvet/vetbench"
	"github.com/nishanths/exhaustive/passes/exhaustive"
	"golang.org/x/tools/go/analysis"
)

func BenchmarkVet(b *testing.B) {
	big, err := strconv.Atoi(os.Getenv("BIG"))
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := vetbench.Tree(dir, os.Getenv("SEED"), vetbench.Sizes{Switches: 200, BigMembers: big, BigSwitches: 20}); err != nil {
		b.Fatal(err)
	}
	// exhaustive asks callers to drop what its flags do not need.
	ex := exhaustive.Analyzer
	if ex.Requires, err = exhaustive.Requires("switch"); err != nil {
		b.Fatal(err)
	}
	impls := []struct {
		name string
		a    *analysis.Analyzer
	}{
		{"codebookvet", codebookvet.Analyzer},
		{"codebookvet-cases", codebookvet.New(codebookvet.Config{Cases: true})},
		{"exhaustive", ex},
	}
	for _, w := range []struct{ name, pkg, set string }{{"seed200", "app", "opi"}, {"big" + os.Getenv("BIG"), "bigapp", "big"}} {
		pkgs, err := vetbench.Load(dir, w.pkg)
		if err != nil {
			b.Fatal(err)
		}
		for _, impl := range impls {
			b.Run("workload="+w.name+"/impl="+impl.name, func(b *testing.B) {
				vetbench.Measure(b, impl.a, pkgs, w.set, w.pkg)
			})
		}
	}
}
GO
(cd "$m" && go get "github.com/nishanths/exhaustive@$EXHAUSTIVE" && go mod tidy)

step "benchmarks (-count $COUNT); BIG=$BIG"
(cd "$m" && BIG=$BIG SEED=$root/spec/opi.md go test -run '^$' -bench . -count "$COUNT" . | tee "$work/bench.txt")

step "benchstat"
"$work/bin/benchstat" -col /impl "$work/bench.txt"

step "CPU time in each analyzer's package per run (pprof -focus, 10 runs)"
(cd "$m" && go test -c -o "$work/peers.test" .)
for w in seed200 "big$BIG"; do
	for impl in codebookvet exhaustive; do
		focus='codebook\.dev/codebook/analysis/codebookvet\.'
		[ "$impl" = exhaustive ] && focus='nishanths/exhaustive'
		(cd "$m" && BIG=$BIG SEED=$root/spec/opi.md "$work/peers.test" -test.run '^$' \
			-test.bench "Vet/workload=$w/impl=$impl\$" -test.benchtime 10x \
			-test.cpuprofile "$work/$w-$impl.prof" >/dev/null)
		secs=$(go tool pprof -top -focus "$focus" "$work/peers.test" "$work/$w-$impl.prof" 2>/dev/null |
			sed -n 's/^Showing nodes accounting for \([0-9.]*\)\(m*s\),.*/\1 \2/p')
		printf '%-12s %-12s %s per run\n' "$w" "$impl" "$(awk -v v="${secs% *}" -v u="${secs#* }" 'BEGIN { if (u == "ms") v /= 1000; printf "%.1f ms", v * 100 }')"
	done
done
