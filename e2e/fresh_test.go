package e2e

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestGeneratedUpToDate fails when generated/ differs from what the
// //go:generate lines in generate.go at the repository root produce. It
// runs those very lines with -check added, so the test and go generate
// cannot drift apart.
func TestGeneratedUpToDate(t *testing.T) {
	root := repoRoot(t)
	lines, err := generateLines(filepath.Join(root, "generate.go"))
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) == 0 {
		t.Fatal("generate.go has no //go:generate line")
	}
	var outs []string
	for _, args := range lines {
		args, err := checkArgs(args)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("go", args...)
		cmd.Dir = root
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("generated code is stale; run `go generate ./...` at the repository root and commit the result.\n$ go %s\n%s(%v)",
				strings.Join(args, " "), out, err)
		}
		outs = append(outs, string(out))
	}
	if d := repeatedWarnings(outs); len(d) > 0 {
		t.Errorf("go generate ./... prints these warnings more than once (give a later line that reads the same spec -q):\n%s", strings.Join(d, "\n"))
	}
}

// repeatedWarnings returns the warning lines that more than one
// command's output holds, or one output holds twice.
func repeatedWarnings(outs []string) []string {
	seen := map[string]int{}
	var twice []string
	for _, out := range outs {
		for _, l := range strings.Split(out, "\n") {
			if !strings.Contains(l, ": warning: ") {
				continue
			}
			if seen[l]++; seen[l] == 2 {
				twice = append(twice, l)
			}
		}
	}
	return twice
}

// checkArgs turns `go run ./cmd/codebook generate|render ARGS` into the
// same command with -check, refusing any other command: the test must
// run exactly what go generate runs.
func checkArgs(words []string) ([]string, error) {
	prefix := []string{"go", "run", "./cmd/codebook"}
	n := len(prefix) + 1
	if len(words) < n || strings.Join(words[:len(prefix)], " ") != strings.Join(prefix, " ") ||
		words[len(prefix)] != "generate" && words[len(prefix)] != "render" {
		return nil, fmt.Errorf("generate.go: //go:generate %s: want \"go run ./cmd/codebook generate|render ARGS\"", strings.Join(words, " "))
	}
	args := append([]string{"run", "./cmd/codebook", words[len(prefix)], "-check"}, words[n:]...)
	return args, nil
}

// generateLines returns the words of each //go:generate line of a Go
// file, split as go generate splits them: at spaces, with double-quoted
// Go strings as single words. $-expansions are not supported.
func generateLines(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		rest, ok := strings.CutPrefix(sc.Text(), "//go:generate ")
		if !ok {
			continue
		}
		words, err := splitWords(rest)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		out = append(out, words)
	}
	return out, sc.Err()
}

func splitWords(line string) ([]string, error) {
	var words []string
	for {
		line = strings.TrimLeft(line, " \t")
		if line == "" {
			return words, nil
		}
		if strings.Contains(line, "$") {
			return nil, fmt.Errorf("$ expansion in %q is not supported here", line)
		}
		if line[0] == '"' {
			q, err := strconv.QuotedPrefix(line)
			if err != nil {
				return nil, fmt.Errorf("bad quoted word in %q", line)
			}
			w, _ := strconv.Unquote(q)
			words = append(words, w)
			line = line[len(q):]
			continue
		}
		end := strings.IndexAny(line, " \t")
		if end < 0 {
			end = len(line)
		}
		words = append(words, line[:end])
		line = line[end:]
	}
}

func TestRepeatedWarnings(t *testing.T) {
	w := "spec/a.md:3:1: warning: x"
	if got := repeatedWarnings([]string{w + "\nok\n", "spec/a.md:4:1: warning: x\n"}); len(got) != 0 {
		t.Errorf("distinct warnings reported: %q", got)
	}
	if got := repeatedWarnings([]string{w + "\n", "built\n" + w + "\n", w}); len(got) != 1 || got[0] != w {
		t.Errorf("repeatedWarnings = %q, want [%q]", got, w)
	}
}

func TestSplitWords(t *testing.T) {
	got, err := splitWords(`go run ./cmd/codebook  generate -o "a b" -pkg x	spec/opi.md`)
	want := []string{"go", "run", "./cmd/codebook", "generate", "-o", "a b", "-pkg", "x", "spec/opi.md"}
	if err != nil || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("splitWords = %q, %v", got, err)
	}
	if _, err := splitWords(`go run x $GOFILE`); err == nil {
		t.Error("$ expansion accepted")
	}
	if _, err := checkArgs([]string{"stringer", "-type", "X"}); err == nil {
		t.Error("checkArgs accepted another command")
	}
	if _, err := checkArgs([]string{"go", "run", "./cmd/codebook", "diff", "a", "b"}); err == nil {
		t.Error("checkArgs accepted codebook diff, which has no -check")
	}
	got, err = checkArgs([]string{"go", "run", "./cmd/codebook", "render", "-t", "typescript", "-o", "x.ts", "s.md"})
	if want := "run ./cmd/codebook render -check -t typescript -o x.ts s.md"; err != nil || strings.Join(got, " ") != want {
		t.Errorf("checkArgs(render) = %q, %v; want %q", got, err, want)
	}
}
