package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// goLine is the form the go directive must have: a language version or
// its first release (1.24.0, which a dependency's go line can force),
// never a patch release. Every module that requires codebook gets at
// least this go line, so "go 1.26.8" would move them all to 1.26.8.
var goLine = regexp.MustCompile(`(?m)^go (1\.\d+)(\.0)?$`)

// TestGoLineHasNoPatch guards go.mod's go line (see the comment there:
// lowering it is a decision, raising it by accident is not).
func TestGoLineHasNoPatch(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !goLine.Match(data) {
		t.Errorf("go.mod: want a go line such as \"go 1.24\" or \"go 1.24.0\" (no patch release); a dependency that needs a newer one may have raised it:\n%s", data)
	}
}
