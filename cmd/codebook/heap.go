package main

import (
	"os"
	"runtime"
	"runtime/debug"
)

// firstGC is the heap size the first collection waits for.
const firstGC = 8 << 20

// delayFirstGC lets the heap grow to firstGC before the first garbage
// collection, then gives the pacing back to GOGC. codebook runs and
// exits: generating a spec the size of a provider's page allocates about
// 5 MB, and the one collection the runtime's 4 MB starting goal forced
// on it cost a quarter of the run (seed, 2 cores: 24 ms median wall with
// it, 18 ms without). A larger first goal costs memory: 32 MB raised the
// peak RSS of a 10,000-member spec from 28 to 42 MB; 8 MB costs it about
// 1 MB. After the first collection the pacing is the usual one. An
// explicit GOGC is left alone. The Go compiler does the same
// (cmd/compile/internal/base.AdjustStartingHeap).
func delayFirstGC() {
	if os.Getenv("GOGC") != "" {
		return
	}
	// The first goal is 4 MB times GOGC/100 (the runtime's minimum
	// heap), whatever the little heap of package initialisation.
	debug.SetGCPercent(firstGC / (4 << 20) * 100)
	// A finalizer runs after the first collection that finds its object
	// unreachable: the first one.
	runtime.SetFinalizer(new([16]byte), func(*[16]byte) { debug.SetGCPercent(100) })
}
