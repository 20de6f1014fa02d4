package output

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"

	"codebook.dev/codebook/gen"
)

// markerName is the Go file that stands in the output folder while an
// update replaces its Go files, so that a build between a kill and the
// run that finishes the update fails, naming the cause, instead of
// compiling a mix of two runs' files.
const markerName = "codebook_update_unfinished.go"

// markerIdent is the undefined name the marker uses: the compiler's
// "undefined: …" error is the message a person sees.
const markerIdent = "codebook_update_unfinished_run_codebook_generate_again_to_finish_it"

// markerFor returns the marker for the new files: their header (so that
// it is codebook's file, from the same spec) and their package clause.
// It is nil when there is no Go file to take the package from.
func markerFor(files []gen.File) []byte {
	header := firstLine(files)
	if header == "" {
		return nil
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Name, ".go") || strings.HasSuffix(f.Name, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Data, parser.PackageClauseOnly)
		if err != nil {
			continue
		}
		return fmt.Appendf(nil, `%s

// This file is in the folder only while codebook generate replaces the
// package's files. If you can read it, a run was killed part way: the
// folder mixes two runs' files, and this file keeps it from building.
// Run codebook generate (or go generate) again: it finishes the update
// recorded in .codebook-update/journal and removes this file.

package %s

const _ = %s
`, header, af.Name.Name, markerIdent)
	}
	return nil
}
