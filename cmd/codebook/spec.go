package main

import (
	"flag"
	"fmt"
	"io"
	"maps"
	"slices"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/read"
)

// runSpec implements `codebook spec [-json] FILE...`: it reads the
// documents and prints the model, as a listing or as JSON (see
// spec.MarshalJSON). Findings go to stderr as file:line:col: message.
func runSpec(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("codebook spec", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the model as one JSON object")
	maxSize := fs.Int64("max-size", read.DefaultMaxSize, "largest document to read, in bytes")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: codebook spec [-json] [-max-size BYTES] FILE...")
		fs.PrintDefaults()
	}
	if code, ok := parseArgs(fs, "spec", args, stderr); !ok {
		return code
	}
	if fs.NArg() == 0 {
		return usageError(stderr, "spec", "no FILE given")
	}
	s, diags := read.FilesMax(*maxSize, fs.Args()...)
	// The names printed are the ones generate would start from: derived
	// and made unique, without a lock.
	diags = append(diags, goname.Resolve(s, nil)...).Sort()
	for _, d := range diags {
		fmt.Fprintln(stderr, d)
	}
	// The model is printed even with errors: what was read, and where
	// the reader stopped believing the page, is what the user needs to
	// fix it.
	status := 0
	if diags.HasErrors() {
		status = 1
	}
	if *asJSON {
		b, err := spec.MarshalJSON(s, diags)
		if err != nil {
			fmt.Fprintf(stderr, "codebook spec: %v\n", err)
			return 1
		}
		stdout.Write(b)
		return status
	}
	writeListing(stdout, s)
	return status
}

// writeListing prints the model for people: one block per set, one line
// per member, then the payloads.
func writeListing(w io.Writer, s *spec.Spec) {
	for _, set := range s.Sets {
		fmt.Fprintf(w, "set %s (key %s, %s", set.Name, set.Key, set.Kind)
		if set.Errors {
			fmt.Fprint(w, ", errors")
		}
		fmt.Fprintf(w, ") %s\n", set.Pos)
		if set.Doc != "" {
			fmt.Fprintf(w, "\t// %s\n", set.Doc)
		}
		for _, m := range set.Members {
			fmt.Fprintf(w, "\t%-8s %s", m.Value, m.GoName)
			if m.Symbol != "" {
				fmt.Fprintf(w, " [%s]", m.Symbol)
			}
			if m.Success {
				fmt.Fprint(w, " (success)")
			}
			for _, t := range m.Texts {
				fmt.Fprintf(w, " %s=%q", t.Lang, t.Text)
			}
			for _, a := range m.Attrs {
				fmt.Fprintf(w, " %q=%q", a.Name, a.Value)
			}
			if m.Parent != "" {
				fmt.Fprintf(w, " parent=%s", m.Parent)
			}
			if len(m.Variants) > 0 {
				fmt.Fprintf(w, " (+%d variants)", len(m.Variants))
			}
			fmt.Fprintln(w)
		}
		for _, r := range set.Ranges {
			fmt.Fprintf(w, "\trange %s [%d, %d]", r.Pattern, r.Lo, r.Hi)
			for _, l := range slices.Sorted(maps.Keys(r.Text)) {
				fmt.Fprintf(w, " %s=%q", l, r.Text[l])
			}
			fmt.Fprintln(w)
		}
	}
	for _, p := range s.Payloads {
		fmt.Fprintf(w, "payload %s %s\n", p.Name, p.Pos)
		for _, f := range p.Fields {
			fmt.Fprintf(w, "\t%-20s %-8s %s", f.Name, f.Type, f.Example)
			if f.Set != "" {
				fmt.Fprintf(w, " → %s", f.Set)
			}
			fmt.Fprintln(w)
		}
	}
}
