// Package vetbench builds the workload of codebookvet's benchmarks and
// measures an analyzer on it, so that the benchmark in this module and
// the comparison with other analyzers in scripts/bench-vet.sh run the
// same code on the same packages.
//
// The workload is a GOPATH-style tree: src/opi, generated from the
// seed spec; src/app, whose functions switch on the seed's sets (most
// switches complete, every other one missing a member, some without a
// default) and compare codes with literals; src/big, generated from a
// synthetic spec of many members; and src/bigapp, with one switch over
// every member of the big set and others over a hundred each.
package vetbench

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"codebook.dev/codebook/gen/bench"
	"codebook.dev/codebook/gen/pipeline"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/packages"
)

// Sizes of the workload.
type Sizes struct {
	// Switches is the number of switches over the seed's sets in app.
	Switches int
	// BigMembers is the size of the big set.
	BigMembers int
	// BigSwitches is the number of switches over the big set in bigapp.
	BigSwitches int
}

// Tree writes the workload under dir (see the package documentation),
// generating opi from the spec at seed.
func Tree(dir, seed string, n Sizes) error {
	src := filepath.Join(dir, "src")
	if err := generate(filepath.Join(src, "opi"), "opi", seed); err != nil {
		return err
	}
	bigSpec := filepath.Join(dir, "big.md")
	if err := os.WriteFile(bigSpec, bench.Markdown(n.BigMembers), 0o644); err != nil {
		return err
	}
	if err := generate(filepath.Join(src, "big"), "big", bigSpec); err != nil {
		return err
	}
	seedSets, err := sets(filepath.Join(src, "opi"))
	if err != nil {
		return err
	}
	bigSets, err := sets(filepath.Join(src, "big"))
	if err != nil {
		return err
	}
	if err := write(filepath.Join(src, "app", "app.go"), appSource("opi", seedSets, n.Switches)); err != nil {
		return err
	}
	return write(filepath.Join(src, "bigapp", "bigapp.go"), bigSource("big", bigSets[0], n.BigSwitches))
}

func generate(dir, pkg string, spec string) error {
	res, diags, err := pipeline.Run(pipeline.Options{Specs: []string{spec}, Package: pkg})
	if err != nil {
		return err
	}
	if diags.HasErrors() {
		return diags.Err()
	}
	for _, f := range res.Files {
		if err := write(filepath.Join(dir, f.Name), f.Data); err != nil {
			return err
		}
	}
	return nil
}

// set is a generated type and its constants in declaration order.
type set struct {
	name    string
	members []string
	values  []string // the constants' values as written
}

// sets reads the marked types of a generated package and their
// constants from its source, as the analyzer sees them.
func sets(dir string) ([]set, error) {
	fset := token.NewFileSet()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var files []*ast.File
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	var out []set
	index := map[string]int{}
	for _, f := range files {
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE && marked(gd.Doc) {
				name := gd.Specs[0].(*ast.TypeSpec).Name.Name
				index[name] = len(out)
				out = append(out, set{name: name})
			}
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				typ, ok := vs.Type.(*ast.Ident)
				if !ok || len(vs.Values) != 1 {
					continue
				}
				if i, ok := index[typ.Name]; ok {
					out[i].members = append(out[i].members, vs.Names[0].Name)
					out[i].values = append(out[i].values, literal(vs.Values[0]))
				}
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no code sets", dir)
	}
	return out, nil
}

// marked reports whether a declaration carries codebook's directive.
func marked(doc *ast.CommentGroup) bool {
	return doc != nil && slices.ContainsFunc(doc.List, func(c *ast.Comment) bool { return c.Text == "//codebook:set" })
}

// literal writes a constant's value as its declaration does.
func literal(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Value
	case *ast.UnaryExpr:
		return e.Op.String() + literal(e.X)
	}
	return fmt.Sprintf("%T", e)
}

// appSource switches n times over the sets in turn. Every other switch
// misses one member, every fourth has no default, and each function
// also compares the code with a member's value written as a literal.
func appSource(pkg string, sets []set, n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "package app\n\nimport %q\n", pkg)
	for i := range n {
		s := sets[i%len(sets)]
		fmt.Fprintf(&b, "\nfunc f%d(c %s.%s) int {\n\tswitch c {\n", i, pkg, s.name)
		skip := -1
		if i%2 == 0 {
			skip = i / len(sets) % len(s.members)
		}
		for j, m := range s.members {
			if j != skip {
				fmt.Fprintf(&b, "\tcase %s.%s:\n\t\treturn %d\n", pkg, m, j)
			}
		}
		if i%4 != 3 {
			b.WriteString("\tdefault:\n\t\treturn -1\n")
		}
		fmt.Fprintf(&b, "\t}\n\tif c == %s {\n\t\treturn -2\n\t}\n\treturn 0\n}\n", s.values[i%len(s.values)])
	}
	return b.Bytes()
}

// bigSource writes one switch over every member of s, and n-1 switches
// over a hundred members each, with defaults.
func bigSource(pkg string, s set, n int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "package bigapp\n\nimport %q\n", pkg)
	for i := range n {
		members := s.members
		if i > 0 {
			from := (i * 100) % len(s.members)
			members = s.members[from:min(from+100, len(s.members))]
		}
		fmt.Fprintf(&b, "\nfunc f%d(c %s.%s) int {\n\tswitch c {\n", i, pkg, s.name)
		for j, m := range members {
			fmt.Fprintf(&b, "\tcase %s.%s:\n\t\treturn %d\n", pkg, m, j)
		}
		b.WriteString("\tdefault:\n\t\treturn -1\n\t}\n}\n")
	}
	return b.Bytes()
}

func write(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// Load type-checks the packages of the tree at dir matching patterns,
// with their dependencies, as analysis drivers do.
func Load(dir string, patterns ...string) ([]*packages.Package, error) {
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOWORK=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		return nil, fmt.Errorf("%d errors loading %v", n, patterns)
	}
	return pkgs, nil
}

// Measure runs a over pkgs and their dependencies b.N times. Besides
// the time of a whole run it reports, for each package named in
// perPackage, the time spent on it alone (the work of one go vet unit)
// by a and the analyzers it requires, but for the shared inspector, as
// "<path>-ns/op"; and the diagnostics of one run as "diags".
func Measure(b *testing.B, a *analysis.Analyzer, pkgs []*packages.Package, perPackage ...string) {
	b.ReportAllocs()
	spent := make([]time.Duration, len(perPackage))
	diags := 0
	for b.Loop() {
		g, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		diags = 0
		for act := range g.All() {
			if act.Err != nil {
				b.Fatalf("%s: %v", act, act.Err)
			}
			if act.Analyzer == a {
				diags += len(act.Diagnostics)
			}
			if act.Analyzer == inspect.Analyzer {
				continue
			}
			if i := slices.Index(perPackage, act.Package.PkgPath); i >= 0 {
				spent[i] += act.Duration
			}
		}
	}
	for i, p := range perPackage {
		b.ReportMetric(float64(spent[i].Nanoseconds())/float64(b.N), p+"-ns/op")
	}
	b.ReportMetric(float64(diags), "diags")
}
