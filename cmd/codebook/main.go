// Command codebook turns the error-code and status tables that API
// providers publish as markdown (English and Chinese, pasted, glued
// together, repeated) into a Go package that services import, and
// compares two revisions of such a document.
//
// Usage:
//
//	codebook spec [-json] [-max-size BYTES] FILE...
//	codebook generate -o DIR [-pkg NAME] [-check] [-lock FILE] [-rename-ok]
//	                  [-prune] [-wait D] [-max-size BYTES] FILE...
//	codebook diff [-format text|markdown|json] [-fail-on breaking|warning|never]
//	              [-old-lock FILE] [-new-lock FILE] [-max-size BYTES] OLD NEW
//	codebook render -t NAME|FILE [-o OUT] [-check] [-q] [-lock FILE]
//	                [-max-size BYTES] SPEC...
//	codebook version
//	codebook help [COMMAND]
//
// Spec reads the documents as one spec and prints the model it found (with
// -json, one JSON object whose schema docs/reading.md documents).
//
// Generate writes the Go package for the spec into DIR: one type per code
// set with constants, String, Parse, Values, IsKnown, Message, JSON and
// text encoding, error types, exhaustive visitors and payload structs. It
// keeps a lock file beside the first spec (spec.md → spec.lock; -lock
// names another, -lock none turns it off) so that Go names stay stable
// when the provider rewords a message. DIR and the lock are replaced as
// one update: a kill -9 before its commit point changes nothing, one
// after it leaves a marker file that keeps the package from building
// until the next run finishes the update; runs on one DIR take turns
// (-wait bounds the wait). Files another spec generated into
// DIR are left alone, an error, unless -prune is given. With -check it
// writes nothing and exits 1 when DIR or the lock differ from what the
// spec gives.
//
// Diff compares two revisions, each a file, a folder of *.md files or a
// git revision REV:path, and reports every change with a level (ERROR
// breaks importers or the wire, WARNING breaks exhaustive handling, INFO
// is text); it exits 1 when a change at or above -fail-on is found.
//
// Render renders a template with the spec model: a built-in (reference, a
// bilingual markdown page; typescript, a module with the codes, union
// types, messages and payload interfaces; catalog, JSON message catalogs
// per language for i18next; diff, the markdown report of two specs) or a
// text/template file of the user's. Template errors are reported at the
// template's file:line. With -check it writes nothing and exits 1 when
// OUT differs from what it would write.
//
// Version prints the module version and VCS revision codebook was built
// from. Help prints the usage, or a command's help.
//
// Every finding about a document is printed as file:line:col: message
// (columns count bytes); warnings read file:line:col: warning: message.
//
// Exit status: 0 on success, 1 when the input has errors (or, for diff and
// generate -check, when the check fails), 2 on bad usage. A bad command
// line prints the problem and where the help is, not the help itself.
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
	"render":   runRender,
	"version":  runVersion,
}

func main() {
	delayFirstGC()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	if isHelp(args[0]) {
		return runHelp(args[1:], stdout, stderr)
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "codebook: unknown command %q\nrun 'codebook help' for usage\n", args[0])
		return 2
	}
	return cmd(args[1:], stdout, stderr)
}
