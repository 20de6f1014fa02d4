package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkZZGenerateProcess(b *testing.B) {
	dir := b.TempDir()
	data, _ := os.ReadFile("../../spec/opi.md")
	os.WriteFile(filepath.Join(dir, "seed.md"), data, 0o644)
	out := filepath.Join(dir, "out")
	args := []string{"generate", "-o", out, "-pkg", "out", filepath.Join(dir, "seed.md")}
	run(args, io.Discard, io.Discard)
	b.ReportAllocs()
	for b.Loop() {
		os.RemoveAll(out)
		if run(args, io.Discard, io.Discard) != 0 {
			b.Fatal("failed")
		}
	}
}
