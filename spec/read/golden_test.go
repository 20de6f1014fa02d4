package read

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/spec"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden reads every testdata/*.txtar: its .md files are the input
// (read together, in archive order), "want.json" the expected model as
// `codebook spec -json` prints it and "diags" every finding, one per
// line. With -update the expectations are rewritten from the reader.
func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, path := range paths {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var files []file
			for _, f := range ar.Files {
				if strings.HasSuffix(f.Name, ".md") {
					files = append(files, file{f.Name, f.Data})
				}
			}
			if len(files) == 0 {
				t.Fatal("archive has no .md input")
			}
			s, diags := readFiles(files, nil)
			got := map[string][]byte{"want.json": mustJSON(t, s, diags), "diags": diagText(diags)}
			if *update {
				setFile(ar, "want.json", got["want.json"])
				setFile(ar, "diags", got["diags"])
				if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, name := range []string{"want.json", "diags"} {
				want := fileData(ar, name)
				if !bytes.Equal(got[name], want) {
					t.Errorf("%s differs (run go test -update to accept)\ngot:\n%s\nwant:\n%s", name, got[name], want)
				}
			}
		})
	}
}

func mustJSON(t *testing.T, s *spec.Spec, diags spec.Diags) []byte {
	t.Helper()
	b, err := spec.MarshalJSON(s, diags)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func diagText(diags spec.Diags) []byte {
	var b bytes.Buffer
	for _, d := range diags {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func fileData(ar *txtar.Archive, name string) []byte {
	for _, f := range ar.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

func setFile(ar *txtar.Archive, name string, data []byte) {
	for i, f := range ar.Files {
		if f.Name == name {
			ar.Files[i].Data = data
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: data})
}
