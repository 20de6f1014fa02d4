package read

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/internal/golden"
	"codebook.dev/codebook/spec"
)

// TestGolden reads every testdata/*.txtar: its .md files are the input
// (read together, in archive order), "want.json" the expected model as
// `codebook spec -json` prints it and "diags" every finding, one per
// line. With -update the expectations are rewritten from the reader.
func TestGolden(t *testing.T) {
	isOutput := func(name string) bool { return name == "want.json" || name == "diags" }
	golden.Run(t, isOutput, func(t *testing.T, ar *txtar.Archive) []txtar.File {
		var files []file
		for _, f := range ar.Files {
			if strings.HasSuffix(f.Name, ".md") {
				files = append(files, file{f.Name, f.Data})
			}
		}
		if len(files) == 0 {
			t.Fatal("archive has no .md input")
		}
		s, diags := resolved(readFiles(files, nil))
		return []txtar.File{
			{Name: "want.json", Data: mustJSON(t, s, diags)},
			{Name: "diags", Data: diagText(diags)},
		}
	})
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
