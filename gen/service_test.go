package gen_test

import (
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

func generateDoc(t *testing.T, doc string) (map[string]string, spec.Diags) {
	t.Helper()
	s, diags := read.Source("in.md", []byte(doc))
	diags = append(diags, goname.Resolve(s, nil)...)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	files, gd := gen.Generate(s, gen.Options{Package: "p", Source: []string{"in.md"}})
	if gd.HasErrors() {
		t.Fatal(gd)
	}
	out := map[string]string{}
	for _, f := range files {
		out[f.Name] = string(f.Data)
	}
	return out, append(diags, gd...)
}

// TestUnclearStatusSet: a status-named set whose codes do not all say
// their outcome gets no predicates, and a warning naming the codes and
// the directive.
func TestUnclearStatusSet(t *testing.T) {
	files, diags := generateDoc(t, `| tradeState | Description |
|---|---|
| SUCCESS | Paid |
| CLOSED | Closed |
| USERPAYING | Paying |
| NOTPAY | Not paid |
| REFUND | Refunded |
`)
	if strings.Contains(files["tradestate.go"], "IsPending") {
		t.Error("predicates generated for an unclear status set")
	}
	if w := diags.Error(); !strings.Contains(w, `set TradeState looks like a status set, but no column or text says the outcome of "NOTPAY", "REFUND"`) ||
		!strings.Contains(w, "outcome.CODE=success|failure|pending") {
		t.Errorf("warning missing:\n%s", w)
	}
}

// TestLanguageFuncsYieldToSets: a set called Language keeps its name;
// the package function Language is left out, Languages stays.
func TestLanguageFuncsYieldToSets(t *testing.T) {
	files, _ := generateDoc(t, `<!-- codebook: name=Language cols=key,text -->
| language | Description |
|---|---|
| 1 | English |
| 2 | Chinese |
`)
	if _, ok := files["language.go"]; !ok {
		t.Fatalf("no set Language: %v", files)
	}
	pkg := files["p.go"]
	if strings.Contains(pkg, "func Language(") || !strings.Contains(pkg, "func Languages()") {
		t.Errorf("package file:\n%s", pkg)
	}
}
