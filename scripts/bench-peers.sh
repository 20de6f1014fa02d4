#!/usr/bin/env bash
# bench-peers.sh — codebook against stringer and enumer, in one command.
#
# Builds a scratch module in a temporary folder, generates the seed's
# ErrorCode constants and a synthetic N-constant set (default 100,000)
# with codebook, with stringer (x/tools v0.52.0) and with enumer
# (v1.7.2, with -json), and with the codebook of the git revision BASE,
# runs side-by-side Go benchmarks of String, of parsing (codebook's
# Parse<Type>, enumer's <Type>String), of Message and of the JSON
# methods (a MarshalJSON and UnmarshalJSON pair), and reports them with
# benchstat. Then it measures `codebook generate` as a whole process
# (built binary, lock file present, fresh output folder each run) on the
# seed, on 10% of N and on N members, and the peers' generators on the
# same constants, for wall time and peak RSS. The peers' output lives
# only in the temporary folder. It takes 15-30 minutes on 2 cores:
# the Go compiler alone needs several minutes (and over 2 GB) for each
# of stringer's and enumer's 100,000-constant packages.
#
# Usage: scripts/bench-peers.sh            (from anywhere in the repo)
# Environment: N (default 100000), COUNT (benchmark -count, default 6),
# BASE (default HEAD: a git revision whose codebook runs beside the
# working tree's as impl=base, to catch a regression), KEEP=1 keeps the
# temporary folder and prints its path.
#
# Needs the Go module proxy for the peers and benchstat. Linux only
# (peak RSS comes from getrusage).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
N=${N:-100000}
COUNT=${COUNT:-6}
BASE=${BASE:-HEAD}
SMALL=$((N / 10))
work=$(mktemp -d)
if [ "${KEEP:-}" = 1 ]; then
	echo "keeping $work" >&2
else
	trap 'rm -rf "$work"' EXIT
fi
bin=$work/bin
mkdir -p "$bin" "$work/specs" "$work/m"
export GOWORK=off GOFLAGS=-mod=mod

step() { printf '\n== %s\n' "$*" >&2; }

step "building codebook and the benchmark tools"
(cd "$root" && go build -o "$bin/codebook" ./cmd/codebook &&
	go build -o "$bin/mkspec" ./gen/bench/mkspec &&
	go build -o "$bin/measure" ./gen/bench/measure)
mkdir -p "$work/base"
(cd "$root" && git archive "$BASE") | tar -x -C "$work/base"
(cd "$work/base" && go build -o "$bin/codebook-base" ./cmd/codebook)
GOBIN=$bin go install golang.org/x/tools/cmd/stringer@v0.52.0
GOBIN=$bin go install github.com/dmarkham/enumer@v1.7.2
GOBIN=$bin go install golang.org/x/perf/cmd/benchstat@latest

step "writing the specs (seed, ${SMALL} and ${N} members)"
cp "$root/spec/opi.md" "$work/specs/seed.md"
"$bin/mkspec" -n "$N" -md "$work/specs/big.md"
"$bin/mkspec" -n "$SMALL" -md "$work/specs/small.md"

