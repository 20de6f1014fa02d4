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

// runSpec implements `codebook spec [-json] [-strict] FILE...`: it reads the
// documents and prints the model, as a listing or as JSON (see
// spec.MarshalJSON). Findings go to stderr as file:line:col: message.
func runSpec(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("codebook spec", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print the model as one JSON object")
	maxSize := fs.Int64("max-size", read.DefaultMaxSize, "largest document to read, in bytes")
	strict := fs.Bool("strict", false, "make warnings that put a meaning in doubt errors (see docs/strict.md)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: codebook spec [-json] [-max-size BYTES] [-strict] FILE...")
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
	if *strict {
		diags = diags.Strict()
	}
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
			fmt.Fprintln(w)
			// Every text of a code repeated with other words: the
			// variants are in the model, and so in the listing.
			for _, v := range m.Variants {
				fmt.Fprintf(w, "\t%-8s also", "")
				for _, t := range v.Texts {
					fmt.Fprintf(w, " %s=%q", t.Lang, t.Text)
				}
				for _, a := range v.Attrs {
					fmt.Fprintf(w, " %q=%q", a.Name, a.Value)
				}
				fmt.Fprintf(w, " %s\n", v.Pos)
			}
		}
		for _, r := range set.Ranges {
			fmt.Fprintf(w, "\trange %s [%d, %d]", r.Pattern, r.Lo, r.Hi)
			for _, l := range slices.Sorted(maps.Keys(r.Text)) {
				fmt.Fprintf(w, " %s=%q", l, r.Text[l])
			}
			fmt.Fprintln(w)
		}
	}
	writeTables(w, s.Tables)
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

// writeTables prints how many tables the pages hold, how many were
// read, and why each other one was skipped: no table leaves unseen.
func writeTables(w io.Writer, t *spec.Tables) {
	if t == nil {
		return
	}
	fmt.Fprintf(w, "tables: %d seen, %d read, %d skipped\n", t.Seen, t.Read, len(t.Skipped))
	for _, k := range t.Skipped {
		fmt.Fprintf(w, "\tskipped %s: %s\n", k.Pos, k.Reason)
	}
}
