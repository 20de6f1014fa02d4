// Package golden runs the txtar golden tests of codebook's packages. Each
// archive under testdata/ holds the inputs of one case and the outputs it
// must produce; `go test -update` rewrites the outputs from what the code
// produces now, so a reviewer reads the change as a diff of testdata.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected sections of testdata/*.txtar")

// Run calls produce for every testdata/*.txtar in its own subtest and
// compares the sections it returns with the archive's. isOutput tells
// expected sections from inputs: a section isOutput accepts that produce
// no longer returns is an error, and -update drops it. With -update the
// inputs are kept as they are and the produced sections follow them, in
// the order produce returns them.
func Run(t *testing.T, isOutput func(name string) bool, produce func(t *testing.T, ar *txtar.Archive) []txtar.File) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden files in testdata: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got := produce(t, ar)
			if *update {
				rewrite(t, path, ar, isOutput, got)
				return
			}
			compare(t, ar, isOutput, got)
		})
	}
}

// File returns the data of the archive's section name, or nil.
func File(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

// Has reports whether the archive has a section name.
func Has(ar *txtar.Archive, name string) bool {
	for _, f := range ar.Files {
		if f.Name == name {
			return true
		}
	}
	return false
}

func compare(t *testing.T, ar *txtar.Archive, isOutput func(string) bool, got []txtar.File) {
	t.Helper()
	produced := map[string]bool{}
	for _, f := range got {
		produced[f.Name] = true
		if !Has(ar, f.Name) {
			t.Errorf("%s is produced but not in the archive (run go test -update and review the diff)", f.Name)
			continue
		}
		if want := File(ar, f.Name); !bytes.Equal(want, f.Data) {
			t.Errorf("%s differs (run go test -update and review the diff):\n%s", f.Name, FirstDiff(want, f.Data))
		}
	}
	for _, f := range ar.Files {
		if isOutput(f.Name) && !produced[f.Name] {
			t.Errorf("%s is no longer produced", f.Name)
		}
	}
}

func rewrite(t *testing.T, path string, ar *txtar.Archive, isOutput func(string) bool, got []txtar.File) {
	t.Helper()
	var files []txtar.File
	for _, f := range ar.Files {
		if !isOutput(f.Name) {
			files = append(files, f)
		}
	}
	ar.Files = append(files, got...)
	if err := os.WriteFile(path, txtar.Format(ar), 0o666); err != nil {
		t.Fatal(err)
	}
}

// FirstDiff shows the first line where got differs from want, with two
// lines of context before it: enough to see what changed without
// printing whole generated files.
func FirstDiff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		if i < len(w) && i < len(g) && w[i] == g[i] {
			continue
		}
		var b strings.Builder
		for j := max(0, i-2); j < i; j++ {
			b.WriteString("  " + w[j] + "\n")
		}
		if i < len(w) {
			b.WriteString("- " + w[i] + "\n")
		}
		if i < len(g) {
			b.WriteString("+ " + g[i] + "\n")
		}
		return b.String()
	}
	return ""
}
