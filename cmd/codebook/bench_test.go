package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkGenerateCommand runs `codebook generate` on the seed in
// process as go generate does in a repository: flags, the lock file,
// reading, generating and the all-or-nothing update of a fresh output
// folder. gen/bench measures the generator alone; this adds what the
// command does around it. Process start-up (the runtime and package
// initialisation) is outside it: gen/bench/measure times whole runs.
func BenchmarkGenerateCommand(b *testing.B) {
	dir := b.TempDir()
	data, err := os.ReadFile("../../spec/opi.md")
	if err != nil {
		b.Fatal(err)
	}
	spec := filepath.Join(dir, "seed.md")
	if err := os.WriteFile(spec, data, 0o644); err != nil {
		b.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	args := []string{"generate", "-o", out, "-pkg", "out", spec}
	if code := run(args, io.Discard, io.Discard); code != 0 {
		b.Fatalf("first run: exit %d", code)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := os.RemoveAll(out); err != nil {
			b.Fatal(err)
		}
		if code := run(args, io.Discard, io.Discard); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
