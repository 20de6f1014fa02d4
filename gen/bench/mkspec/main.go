// Command mkspec writes the inputs of the peer benchmarks: a synthetic
// spec of -n rows (-md), and the constants of one integer set of a spec
// as a plain Go file for stringer and enumer (-go).
//
//	mkspec -n 100000 -md big.md
//	mkspec -go consts.go -pkg seed -set ErrorCode spec/opi.md
package main

import (
	"flag"
	"fmt"
	"os"

	"codebook.dev/codebook/gen/bench"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

func main() {
	n := flag.Int("n", 0, "rows of the synthetic spec written with -md")
	md := flag.String("md", "", "write a synthetic spec of -n rows to this `file`")
	goFile := flag.String("go", "", "write the constants of -set in the spec FILE to this `file`")
	pkg := flag.String("pkg", "consts", "package name of the -go file")
	set := flag.String("set", "ErrorCode", "the set whose constants -go writes")
	typ := flag.String("type", "", "type name in the -go file (default: the set's name)")
	underlying := flag.String("underlying", "int32", "underlying type in the -go file")
	flag.Parse()
	if err := run(*n, *md, *goFile, *pkg, *set, *typ, *underlying, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "mkspec:", err)
		os.Exit(1)
	}
}

func run(n int, md, goFile, pkg, setName, typ, underlying string, specs []string) error {
	if md != "" {
		if err := os.WriteFile(md, bench.Markdown(n), 0o644); err != nil {
			return err
		}
	}
	if goFile == "" {
		return nil
	}
	s, diags := read.Files(specs...)
	diags = append(diags, goname.Resolve(s, nil)...).Sort()
	if err := diags.Err(); err != nil {
		return err
	}
	set := s.Set(setName)
	if set == nil {
		return fmt.Errorf("no set %s in %v", setName, specs)
	}
	if typ == "" {
		typ = set.Name
	}
	src, err := bench.Consts(pkg, typ, underlying, set)
	if err != nil {
		return err
	}
	return os.WriteFile(goFile, src, 0o644)
}
