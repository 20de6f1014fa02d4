package output

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
)

// bigFiles is a generated package of about the size a 100,000-member
// spec gives: a few files, ~20 MB in all.
func bigFiles() []gen.File {
	var files []gen.File
	for f := 0; f < 4; f++ {
		var b strings.Builder
		b.WriteString(header + "package p\n\nconst (\n")
		for i := 0; i < 100_000; i++ {
			fmt.Fprintf(&b, "\tCode%d_%d Code = %d // a line of generated code, as long as a real one\n", f, i, i)
		}
		b.WriteString(")\n")
		files = append(files, gen.File{Name: fmt.Sprintf("f%d.go", f), Data: []byte(b.String())})
	}
	return files
}

// BenchmarkWriteUnchanged is the common go generate run: every file is
// read back and compared, nothing is written.
func BenchmarkWriteUnchanged(b *testing.B) {
	dir := b.TempDir()
	files := bigFiles()
	if _, err := Write(dir, files, Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if r, err := Write(dir, files, Options{}); err != nil || r.Changed() {
			b.Fatal(err, r.Changed())
		}
	}
}

// BenchmarkCheckOneChange diffs big files that differ in one line.
func BenchmarkCheckOneChange(b *testing.B) {
	dir := b.TempDir()
	files := bigFiles()
	if _, err := Write(dir, files, Options{}); err != nil {
		b.Fatal(err)
	}
	changed := append([]byte(nil), files[0].Data...)
	copy(changed[len(changed)/2:], "CHANGED")
	files[0].Data = changed
	b.ReportAllocs()
	for b.Loop() {
		if r, err := Write(dir, files, Options{Check: true}); err != nil || len(r.Changes) != 1 {
			b.Fatal(err, r.Changes)
		}
	}
}

// BenchmarkCheckBesideHugeFile is a check of a small package in a
// folder that also holds a 3 GB file (sparse): only its first few KB
// are read to see that codebook did not write it.
func BenchmarkCheckBesideHugeFile(b *testing.B) {
	dir := b.TempDir()
	files := []gen.File{genFile("a.go", "package p\n")}
	if _, err := Write(dir, files, Options{}); err != nil {
		b.Fatal(err)
	}
	big, err := os.Create(filepath.Join(dir, "huge.bin"))
	if err != nil {
		b.Fatal(err)
	}
	if err := big.Truncate(3 << 30); err != nil {
		b.Skip("no sparse file:", err)
	}
	big.Close()
	b.ReportAllocs()
	for b.Loop() {
		if r, err := Write(dir, files, Options{Check: true}); err != nil || r.Changed() {
			b.Fatal(err, r.Changed())
		}
	}
}
