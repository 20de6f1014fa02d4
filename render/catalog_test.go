package render_test

import (
	"encoding/json"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
)

// TestCatalog parses the catalog of each spec the TypeScript tests use
// and checks that it holds every member in every language: the member's
// own text where the spec has one, else the Go package's fallback
// (checkCatalog compares every entry with Message).
func TestCatalog(t *testing.T) {
	for name, d := range tsInputs(t) {
		t.Run(name, func(t *testing.T) {
			out := renderBuiltin(t, "catalog", d)
			var cat map[string]map[string]string
			if err := json.Unmarshal(out, &cat); err != nil {
				t.Fatalf("not JSON: %v\n%s", err, out)
			}
			checkCatalog(t, d, out)
			for _, l := range d.Langs {
				for _, s := range d.Sets {
					for _, m := range s.Members {
						key := gen.Clean(s.Name + "." + m.Value)
						own := m.Text(l)
						if strings.TrimSpace(own) != "" && cat[l][key] != gen.Clean(own) {
							t.Errorf("catalog[%q][%q] = %q, the spec says %q", l, key, cat[l][key], own)
						}
					}
				}
			}
		})
	}
}
