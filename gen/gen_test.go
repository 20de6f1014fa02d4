package gen_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

var writeOPI = flag.String("opi", "", "write the seed's generated package into this folder (e.g. ../generated/opi)")

// TestWriteOPI is the test-only path that writes generated/opi before
// the generate command exists: go test ./gen -run WriteOPI -opi ../generated/opi
func TestWriteOPI(t *testing.T) {
	if *writeOPI == "" {
		t.Skip("no -opi folder")
	}
	files := seedFiles(t)
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(*writeOPI, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func seedFiles(t testing.TB) []gen.File {
	t.Helper()
	s, diags := read.Files("../spec/opi.md")
	diags = append(diags, goname.Resolve(s, nil)...).Sort()
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	// Positions name the spec as the repository's generate.go does.
	relabel(s, "../spec/opi.md", "spec/opi.md")
	files, diags := gen.Generate(s, gen.Options{Package: "opi", Source: []string{"spec/opi.md"}})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	return files
}
