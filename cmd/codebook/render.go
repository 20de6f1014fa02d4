package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"strings"

	"codebook.dev/codebook/gen/output"
	"codebook.dev/codebook/render"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/lock"
	"codebook.dev/codebook/spec/read"
)

const renderUsage = `usage: codebook render -t NAME|FILE [-o OUT] [-check] [-q] [-lock FILE] [-max-size BYTES] SPEC...
       codebook render -t diff [-o OUT] [-check] OLD NEW

Render reads the SPEC files (together, as one spec, with Go names pinned
by the lock as generate pins them) and renders a template with the spec
model: a built-in by NAME, or a text/template FILE (a path has a / or a
dot). docs/render.md documents the template data and functions. Output goes
to OUT, written atomically and only when its bytes change, or to stdout.
Warnings and errors about the spec are printed as file:line:col: message,
template errors at the template's file:line; on any error nothing is
written.

An OUT that is a symbolic link is written through (its target changes,
the link stays); a link to nothing, or an OUT that is not a regular
file, is refused.

Exit status: 0 done (or, with -check, up to date); 1 errors in the spec
or the template, an unwritable OUT, an interrupt (SIGINT, SIGTERM)
before the write, or with -check an out-of-date OUT; 2 bad usage.

Built-in templates:
`

type renderFlags struct {
	tmpl, out, lock string
	check           bool
	quiet           bool
	maxSize         int64
	args            []string
	builtin         render.Builtin
}

// renderHook, when set (by a test build), is called as rendering
// starts; see crashhook.go.
var renderHook func(step string)

// runRender parses, reads and renders, and only then writes. SIGINT or
// SIGTERM before the write ends it at once, exit 1, nothing written.
func runRender(args []string, stdout, stderr io.Writer) int {
	f, code := parseRenderFlags(args, stderr)
	if f == nil {
		return code
	}
	ctx, stop := interruptible()
	defer stop()
	// The reader takes no context: it is left to finish on its own,
	// printing into a buffer nobody reads.
	var msgs bytes.Buffer
	var data []byte
	var ok bool
	done := make(chan struct{})
	go func() {
		defer close(done)
		if renderHook != nil {
			renderHook("read")
		}
		data, ok = renderData(f, &msgs)
	}()
	select {
	case <-ctx.Done():
		fmt.Fprintf(stderr, "codebook render: %v\n", output.ErrInterrupted)
		return 1
	case <-done:
	}
	stderr.Write(msgs.Bytes())
	if !ok {
		return 1
	}
	if ctx.Err() != nil {
		fmt.Fprintf(stderr, "codebook render: %v\n", output.ErrInterrupted)
		return 1
	}
	return writeRendered(f, data, stdout, stderr)
}

// renderData returns the rendered bytes, having printed every finding.
func renderData(f *renderFlags, stderr io.Writer) ([]byte, bool) {
	if f.builtin.Diff {
		data, diags, err := render.Diff(f.args[0], f.args[1], f.maxSize)
		printDiags(stderr, f.shown(diags))
		if err != nil {
			fmt.Fprintf(stderr, "codebook render: %v\n", err)
		}
		return data, err == nil && !diags.HasErrors()
	}
	t, err := render.Load(f.tmpl)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, false
	}
	s, diags, err := render.Read(f.args, f.lock, f.maxSize)
	printDiags(stderr, f.shown(diags))
	if err != nil {
		fmt.Fprintln(stderr, err)
	}
	if err != nil || diags.HasErrors() {
		return nil, false
	}
	data, err := t.Execute(render.New(s, render.Sources(f.args)))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return nil, false
	}
	return data, true
}

// shown is what -q leaves of the findings about the spec.
func (f *renderFlags) shown(diags spec.Diags) spec.Diags {
	if f.quiet {
		return diags.Errors()
	}
	return diags
}

func writeRendered(f *renderFlags, data []byte, stdout, stderr io.Writer) int {
	switch {
	case f.out == "":
		if _, err := stdout.Write(data); err != nil {
			fmt.Fprintf(stderr, "codebook render: %v\n", err)
			return 1
		}
	case f.check:
		d, err := output.CheckFile(f.out, data)
		if err != nil {
			fmt.Fprintf(stderr, "codebook render: %v\n", err)
			return 1
		}
		if d != "" {
			fmt.Fprint(stdout, d)
			fmt.Fprintf(stderr, "%s: stale\ncodebook render: %s is out of date; run codebook render without -check (or go generate ./...) and commit the result\n", f.out, f.out)
			return 1
		}
	default:
		if _, err := output.WriteFile(f.out, data); err != nil {
			fmt.Fprintf(stderr, "codebook render: %v\n", err)
			return 1
		}
	}
	return 0
}

// parseRenderFlags returns the flags, or nil and the exit status when
// the command line is bad (2) or help was asked for (0).
func parseRenderFlags(args []string, stderr io.Writer) (*renderFlags, int) {
	fs := flag.NewFlagSet("codebook render", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, renderUsage)
		for _, b := range render.Builtins {
			fmt.Fprintf(stderr, "  %-11s %s\n", b.Name, b.Summary)
		}
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
	f := &renderFlags{}
	fs.StringVar(&f.tmpl, "t", "", "built-in template `NAME` or template FILE (required)")
	fs.StringVar(&f.out, "o", "", "output `FILE` (default: stdout)")
	fs.BoolVar(&f.check, "check", false, "write nothing; print a diff and exit 1 when OUT is out of date (needs -o)")
	fs.Int64Var(&f.maxSize, "max-size", read.DefaultMaxSize, "largest spec `BYTES` to read")
	fs.BoolVar(&f.quiet, "q", false, "print no warnings about the spec, only errors (another command read it and printed them)")
	fs.StringVar(&f.lock, "lock", "", "lock `FILE` pinning Go names, only read (default: the first SPEC with extension .lock; \"none\" disables it)")
	if code, ok := parseArgs(fs, "render", args, stderr); !ok {
		return nil, code
	}
	f.args = fs.Args()
	if msg := f.complete(); msg != "" {
		return nil, usageError(stderr, "render", msg)
	}
	return f, 0
}

// complete checks the flags and fills in the defaults, returning what is
// wrong with them.
func (f *renderFlags) complete() string {
	if f.tmpl == "" {
		return "missing -t NAME|FILE"
	}
	for _, p := range f.args {
		if strings.HasPrefix(p, "-") {
			return fmt.Sprintf("flag %q after the spec files; flags go first", p)
		}
	}
	if f.check && f.out == "" {
		return "-check needs -o OUT"
	}
	if !render.IsFile(f.tmpl) {
		b, ok := render.LookupBuiltin(f.tmpl)
		if !ok {
			return fmt.Sprintf("unknown template %q (a template file's path has a / or a dot)", f.tmpl)
		}
		f.builtin = b
	}
	if f.builtin.Diff {
		if len(f.args) != 2 {
			return fmt.Sprintf("-t diff wants OLD and NEW, have %d arguments", len(f.args))
		}
		if f.lock != "" {
			return "-lock does not apply to -t diff: each side uses the lock beside it"
		}
		return ""
	}
	if len(f.args) == 0 {
		return "no SPEC file given"
	}
	switch f.lock {
	case "":
		f.lock = lock.PathFor(f.args[0])
	case noLock:
		f.lock = ""
	}
	return ""
}
