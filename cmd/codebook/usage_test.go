package main

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
	"testing"
)

func runArgs(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

// TestUsageErrorIsShort: a bad command line prints the problem and
// where the help is, never the help itself.
func TestUsageErrorIsShort(t *testing.T) {
	for _, args := range [][]string{
		{"spec"},
		{"spec", "-bogus", "x.md"},
		{"generate", "-bogus"},
		{"generate", "spec.md"},
		{"render", "-t"},
		{"render", "-t", "reference"},
		{"diff", "a.md"},
		{"diff", "-format", "yaml", "a.md", "b.md"},
		{"version", "extra"},
		{"help", "frob"},
	} {
		code, stdout, stderr := runArgs(args...)
		lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
		want := "run 'codebook help " + args[0] + "' for usage"
		if code != 2 || stdout != "" || len(lines) != 2 || lines[1] != want || !strings.HasPrefix(lines[0], "codebook "+args[0]+": ") {
			t.Errorf("%q: exit %d, stdout %q, stderr:\n%s\nwant exit 2, one line naming the problem, then %q", args, code, stdout, stderr, want)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	code, stdout, stderr := runArgs("frob")
	if want := "codebook: unknown command \"frob\"\nrun 'codebook help' for usage\n"; code != 2 || stdout != "" || stderr != want {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, stdout, stderr, want)
	}
}

// TestHelp: the help asked for goes to stdout, with status 0.
func TestHelp(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"help"}, topUsage},
		{[]string{"-h"}, topUsage},
		{[]string{"--help"}, topUsage},
		{[]string{"help", "help"}, topUsage},
		{[]string{"help", "generate"}, "usage: codebook generate -o DIR"},
		{[]string{"help", "render"}, "Built-in templates:"},
		{[]string{"help", "diff"}, "usage: codebook diff"},
		{[]string{"help", "spec"}, "usage: codebook spec"},
		{[]string{"help", "version"}, "usage: codebook version"},
	} {
		code, stdout, stderr := runArgs(tt.args...)
		if code != 0 || stderr != "" || !strings.Contains(stdout, tt.want) {
			t.Errorf("%q: exit %d, stderr %q, stdout:\n%s\nwant 0 and %q", tt.args, code, stderr, stdout, tt.want)
		}
	}
	if code, stdout, stderr := runArgs(); code != 2 || stdout != "" || stderr != topUsage {
		t.Errorf("no arguments: exit %d, stdout %q, stderr %q; want 2 and the usage on stderr", code, stdout, stderr)
	}
}

// flagLine is how the flag package lists a flag in a command's help.
var flagLine = regexp.MustCompile(`(?m)^  -([a-z-]+)`)

// TestTopUsageIsComplete: the top-level usage names every command and,
// beside each, every flag its help lists, so a flag added to a command
// cannot be missing from the one screen a user reads first.
func TestTopUsageIsComplete(t *testing.T) {
	var names []string
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		entry := usageEntry(topUsage, name)
		if entry == "" {
			t.Errorf("the usage has no line for %q:\n%s", name, topUsage)
			continue
		}
		_, help, _ := runArgs("help", name)
		for _, m := range flagLine.FindAllStringSubmatch(help, -1) {
			if !regexp.MustCompile(`\[?-` + regexp.QuoteMeta(m[1]) + `[] ]`).MatchString(entry + " ") {
				t.Errorf("the usage of %s lacks -%s:\n%s", name, m[1], entry)
			}
		}
	}
	for _, name := range names {
		if !strings.Contains(commandNames(), name) {
			t.Errorf("commandNames() = %q lacks %q", commandNames(), name)
		}
	}
}

// usageEntry is the lines of the usage that show a command's line: from
// "codebook NAME" to the line that says what it does (indented further,
// lower case), or "" when there is none.
func usageEntry(usage, name string) string {
	_, rest, ok := strings.Cut(usage, "\tcodebook "+name)
	if !ok {
		return ""
	}
	if end := describes.FindStringIndex(rest); end != nil {
		rest = rest[:end[0]]
	}
	return "codebook " + name + rest
}

var describes = regexp.MustCompile(`\n\t    [a-z]`)
