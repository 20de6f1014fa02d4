package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/gen/output"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/lock"
	"codebook.dev/codebook/spec/read"
)

// noLock is the -lock value that turns name pinning off.
const noLock = "none"

const generateUsage = `usage: codebook generate -o DIR [-pkg NAME] [-check] [-lock FILE] FILE...

Generate reads the spec FILEs (together, as one spec) and writes the Go
package for it into DIR. Files in DIR that codebook generated before and
no longer belong are removed; files without codebook's "Code generated"
header are never touched. Warnings and errors about the spec are
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
	specs []string
}

// runGenerate reads, generates, and only then writes: a spec with errors
// or a file that cannot be replaced leaves DIR and the lock untouched.
func runGenerate(args []string, stdout, stderr io.Writer) int {
	f, code := parseGenerateFlags(args, stderr)
	if f == nil {
		return code
	}
	files, lockData, diags, err := renderGenerated(f)
	// The model dies here too; only the files remain. Without this the
	// writer's reads of the old files pile onto the generator's goal.
	// Together the two collections cut peak RSS at 100,000 members from
	// about 340 MB to about 250 MB for some 30 ms.
	collectIfLarge()
	for _, d := range diags.Sort() {
		fmt.Fprintln(stderr, d)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
	}
	if err != nil || diags.HasErrors() {
		return 1
	}
	if f.check {
		return checkGenerated(f, files, lockData, stdout, stderr)
	}
	return writeGenerated(f, files, lockData, stderr)
}

// renderGenerated does everything but the writing: read the specs, pin names
// with the lock, generate the files and the updated lock. lockData is
// nil when the lock is off. The findings of every stage are returned
// together; err is a lock file that cannot be loaded.
func renderGenerated(f *generateFlags) (files []gen.File, lockData []byte, diags spec.Diags, err error) {
	// The lock file is parsed on the second core while the specs are
	// read: at 100,000 codes each takes a noticeable share of the run.
	type loaded struct {
		lk  *lock.Lock
		err error
	}
	lockc := make(chan loaded, 1)
	if f.lock != noLock {
		go func() {
			lk, err := lock.Load(f.lock)
			lockc <- loaded{lk, err}
		}()
	}
	s, diags := read.Files(f.specs...)
	// The reader's parse tree and rows die here and the model stays (at
	// 100,000 members about 60 MB of garbage beside a 100 MB model).
	// Collecting now sets the collector's next goal from the model
	// alone; left to itself it takes the goal from the reader's peak and
	// lets generation grow the heap to twice that.
	collectIfLarge()
	var lk *lock.Lock
	if f.lock != noLock {
		l := <-lockc
		if l.err != nil {
			return nil, nil, diags, l.err
		}
		lk = l.lk
		if !diags.HasErrors() {
			diags = append(diags, lk.Apply(s)...)
		}
	}
	if diags.HasErrors() {
		return nil, nil, diags, nil
	}
	// Apply was the last writer of the model: Generate and the lock's
	// Update only read it, so they run side by side.
	var wg sync.WaitGroup
	if lk != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lk.Update(s)
			lockData = lk.Bytes()
		}()
	}
	files, gd := gen.Generate(s, gen.Options{Package: f.pkg, Source: sources(f.specs)})
	wg.Wait()
	diags = append(diags, gd...)
	return files, lockData, diags, nil
}

// forceGCHeap is the heap size above which a phase end is worth a
// collection; below it the peak is small anyway and a forced collection
// would cost a seed-sized run a third of its time.
const forceGCHeap = 64 << 20

// collectIfLarge collects when the heap (live and not yet swept) holds
// more than forceGCHeap bytes. Reading the metric stops nothing.
func collectIfLarge() {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	if v := sample[0].Value; v.Kind() == metrics.KindUint64 && v.Uint64() > forceGCHeap {
		runtime.GC()
	}
}

func writeGenerated(f *generateFlags, files []gen.File, lockData []byte, stderr io.Writer) int {
	if _, err := output.Write(f.dir, files, output.Options{}); err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if lockData != nil {
		if _, err := output.WriteFile(f.lock, lockData); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
	}
	return 0
}

// checkGenerated prints a diff for every file that a write would change,
// the lock file included, and fails when there is any.
func checkGenerated(f *generateFlags, files []gen.File, lockData []byte, stdout, stderr io.Writer) int {
	r, err := output.Write(f.dir, files, output.Options{Check: true})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	stale := 0
	for _, c := range r.Changes {
		fmt.Fprintf(stderr, "%s: %s\n", filepath.Join(f.dir, c.Name), c.Op)
		fmt.Fprint(stdout, c.Diff)
		stale++
	}
	if lockData != nil {
		old, missing, err := readOptional(f.lock)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		if d := lockDiff(f.lock, old, missing, lockData); d != "" {
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

// sources are the spec paths as the header names them: as given, with
// forward slashes so the output does not depend on the OS.
func sources(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.ToSlash(p)
	}
	return out
}

// readOptional reads path; a missing file is reported, not an error.
func readOptional(path string) (data []byte, missing bool, err error) {
	data, err = os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, true, nil
	}
	return data, false, err
}

// lockDiff is the diff a write would make to the lock file, or "".
func lockDiff(path string, old []byte, missing bool, new []byte) string {
	if !missing && bytes.Equal(old, new) {
		return ""
	}
	label := filepath.ToSlash(path)
	oldLabel, newLabel := "a/"+label, "b/"+label
	if filepath.IsAbs(path) {
		oldLabel, newLabel = label, label
	}
	if missing {
		oldLabel = "/dev/null"
	}
	return output.Diff(oldLabel, old, newLabel, new)
}
