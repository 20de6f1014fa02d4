package gen

import (
	"go/parser"
	"go/token"
	"strconv"
	"strings"
)

// baseGo is the oldest release a generated package claims: the code
// needs 1.18 (generics) and every package with a code set imports
// log/slog (1.21) for LogValue, and 1.21.0 is the oldest toolchain the
// go command downloads (golang.org/toolchain), so the oldest e2e can
// build with to prove the claim.
const baseGo = "1.21"

// stdlibSince are the standard-library packages newer than Go 1.18
// that a generated package might import, with the release that added
// them: one newer than baseGo raises what the package needs above what
// its doc says, which Generate reports as an internal error until
// minGo learns it.
var stdlibSince = map[string]string{
	"log/slog": "1.21",
	"slices":   "1.21",
	"maps":     "1.21",
	"cmp":      "1.21",
	"iter":     "1.23",
	"unique":   "1.23",
	"weak":     "1.24",
}

// minGo is the release the package doc promises.
func (p *pkg) minGo() string { return baseGo }

// MinGoOf returns the oldest Go release that builds files, from what
// they import: baseGo, raised by any import newer than it.
func MinGoOf(files []File) string {
	need := baseGo
	fset := token.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f.Name, f.Data, parser.ImportsOnly)
		if err != nil {
			continue // not Go: nothing it imports
		}
		for _, im := range af.Imports {
			path, _ := strconv.Unquote(im.Path.Value)
			if v, ok := stdlibSince[path]; ok && goLess(need, v) {
				need = v
			}
		}
	}
	return need
}

// goLess compares two "1.N" releases.
func goLess(a, b string) bool {
	minor := func(v string) int {
		n, _ := strconv.Atoi(strings.TrimPrefix(v, "1."))
		return n
	}
	return minor(a) < minor(b)
}