step "generating codebook's, stringer's and enumer's code"
m=$work/m
printf 'module peers\n\ngo 1.26\n' >"$m/go.mod"
cd "$m" # the peers load packages with go list, which needs the module
for size in seed big; do
	"$bin/codebook" generate -lock none -o "$m/cb/$size" -pkg "cb$size" "$work/specs/$size.md"
	"$bin/codebook-base" generate -lock none -o "$m/base/$size" -pkg "base$size" "$work/specs/$size.md"
	# The peers get the same constants on the same integer type.
	ut=$(sed -n 's/^type ErrorCode \([a-z0-9]*\)$/\1/p' "$m"/cb/$size/*.go | head -1)
	for peer in stringer enumer; do
		d=$m/$peer/$size
		mkdir -p "$d"
		"$bin/mkspec" -go "$d/consts.go" -pkg "$peer$size" -underlying "${ut:-int32}" "$work/specs/$size.md"
		flags=
		[ "$peer" = enumer ] && flags=-json
		"$bin/$peer" -type ErrorCode $flags "$d"
	done
done

cat >"$m/peers_test.go" <<'GO'
package peers

import (
	"encoding/json"
	"testing"

	basebig "peers/base/big"
	baseseed "peers/base/seed"
	cbbig "peers/cb/big"
	cbseed "peers/cb/seed"
	enbig "peers/enumer/big"
	enseed "peers/enumer/seed"
	stbig "peers/stringer/big"
	stseed "peers/stringer/seed"
)

var (
	sinkString string
	sinkErr    error
)

// loopString calls String on every value in turn, so branch prediction
// cannot learn one value.
func loopString[T interface{ String() string }](b *testing.B, values []T) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkString = values[i%len(values)].String()
	}
}

func loopParse[T any](b *testing.B, names []string, parse func(string) (T, error)) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		_, sinkErr = parse(names[i%len(names)])
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

func names[T interface{ String() string }](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = v.String()
	}
	return out
}

func BenchmarkString(b *testing.B) {
	b.Run("size=seed/impl=codebook", func(b *testing.B) { loopString(b, cbseed.ErrorCodeValues()) })
	b.Run("size=seed/impl=base", func(b *testing.B) { loopString(b, baseseed.ErrorCodeValues()) })
	b.Run("size=seed/impl=stringer", func(b *testing.B) { loopString(b, stseed.Values) })
	b.Run("size=seed/impl=enumer", func(b *testing.B) { loopString(b, enseed.Values) })
	b.Run("size=big/impl=codebook", func(b *testing.B) { loopString(b, cbbig.ErrorCodeValues()) })
	b.Run("size=big/impl=base", func(b *testing.B) { loopString(b, basebig.ErrorCodeValues()) })
	b.Run("size=big/impl=stringer", func(b *testing.B) { loopString(b, stbig.Values) })
	b.Run("size=big/impl=enumer", func(b *testing.B) { loopString(b, enbig.Values) })
}

func BenchmarkParse(b *testing.B) {
	seed, big := names(cbseed.ErrorCodeValues()), names(cbbig.ErrorCodeValues())
	b.Run("size=seed/impl=codebook", func(b *testing.B) { loopParse(b, seed, cbseed.ParseErrorCode) })
	b.Run("size=seed/impl=base", func(b *testing.B) { loopParse(b, seed, baseseed.ParseErrorCode) })
	b.Run("size=seed/impl=enumer", func(b *testing.B) { loopParse(b, seed, enseed.ErrorCodeString) })
	b.Run("size=big/impl=codebook", func(b *testing.B) { loopParse(b, big, cbbig.ParseErrorCode) })
	b.Run("size=big/impl=base", func(b *testing.B) { loopParse(b, big, basebig.ParseErrorCode) })
	b.Run("size=big/impl=enumer", func(b *testing.B) { loopParse(b, big, enbig.ErrorCodeString) })
}

// loopJSON encodes a value with its MarshalJSON and decodes the result
// with UnmarshalJSON, as encoding/json would call them (codebook writes
// the wire number, enumer the name as a JSON string).
func loopJSON[T any, P interface {
	*T
	json.Unmarshaler
}](b *testing.B, values []T) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		data, err := any(values[i%len(values)]).(json.Marshaler).MarshalJSON()
		if err == nil {
			var back T
			err = P(&back).UnmarshalJSON(data)
		}
		sinkErr = err
	}
	if sinkErr != nil {
		b.Fatal(sinkErr)
	}
}

func BenchmarkJSON(b *testing.B) {
	b.Run("size=seed/impl=codebook", func(b *testing.B) { loopJSON(b, cbseed.ErrorCodeValues()) })
	b.Run("size=seed/impl=base", func(b *testing.B) { loopJSON(b, baseseed.ErrorCodeValues()) })
	b.Run("size=seed/impl=enumer", func(b *testing.B) { loopJSON(b, enseed.Values) })
	b.Run("size=big/impl=codebook", func(b *testing.B) { loopJSON(b, cbbig.ErrorCodeValues()) })
	b.Run("size=big/impl=base", func(b *testing.B) { loopJSON(b, basebig.ErrorCodeValues()) })
	b.Run("size=big/impl=enumer", func(b *testing.B) { loopJSON(b, enbig.Values) })
}

func BenchmarkMessage(b *testing.B) {
	loop := func(b *testing.B, n int, message func(i int) string) {
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			sinkString = message(i % n)
		}
	}
	seed, big := cbseed.ErrorCodeValues(), cbbig.ErrorCodeValues()
	bseed, bbig := baseseed.ErrorCodeValues(), basebig.ErrorCodeValues()
	b.Run("size=seed/impl=codebook", func(b *testing.B) { loop(b, len(seed), func(i int) string { return seed[i].Message("zh-CN") }) })
	b.Run("size=seed/impl=base", func(b *testing.B) { loop(b, len(bseed), func(i int) string { return bseed[i].Message("zh-CN") }) })
	b.Run("size=big/impl=codebook", func(b *testing.B) { loop(b, len(big), func(i int) string { return big[i].Message("zh-CN") }) })
	b.Run("size=big/impl=base", func(b *testing.B) { loop(b, len(bbig), func(i int) string { return bbig[i].Message("zh-CN") }) })
}

// TestSameStrings makes sure the three implementations are compared on
// the same work: every value prints the same name in all of them.
func TestSameStrings(t *testing.T) {
	cb, st, en := names(cbseed.ErrorCodeValues()), names(stseed.Values), names(enseed.Values)
	for i := range cb {
		if cb[i] != st[i] || cb[i] != en[i] {
			t.Fatalf("value %d: codebook %q, stringer %q, enumer %q", i, cb[i], st[i], en[i])
		}
	}
}
GO

# One go test builds the module once (packages of 100,000 constants
# take minutes to compile): TestSameStrings checks that the three
# implementations print the same names, then the benchmarks run.
step "benchmarks (-count $COUNT); N=$N"
(cd "$m" && go test -run TestSameStrings -bench . -count "$COUNT" . | tee "$work/bench.txt")

step "benchstat"
"$bin/benchstat" -col /impl "$work/bench.txt"

step "whole-process generation: wall time and peak RSS"
# As go generate runs it in a repository: the lock file exists (a first
# run writes it), the output folder is written from scratch each run
# (the worst case; an unchanged folder is only read and compared).
out=$work/out
meas() { "$bin/measure" -setup "rm -rf $out" "$@"; }
for size in seed small big; do
	# A fresh folder each: the writer refuses files another spec generated.
	rm -rf "$out"
	"$bin/codebook" generate -o "$out" -pkg out "$work/specs/$size.md" 2>/dev/null
done
meas -runs 10 -label "codebook seed" -- "$bin/codebook" generate -o "$out" -pkg out "$work/specs/seed.md"
small=$(meas -runs 5 -label "codebook $SMALL" -- "$bin/codebook" generate -o "$out" -pkg out "$work/specs/small.md")
echo "$small"
big=$(meas -runs 5 -label "codebook $N" -- "$bin/codebook" generate -o "$out" -pkg out "$work/specs/big.md")
echo "$big"
awk -v a="$small" -v b="$big" -v n="$N" -v s="$SMALL" 'BEGIN {
	split(a, x, " min +"); split(x[2], xa, " "); split(b, y, " min +"); split(y[2], ya, " ")
	printf "codebook %d vs %d members: %.1fx the wall time for %dx the members\n", n, s, ya[1] / xa[1], n / s
}'
for size in seed big; do
	for peer in stringer enumer; do
		d=$m/$peer/$size
		meas -runs 3 -label "$peer $size" -- "$bin/$peer" -type ErrorCode -output "$out.go" "$d"
	done
done
