package main

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"codebook.dev/codebook/gen/output"
	"codebook.dev/codebook/gen/pipeline"
	"codebook.dev/codebook/spec/lock"
)

// noLock is the -lock value that turns name pinning off.
const noLock = "none"

const generateUsage = `usage: codebook generate -o DIR [-pkg NAME] [-check] [-lock FILE] [-rename-ok] FILE...

Generate reads the spec FILEs (together, as one spec) and writes the Go
package for it into DIR. Files in DIR that codebook generated before and
no longer belong are removed; files without codebook's "Code generated"
header are never touched. A constant or type that DIR's generated code
declares is never renamed silently: the rename must come from a go.VALUE=
or name= directive, or -rename-ok. Warnings and errors about the spec are
printed as file:line:col: message; on any error nothing is written.

Exit status: 0 done (or, with -check, up to date); 1 errors in the spec,
a file that cannot be written, or with -check out-of-date files; 2 bad
usage.

Flags:
`

// generateFlags are the parsed command line of codebook generate.
type generateFlags struct {
	dir   string
	pkg   string
	check bool
	lock  string
	// renameOK allows renaming identifiers the existing output declares.
	renameOK bool
	specs    []string
}

// lockMissing explains a -lock path that does not exist while the
// output folder holds generated code: a typo'd path would otherwise turn
// pinning off and start a new lock at the typo.
func lockMissing(f *generateFlags) string {
	if _, err := os.Stat(f.lock); !errors.Is(err, fs.ErrNotExist) || !pipeline.HasGenerated(f.dir) {
		return ""
	}
	return fmt.Sprintf("%s: lock file does not exist, but %s holds generated code whose Go names it should pin; give the right -lock path, or create an empty file there to start a lock from the names the generated code declares", f.lock, f.dir)
}

// runGenerate reads, generates, and only then writes: a spec with errors
// or a file that cannot be replaced leaves DIR and the lock untouched.
func runGenerate(args []string, stdout, stderr io.Writer) int {
	f, code := parseGenerateFlags(args, stderr)
	if f == nil {
		return code
	}
	opt := pipeline.Options{Specs: f.specs, Package: f.pkg, Lock: f.lock, Output: f.dir, RenameOK: f.renameOK}
	if f.lock == noLock {
		opt.Lock = ""
	} else if msg := lockMissing(f); msg != "" {
		fmt.Fprintln(stderr, msg)
		return 1
	}
	r, diags, err := pipeline.Run(opt)
	for _, d := range diags {
		fmt.Fprintln(stderr, d)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
	}
	if err != nil || diags.HasErrors() {
		return 1
	}
	if f.check {
		return checkGenerated(f, r, stdout, stderr)
	}
	return writeGenerated(f, r, stderr)
}

func writeGenerated(f *generateFlags, r pipeline.Result, stderr io.Writer) int {
	if _, err := output.Write(f.dir, r.Files, output.Options{}); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if r.Lock != nil {
		if _, err := output.WriteFile(f.lock, r.Lock); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
	}
	return 0
}

// checkGenerated prints a diff for every file that a write would change,
// the lock file included, and fails when there is any.
func checkGenerated(f *generateFlags, r pipeline.Result, stdout, stderr io.Writer) int {
	res, err := output.Write(f.dir, r.Files, output.Options{Check: true})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	stale := 0
	for _, c := range res.Changes {
		fmt.Fprintf(stderr, "%s: %s\n", filepath.Join(f.dir, c.Name), c.Op)
		fmt.Fprint(stdout, c.Diff)
		stale++
	}
	if r.Lock != nil {
		d, err := output.CheckFile(f.lock, r.Lock)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		if d != "" {
			fmt.Fprintf(stderr, "%s: lock file out of date\n", f.lock)
			fmt.Fprint(stdout, d)
			stale++
		}
	}
	if stale > 0 {
		fmt.Fprintf(stderr, "codebook generate: %d file(s) out of date; run codebook generate without -check (or go generate ./...) and commit the result\n", stale)
		return 1
	}
	return 0
}

// parseGenerateFlags returns the flags, or nil and the exit status when
// the command line is bad (2) or help was asked for (0).
func parseGenerateFlags(args []string, stderr io.Writer) (*generateFlags, int) {
	fs := flag.NewFlagSet("codebook generate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, generateUsage)
		fs.PrintDefaults()
	}
	f := &generateFlags{}
	fs.StringVar(&f.dir, "o", "", "output `DIR`ectory of the generated package (required; created when missing)")
	fs.StringVar(&f.pkg, "pkg", "", "package `NAME` (default: the base name of DIR)")
	fs.BoolVar(&f.check, "check", false, "write nothing; print a diff of every out-of-date file and exit 1 if there is one")
	fs.BoolVar(&f.renameOK, "rename-ok", false, "allow renaming constants and types that the existing output in DIR declares")
	fs.StringVar(&f.lock, "lock", "", "lock `FILE` pinning Go names (default: the first spec FILE with extension .lock; \"none\" disables it)")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return nil, 0
		}
		return nil, 2
	}
	f.specs = fs.Args()
	if msg := f.complete(); msg != "" {
		fmt.Fprintf(stderr, "codebook generate: %s\n", msg)
		fs.Usage()
		return nil, 2
	}
	return f, 0
}

// complete checks the flags and fills in the defaults, returning what is
// wrong with them.
func (f *generateFlags) complete() string {
	if f.dir == "" {
		return "missing -o DIR"
	}
	if len(f.specs) == 0 {
		return "no spec FILE given"
	}
	for _, p := range f.specs {
		if strings.HasPrefix(p, "-") {
			return fmt.Sprintf("flag %q after the spec files; flags go first", p)
		}
	}
	if f.pkg == "" {
		f.pkg = filepath.Base(filepath.Clean(f.dir))
		if !validPackage(f.pkg) {
			return fmt.Sprintf("cannot use %q (the base name of -o) as the package name; give one with -pkg", f.pkg)
		}
	}
	if !validPackage(f.pkg) {
		return fmt.Sprintf("invalid package name %q: want a Go identifier that is not a keyword", f.pkg)
	}
	if f.lock == "" {
		f.lock = lock.PathFor(f.specs[0])
	}
	return ""
}

func validPackage(name string) bool {
	return token.IsIdentifier(name) && name != "_" && name != "main"
}
