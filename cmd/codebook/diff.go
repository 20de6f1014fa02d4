package main

import (
	"flag"
	"fmt"
	"io"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/diff"
	"codebook.dev/codebook/spec/diff/input"
	"codebook.dev/codebook/spec/read"
)

const diffUsage = `usage: codebook diff [-format text|markdown|json] [-fail-on breaking|warning|never] [-old-lock FILE] [-new-lock FILE] [-max-size BYTES] OLD NEW

OLD and NEW are markdown files, folders (their *.md files, sorted) or
git revisions REV:path (read with git, nothing checked out; a REV that
starts with "-" goes after "--"). The lock
file beside each side is applied; a NEW side without one is pinned with
OLD's. Exit status: 0 when no change is at or above -fail-on, 1 when one
is, 2 on bad usage or an unreadable spec.
`

// failLevels maps -fail-on to the lowest level that fails the run.
var failLevels = map[string]diff.Level{"breaking": diff.Error, "warning": diff.Warning}

type diffFlags struct {
	format, failOn   string
	old, new         string
	oldLock, newLock string
	maxSize          int64
}

func runDiff(args []string, stdout, stderr io.Writer) int {
	f, code := parseDiffFlags(args, stderr)
	if f == nil {
		return code
	}
	old, new, ok := loadSides(f, stderr)
	if !ok {
		return 2
	}
	printDiags(stderr, diff.Pin(&old, &new))
	r := diff.Compare(old, new)
	if err := r.Write(stdout, f.format); err != nil {
		fmt.Fprintf(stderr, "codebook diff: %v\n", err)
		return 2
	}
	return diffExit(r, f.failOn)
}

// parseDiffFlags returns nil and the exit code when the run must stop.
func parseDiffFlags(args []string, stderr io.Writer) (*diffFlags, int) {
	f := &diffFlags{}
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, diffUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&f.format, "format", "text", "output `format`: text, markdown or json")
	fs.StringVar(&f.failOn, "fail-on", "breaking", "exit 1 at this `level`: breaking (ERROR), warning (WARNING or ERROR) or never")
	fs.StringVar(&f.oldLock, "old-lock", "", "lock `FILE` for OLD instead of the one beside it (\"none\": no lock)")
	fs.StringVar(&f.newLock, "new-lock", "", "lock `FILE` for NEW instead of the one beside it (\"none\": no lock)")
	fs.Int64Var(&f.maxSize, "max-size", read.DefaultMaxSize, "largest spec `BYTES` to read, on disk or at a revision")
	if code, ok := parseArgs(fs, "diff", args, stderr); !ok {
		return nil, code
	}
	var bad []string
	if !contains(diff.Formats, f.format) {
		bad = append(bad, fmt.Sprintf("unknown -format %q; want text, markdown or json", f.format))
	}
	if _, ok := failLevels[f.failOn]; !ok && f.failOn != "never" {
		bad = append(bad, fmt.Sprintf("unknown -fail-on %q; want breaking, warning or never", f.failOn))
	}
	if fs.NArg() != 2 {
		bad = append(bad, fmt.Sprintf("want OLD and NEW, have %d arguments", fs.NArg()))
	}
	if len(bad) > 0 {
		return nil, usageError(stderr, "diff", bad...)
	}
	f.old, f.new = fs.Arg(0), fs.Arg(1)
	return f, 0
}

// loadSides reads both sides, reporting every finding of both before
// giving up on either.
func loadSides(f *diffFlags, stderr io.Writer) (old, new diff.Side, ok bool) {
	ok = true
	load := func(arg, lockPath string) diff.Side {
		side, diags, err := input.Load(arg, input.Options{Lock: lockPath, MaxSize: f.maxSize})
		if err != nil {
			fmt.Fprintf(stderr, "codebook diff: %v\n", err)
			ok = false
			return side
		}
		printDiags(stderr, diags)
		if diags.HasErrors() {
			ok = false
		}
		return side
	}
	old, new = load(f.old, f.oldLock), load(f.new, f.newLock)
	return old, new, ok
}

func printDiags(w io.Writer, diags spec.Diags) {
	for _, d := range diags {
		fmt.Fprintln(w, d)
	}
}

func diffExit(r *diff.Report, failOn string) int {
	threshold, ok := failLevels[failOn]
	top, any := r.Max()
	if ok && any && top >= threshold {
		return 1
	}
	return 0
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
