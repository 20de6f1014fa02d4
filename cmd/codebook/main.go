// Command codebook turns the error-code and status tables that API
// providers publish as markdown into a Go package.
//
// Usage:
//
//	codebook spec [-json] FILE...
//	codebook generate -o DIR [-pkg NAME] [-check] FILE...
//	codebook diff [-format text|markdown|json] [-fail-on breaking|warning|never] OLD NEW
//
// Exit status: 0 on success, 1 when the input has errors (or, for diff
// and generate -check, when the check fails), 2 on bad usage.
package main

import (
	"fmt"
	"io"
	"os"
)

// commands maps each subcommand to its runner; each lives in its own file.
var commands = map[string]func(args []string, stdout, stderr io.Writer) int{
	"spec":     runSpec,
	"generate": runGenerate,
	"diff":     runDiff,
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	cmd, ok := commands[args[0]]
	if !ok {
		if args[0] == "help" || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
			usage(stdout)
			return 0
		}
		fmt.Fprintf(stderr, "codebook: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	return cmd(args[1:], stdout, stderr)
}

func usage(w io.Writer) {
	fmt.Fprint(w, `usage:
	codebook spec [-json] FILE...
	codebook generate -o DIR [-pkg NAME] [-check] FILE...
	codebook diff [-format text|markdown|json] [-fail-on breaking|warning|never] OLD NEW
`)
}
