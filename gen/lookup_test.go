package gen_test

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec"
)

// TestLookupStrategies generates sets for every lookup strategy (runs,
// position table, rank bitmap, binary search; a Parse switch and a Parse table), then
// builds the package and checks every member and the codes around them.
func TestLookupStrategies(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	s := &spec.Spec{Sets: []*spec.Set{
		syntheticSet("RunCode", 250, func(i int) int64 { return int64(i%5)*1000 + int64(i/5) - 2000 }),
		syntheticSet("SlotCode", 3000, func(i int) int64 { return 10000 + int64(i/100)*1000 + int64(i%100) }),
		syntheticSet("RankCode", 300, func(i int) int64 { return 10000 + int64(i/10)*1000 + int64(i%10) }),
		syntheticSet("SparseCode", 40, func(i int) int64 { d := int64(i - 20); return d * d * d * 1_000_003_001 }),
		longNames(syntheticSet("LongCode", 2100, func(i int) int64 { return int64(i) })),
	}}
	files, diags := gen.Generate(s, gen.Options{Package: "lookup", Source: []string{"big.md"}})
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "go.mod"), "module lookup.test\n\ngo "+gen.MinGo+"\n")
	for _, f := range files {
		write(t, filepath.Join(dir, f.Name), string(f.Data))
	}
	check := "package lookup\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n\t\"testing\"\n)\n"
	for _, set := range s.Sets[:4] {
		check += checkSet(set.Name)
	}
	check += checkCase("LongCode")
	write(t, filepath.Join(dir, "check_test.go"), check)
	for _, args := range [][]string{{"vet", "."}, {"test", "."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", args[0], err, out)
		}
	}
}

// checkSet returns a test of one synthetic set: member i is symbol
// OPI_E<i>_ERROR, Go name E<i>Error, text "Request error number <i>".
func checkSet(name string) string {
	return `
func Test` + name + `(t *testing.T) {
	known := map[` + name + `]bool{}
	for i, c := range ` + name + `Values() {
		known[c] = true
		sym := fmt.Sprintf("OPI_E%d_ERROR", i)
		if got := c.String(); got != sym {
			t.Fatalf("%d.String() = %q, want %q", c, got, sym)
		}
		if got := c.Message("en"); got != fmt.Sprintf("Request error number %d", i) {
			t.Fatalf("%d.Message = %q", c, got)
		}
		// Names in another case match too (a switch or the hash table's
		// second walk).
		for _, s := range []string{sym, fmt.Sprintf("E%dError", i), fmt.Sprint(int64(c)), fmt.Sprintf("opi_e%d_error", i), fmt.Sprintf("e%dERROR", i)} {
			if got, err := Parse` + name + `(s); err != nil || got != c {
				t.Fatalf("Parse(%q) = %d, %v; want %d", s, got, err, c)
			}
		}
	}
	for c := range known {
		for _, d := range []` + name + `{c - 1, c + 1} {
			if known[d] != d.IsKnown() {
				t.Fatalf("%d.IsKnown() = %v", d, d.IsKnown())
			}
			if !known[d] && d.String() != fmt.Sprintf("` + name + `(%d)", d) {
				t.Fatalf("unknown %d.String() = %q", d, d.String())
			}
		}
	}
	for _, s := range []string{"OPI_E999999_ERROR", "opi_e999999_error"} {
		if _, err := Parse` + name + `(s); err == nil {
			t.Fatalf("Parse accepted the unknown name %q", s)
		}
	}
}
`
}

// longNames gives the members of set symbols of every length from 1
// to 40 bytes, so that the hash table's Parse meets keys shorter than,
// equal to and longer than its 8-byte words, in every case.
func longNames(set *spec.Set) *spec.Set {
	for i, m := range set.Members {
		w := strconv.Itoa(i)
		m.Symbol = ("Q" + w + strings.Repeat("_Ab", 14))[:1+len(w)+i%(40-len(w))]
	}
	return set
}

// checkCase returns a test that every member of the set parses from its
// String form as it is, upper-cased and lower-cased.
func checkCase(name string) string {
	return `
func Test` + name + `(t *testing.T) {
	for _, c := range ` + name + `Values() {
		for _, s := range []string{c.String(), strings.ToUpper(c.String()), strings.ToLower(c.String())} {
			if got, err := Parse` + name + `(s); err != nil || got != c {
				t.Fatalf("Parse(%q) = %d, %v; want %d", s, got, err, c)
			}
		}
	}
}
`
}
