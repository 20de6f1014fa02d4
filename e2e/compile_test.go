package e2e

import (
	"bytes"
	"fmt"
	"go/format"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/gen/output"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

// testSpec is one spec document the e2e test generates.
type testSpec struct {
	name  string   // for messages: the seed's path or the txtar file
	paths []string // the markdown files, read together
}

// testSpecs returns the project's specs (spec/*.md: the seed and its
// annotated copy), the input of every txtar case of the reader's tests,
// each written to its own folder under dir, and every page of the
// reader's wild corpus. A txtar's
// input is its .md sections (read together), else its first section.
func testSpecs(t *testing.T, dir string) []testSpec {
	root := repoRoot(t)
	var specs []testSpec
	docs, err := filepath.Glob(filepath.Join(root, "spec", "*.md"))
	if err != nil || len(docs) == 0 {
		t.Fatalf("no spec/*.md (%v)", err)
	}
	for _, d := range docs {
		specs = append(specs, testSpec{name: "spec/" + filepath.Base(d), paths: []string{d}})
	}
	archives, err := filepath.Glob(filepath.Join(root, "spec", "read", "testdata", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range archives {
		ar, err := txtar.ParseFile(a)
		if err != nil {
			t.Fatal(err)
		}
		var files []txtar.File
		for _, f := range ar.Files {
			if strings.HasSuffix(f.Name, ".md") {
				files = append(files, f)
			}
		}
		if len(files) == 0 && len(ar.Files) > 0 {
			files = ar.Files[:1]
		}
		ts := testSpec{name: "spec/read/testdata/" + filepath.Base(a)}
		for _, f := range files {
			p := filepath.Join(dir, fmt.Sprintf("in%03d", i), filepath.FromSlash(f.Name))
			writeFile(t, p, string(f.Data))
			ts.paths = append(ts.paths, p)
		}
		if len(ts.paths) > 0 {
			specs = append(specs, ts)
		}
	}
	// The wild corpus: pages written from the shapes of real provider
	// pages, the messiest input the reader has.
	wild, err := filepath.Glob(filepath.Join(root, "spec", "read", "testdata", "wild", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range wild {
		specs = append(specs, testSpec{name: "spec/read/testdata/wild/" + filepath.Base(w), paths: []string{w}})
	}
	return specs
}

// TestGeneratedPackagesCompile generates a package for every spec that
// reads without errors into one scratch module, then builds and vets
// the module and runs a checking program that exercises every set and
// payload of every package. One module with many packages costs one go
// build, one go vet and one go run instead of three per spec.
func TestGeneratedPackagesCompile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs generated code with the go command")
	}
	mod := t.TempDir()
	writeFile(t, filepath.Join(mod, "go.mod"), "module e2e.test\n\ngo "+gen.MinGo+"\n")
	var imports, funcs, calls strings.Builder
	n, nvis := 0, 0
	for _, ts := range testSpecs(t, t.TempDir()) {
		s, diags := read.Files(ts.paths...)
		diags = append(diags, goname.Resolve(s, nil)...).Sort()
		if diags.HasErrors() {
			continue // a bad-input case: the reader's tests cover it
		}
		pkg := fmt.Sprintf("p%03d", n)
		files := generatePackage(t, ts, s, filepath.Join(mod, "gen", pkg), pkg)
		if files == nil {
			continue
		}
		vis, err := visitors(files)
		if err != nil {
			t.Fatalf("%s: %v", ts.name, err)
		}
		nvis += len(vis)
		name := "" // a spec with nothing to check is still built and vetted
		if len(s.Sets)+len(s.Payloads) == 0 {
			name = "_ "
		}
		fmt.Fprintf(&imports, "\t%s%q // %s\n", name, "e2e.test/gen/"+pkg, ts.name)
		fn := "check" + strings.ToUpper(pkg[:1]) + pkg[1:]
		funcs.WriteString(checker(fn, ts.name, pkg, s, vis))
		fmt.Fprintf(&calls, "\tproblems = append(problems, %s()...)\n", fn)
		n++
	}
	if n == 0 {
		t.Fatal("no spec generated")
	}
	t.Logf("%d packages generated, %d visitors", n, nvis)
	main := fmt.Sprintf("package main\n\nimport (\n\t\"fmt\"\n\n%s)\n\nfunc main() {\n\tvar problems []string\n%s\treport(problems)\n}\n\n%s",
		imports.String(), calls.String(), funcs.String())
	src, err := format.Source([]byte(main))
	if err != nil {
		t.Fatalf("checking program does not parse: %v\n%s", err, main)
	}
	writeFile(t, filepath.Join(mod, "check", "main.go"), string(src))
	writeFile(t, filepath.Join(mod, "check", "lib.go"), checkerLib)

	runGo(t, mod, "build", "./...")
	runGo(t, mod, "vet", "./...")
	buildWithMinGo(t, mod, "./gen/...")
	out, err := goCmd(mod, "run", "./check")
	if err != nil || strings.TrimSpace(out) != "ok" {
		t.Errorf("checking program failed (%v):\n%s", err, out)
	}
}

// generatePackage generates s into dir and checks what can be checked
// without the go command: no errors, gofmt'd output, the header, and
// the same bytes from a second run. It returns the files, or nil.
func generatePackage(t *testing.T, ts testSpec, s *spec.Spec, dir, pkg string) []gen.File {
	t.Helper()
	opt := gen.Options{Package: pkg, Source: []string{ts.name}}
	files, diags := gen.Generate(s, opt)
	if diags.HasErrors() {
		t.Errorf("%s: reads cleanly but does not generate:\n%v", ts.name, diags.Errors())
		return nil
	}
	again, _ := gen.Generate(s, opt)
	ok := true
	errorf := func(format string, args ...any) {
		t.Helper()
		t.Errorf(format, args...)
		ok = false
	}
	for i, f := range files {
		if formatted, err := format.Source(f.Data); err != nil || !bytes.Equal(formatted, f.Data) {
			errorf("%s: %s is not gofmt'd (%v)", ts.name, f.Name, err)
		}
		if !gen.IsGenerated(f.Data) {
			errorf("%s: %s lacks the Code generated header", ts.name, f.Name)
		}
		if i >= len(again) || !bytes.Equal(again[i].Data, f.Data) {
			errorf("%s: %s differs between two runs", ts.name, f.Name)
		}
	}
	if _, err := output.Write(dir, files, output.Options{}); err != nil {
		t.Fatalf("%s: %v", ts.name, err)
	}
	if !ok {
		return nil
	}
	return files
}
