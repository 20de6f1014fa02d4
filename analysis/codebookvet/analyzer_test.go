package codebookvet_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/analysis/codebookvet"
	"codebook.dev/codebook/gen/pipeline"
	"golang.org/x/tools/go/analysis/analysistest"
)

// seed is the provider's spec the opi package of the tests is generated
// from.
const seed = "../../spec/opi.md"

// testTree returns a GOPATH-style tree holding testdata/src and, as
// src/opi, the package codebook generates from the seed now: the tests
// check the analyzer against the generator's real output, which cannot
// drift from a committed copy.
func testTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS("testdata")); err != nil {
		t.Fatal(err)
	}
	generate(t, filepath.Join(dir, "src", "opi"), "opi", seed)
	return dir
}

// generate writes the package codebook generates from specs into dir.
func generate(t testing.TB, dir, pkg string, specs ...string) {
	t.Helper()
	res, diags, err := pipeline.Run(pipeline.Options{Specs: specs, Package: pkg})
	if err != nil || diags.HasErrors() {
		t.Fatalf("generating %s: %v %v", pkg, err, diags)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAnalyzer checks the reports on every testdata package against
// their // want comments, and the files every fix produces against the
// .golden files beside them.
func TestAnalyzer(t *testing.T) {
	dir := testTree(t)
	analysistest.RunWithSuggestedFixes(t, dir, codebookvet.Analyzer, "cases", "magic", "marked", "visitor", "generated")
}

// TestDefaultCovers sets the flag as the command line would: a switch
// with a default is complete, one without still gets both fixes.
func TestDefaultCovers(t *testing.T) {
	a := codebookvet.New(codebookvet.DefaultConfig())
	if err := a.Flags.Set("default-covers", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.RunWithSuggestedFixes(t, testTree(t), a, "covers")
}

// TestChecksOff turns every check off: nothing is reported.
func TestChecksOff(t *testing.T) {
	a := codebookvet.New(codebookvet.DefaultConfig())
	for _, name := range []string{"cases", "unknown", "magic"} {
		if err := a.Flags.Set(name, "false"); err != nil {
			t.Fatal(err)
		}
	}
	analysistest.Run(t, testTree(t), a, "off")
}

// TestUnformatted fixes code gofmt never leaves behind (a switch on one
// line), which the repository's testdata cannot hold: the fixes must
// still produce code that parses.
func TestUnformatted(t *testing.T) {
	dir := testTree(t)
	src := `package oneline

import "opi"

func f(s opi.TransactionStatus) { switch s { case opi.TransactionStatusPending: println() } } // want "missing cases" "no default"

func g(s opi.TransactionStatus) { switch s { case opi.TransactionStatusPending: println(); default: } } // want "missing cases"
`
	golden := `package oneline

import "opi"

func f(s opi.TransactionStatus) {
	switch s {
	case opi.TransactionStatusPending:
		println()
	case opi.TransactionStatusCompleted: // transaction completed
	case opi.TransactionStatusFailed: // transaction failed

	default:
		// TransactionStatus outside the spec: a code the provider added later, or an invalid one.
	}
} // want "missing cases" "no default"

func g(s opi.TransactionStatus) {
	switch s {
	case opi.TransactionStatusPending:
		println()
	case opi.TransactionStatusCompleted: // transaction completed
		fallthrough
	case opi.TransactionStatusFailed: // transaction failed
		fallthrough
	default:
	}
} // want "missing cases"
`
	write(t, filepath.Join(dir, "src", "oneline", "a.go"), src)
	write(t, filepath.Join(dir, "src", "oneline", "a.go.golden"), golden)
	analysistest.RunWithSuggestedFixes(t, dir, codebookvet.Analyzer, "oneline")
}

// TestDoc checks the documentation the command prints comes from
// doc.go's analyzer section.
func TestDoc(t *testing.T) {
	doc := codebookvet.Analyzer.Doc
	if !strings.HasPrefix(doc, "check switches on, and comparisons with, codebook code sets\n\n") {
		t.Errorf("Doc starts %q", doc[:min(len(doc), 80)])
	}
	if !strings.Contains(doc, "-default-covers") {
		t.Error("Doc does not describe -default-covers")
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
