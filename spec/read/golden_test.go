package read

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/internal/golden"
	"codebook.dev/codebook/spec"
)

// TestGolden reads every testdata/*.txtar: its .md and .html files are
// the input (read together, in archive order), "want.json" the expected
// model as `codebook spec -json` prints it and "diags" every finding,
// one per line. An archive with an .html input or a "tables" section
// has the table accounting there, one line per count and skip, instead
// of in want.json. With -update the expectations are rewritten from the
// reader.
func TestGolden(t *testing.T) {
	isOutput := func(name string) bool { return name == "want.json" || name == "diags" || name == "tables" }
	golden.Run(t, isOutput, func(t *testing.T, ar *txtar.Archive) []txtar.File {
		var files []file
		accounts := golden.Has(ar, "tables")
		for _, f := range ar.Files {
			switch {
			case strings.HasSuffix(f.Name, ".md"):
				files = append(files, file{f.Name, f.Data})
			case strings.HasSuffix(f.Name, ".html"):
				files = append(files, file{f.Name, f.Data})
				accounts = true
			}
		}
		if len(files) == 0 {
			t.Fatal("archive has no .md or .html input")
		}
		s, diags := resolved(readFiles(files, nil))
		tables := s.Tables
		s.Tables = nil
		out := []txtar.File{
			{Name: "want.json", Data: mustJSON(t, s, diags)},
			{Name: "diags", Data: diagText(diags)},
		}
		if accounts {
			out = append(out, txtar.File{Name: "tables", Data: tableText(tables)})
		}
		return out
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

func tableText(t *spec.Tables) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "seen %d read %d skipped %d\n", t.Seen, t.Read, len(t.Skipped))
	for _, k := range t.Skipped {
		fmt.Fprintf(&b, "%s: %s\n", k.Pos, k.Reason)
	}
	return b.Bytes()
}

func diagText(diags spec.Diags) []byte {
	var b bytes.Buffer
	for _, d := range diags {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.Bytes()
}
