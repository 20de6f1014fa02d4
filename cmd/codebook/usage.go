package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// topUsage is the whole command line: every command with every flag, so
// that one screen answers "what can this do". Each command's help
// ("codebook help COMMAND") says what the flags mean.
const topUsage = `usage: codebook COMMAND [FLAGS] ARGS...

Commands:
	codebook spec [-json] [-strict] [-max-size BYTES] FILE...
	    print the model read from the spec documents, with every finding
	codebook generate -o DIR [-pkg NAME] [-check] [-lock FILE] [-rename-ok]
	                  [-prune] [-wait D] [-strict] [-max-size BYTES] FILE...
	    write the Go package for the spec into DIR
	codebook render -t NAME|FILE [-o OUT] [-check] [-q] [-lock FILE]
	                [-max-size BYTES] SPEC...
	    render a built-in template (reference, typescript, catalog, i18next,
	    diff) or a template file of yours with the spec model
	codebook diff [-format text|markdown|json] [-fail-on breaking|warning|never]
	              [-old-lock FILE] [-new-lock FILE] [-max-size BYTES] OLD NEW
	    report every change between two revisions of a spec, with its level
	codebook version
	    print the codebook module version and VCS revision
	codebook help [COMMAND]
	    print this, or a command's help

There are no global flags: a command's flags come after its name and
before its files. Exit status: 0 success, 1 errors in the input (or a
failed check), 2 bad usage.
`

// usage prints the top-level usage.
func usage(w io.Writer) {
	fmt.Fprint(w, topUsage)
}

// usageError reports a bad command line in one line per problem and
// points at the full help, instead of printing all of it: the problem is
// what the user needs to see. It returns the exit status for bad usage.
func usageError(w io.Writer, cmd string, problems ...string) int {
	for _, p := range problems {
		fmt.Fprintf(w, "codebook %s: %s\n", cmd, p)
	}
	fmt.Fprintf(w, "run 'codebook help %s' for usage\n", cmd)
	return 2
}

// parseArgs parses a command's flags. The flag package would print the
// whole help after a bad flag; here a bad flag is a usage error and only
// -h prints fs.Usage (the command's help). ok is false when the command
// must stop, with exit status code.
func parseArgs(fs *flag.FlagSet, cmd string, args []string, stderr io.Writer) (code int, ok bool) {
	help := fs.Usage
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.Usage = help
	fs.SetOutput(stderr)
	switch {
	case err == nil:
		return 0, true
	case errors.Is(err, flag.ErrHelp):
		help()
		return 0, false
	}
	return usageError(stderr, cmd, err.Error()), false
}

// runHelp prints the top-level usage, or a command's help on stdout (it
// was asked for, so it is output, not a diagnostic).
func runHelp(args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) == 0:
		usage(stdout)
		return 0
	case len(args) > 1:
		return usageError(stderr, "help", fmt.Sprintf("want one COMMAND, have %q", args))
	case args[0] == "version":
		fmt.Fprint(stdout, "usage: codebook version\n\nVersion prints the codebook module version (with the replace that points\nat a clone, if any) and the VCS revision the go command stamped, if any.\n")
		return 0
	case args[0] == "help":
		usage(stdout)
		return 0
	}
	cmd, ok := commands[args[0]]
	if !ok {
		return usageError(stderr, "help", fmt.Sprintf("unknown command %q; the commands are %s", args[0], commandNames()))
	}
	// A command prints its help where its diagnostics go; here that is
	// stdout.
	return cmd([]string{"-h"}, stdout, stdout)
}

func commandNames() string {
	return "spec, generate, render, diff, version and help"
}

// isHelp is how people ask for help without the help command.
func isHelp(arg string) bool {
	switch strings.TrimLeft(arg, "-") {
	case "h", "help":
		return true
	}
	return false
}
