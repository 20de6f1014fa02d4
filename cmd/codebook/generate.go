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
	"time"

	"codebook.dev/codebook/gen/output"
	"codebook.dev/codebook/gen/pipeline"
	"codebook.dev/codebook/spec/lock"
	"codebook.dev/codebook/spec/read"
)

// noLock is the -lock value that turns name pinning off.
const noLock = "none"

const generateUsage = `usage: codebook generate -o DIR [-pkg NAME] [-check] [-lock FILE] [-rename-ok] [-prune] [-wait D] [-max-size BYTES] [-strict] FILE...

Generate reads the spec FILEs (together, as one spec) and writes the Go
package for it into DIR, with the lock file, as one update. A run killed
before the update's commit point leaves DIR and the lock as they were
(a first run leaves no DIR); one killed after it, while files are being
replaced, can leave DIR mixing old and new files, and then
codebook_update_unfinished.go in DIR makes any build of the package
fail until the next generate finishes the update (it says so). Runs on
one DIR take turns, whatever their -lock. Files in DIR that codebook
generated from these FILEs and no longer belong are removed; files
generated from another spec are left alone (an error) unless -prune is
given; files without codebook's "Code generated" header are never
touched. A constant or type that DIR's generated code declares is never
renamed silently: the rename must come from a go.VALUE= or name=
directive, or -rename-ok; no constant takes another code's value and no
lock from another spec is used (docs/locks.md). Warnings and errors
about the spec are printed as file:line:col: message. On any error
before the commit point nothing is written; an error while files are
replaced leaves the update recorded in DIR/.codebook-update and the
package unbuildable until the next run finishes it. -check changes
nothing, not even what a killed run left. SIGINT and SIGTERM end a run
at once (exit 1, nothing written) unless it is past the commit point,
where it finishes first.

Exit status: 0 done (or, with -check, up to date); 1 errors in the spec,
a file that cannot be written, another run that held DIR past -wait, an
interrupt (SIGINT, SIGTERM) before the update, or with -check
out-of-date files; 2 bad usage.

Flags:
`

// generateFlags are the parsed command line of codebook generate.
type generateFlags struct {
	dir   string
	pkg   string
	check bool
	prune bool
	wait  time.Duration
	lock  string
	// renameOK allows renaming identifiers the existing output declares.
	renameOK bool
	maxSize  int64
	strict   bool
	specs    []string
}

// lockMissing explains a -lock path that does not exist while the
// output folder holds generated code: a typo'd path would otherwise turn
// pinning off and start a new lock at the typo.
func lockMissing(f *generateFlags) string {
	if _, err := os.Stat(f.lock); !errors.Is(err, fs.ErrNotExist) || !pipeline.HasGenerated(f.dir, f.specs) {
		return ""
	}
	return fmt.Sprintf("%s: lock file does not exist, but %s holds generated code whose Go names it should pin; give the right -lock path, or create an empty file there to start a lock from the names the generated code declares", f.lock, f.dir)
}

// generateHook, when set (by a test build), sees every step of the
// folder update; see crashhook.go.
var generateHook func(step string)

// runGenerate reads, generates, and only then writes: a spec with errors
// or a file that cannot be replaced leaves DIR and the lock untouched.
func runGenerate(args []string, stdout, stderr io.Writer) int {
	f, code := parseGenerateFlags(args, stderr)
	if f == nil {
		return code
	}
	opt := pipeline.Options{Specs: f.specs, Package: f.pkg, Lock: f.lock, Output: f.dir, RenameOK: f.renameOK, MaxSize: f.maxSize, Strict: f.strict}
	if f.lock == noLock {
		opt.Lock = ""
	} else if msg := lockMissing(f); msg != "" {
		fmt.Fprintln(stderr, msg)
		return 1
	}
	ctx, stop := interruptible()
	defer stop()
	res, diags, err := pipeline.Generate(ctx, opt, pipeline.Output{
		Dir:   f.dir,
		Check: f.check,
		Prune: f.prune,
		Wait:  f.wait,
		Log:   func(msg string) { fmt.Fprintf(stderr, "codebook generate: %s\n", msg) },
		Hook:  generateHook,
	})
	for _, d := range diags {
		fmt.Fprintln(stderr, d)
	}
	switch {
	case errors.Is(err, output.ErrInterrupted):
		fmt.Fprintf(stderr, "codebook generate: %v\n", err)
		return 1
	case err != nil:
		fmt.Fprintln(stderr, err)
		return 1
	case diags.HasErrors():
		return 1
	case f.check:
		return reportCheck(f, res, stdout, stderr)
	}
	return 0
}

// reportCheck prints a diff for every file that a write would change,
// the lock file included, and fails when there is any.
func reportCheck(f *generateFlags, res output.Result, stdout, stderr io.Writer) int {
	for _, c := range res.Changes {
		if c.Lock {
			fmt.Fprintf(stderr, "%s: lock file out of date\n", c.Name)
		} else {
			fmt.Fprintf(stderr, "%s: %s\n", filepath.Join(f.dir, c.Name), c.Op)
		}
		fmt.Fprint(stdout, c.Diff)
	}
	if n := len(res.Changes); n > 0 {
		fmt.Fprintf(stderr, "codebook generate: %d file(s) out of date; run codebook generate without -check (or go generate ./...) and commit the result\n", n)
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
	fs.BoolVar(&f.renameOK, "rename-ok", false, "allow renaming, or re-pointing at other codes, constants and types that the existing output in DIR declares")
	fs.StringVar(&f.lock, "lock", "", "lock `FILE` pinning Go names (default: the first spec FILE with extension .lock; \"none\" disables it)")
	fs.Int64Var(&f.maxSize, "max-size", read.DefaultMaxSize, "largest spec `BYTES` to read")
	fs.BoolVar(&f.prune, "prune", false, "replace or remove files in DIR that codebook generated from another spec (default: leave them, and fail)")
	fs.BoolVar(&f.strict, "strict", false, "make warnings that put a meaning in doubt errors (variants, conflicts, skipped tables and rows, missing translations, repaired shapes; see docs/strict.md)")
	fs.DurationVar(&f.wait, "wait", time.Minute, "how long to wait for another codebook run on DIR to finish before giving up")
	if code, ok := parseArgs(fs, "generate", args, stderr); !ok {
		return nil, code
	}
	f.specs = fs.Args()
	if msg := f.complete(); msg != "" {
		return nil, usageError(stderr, "generate", msg)
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
