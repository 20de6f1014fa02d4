package e2e

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// clonePath is how README.md names the user's clone of codebook; the
// install tests put the repository root in its place.
const clonePath = "/path/to/codebook"

// readmeBlock returns the lines of the fenced code block that follows
// the line <!-- e2e:NAME --> in README.md, so a test runs what the
// README says and the two cannot drift apart.
func readmeBlock(t testing.TB, name string) []string {
	t.Helper()
	path := filepath.Join(repoRoot(t), "README.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines, err := blockAfter(data, "<!-- e2e:"+name+" -->")
	if err != nil {
		t.Fatalf("README.md: %v", err)
	}
	return lines
}

// blockAfter finds the marker line and returns the lines of the first
// fenced block after it (blank lines allowed in between, nothing else).
func blockAfter(doc []byte, marker string) ([]string, error) {
	sc := bufio.NewScanner(bytes.NewReader(doc))
	state := 0 // 0 looking for the marker, 1 for the fence, 2 inside
	var lines []string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case state == 0 && strings.TrimSpace(line) == marker:
			state = 1
		case state == 1 && strings.HasPrefix(line, "```"):
			state = 2
		case state == 1 && strings.TrimSpace(line) != "":
			return nil, fmt.Errorf("%s is followed by %q, not a code block", marker, line)
		case state == 2 && strings.HasPrefix(line, "```"):
			return lines, nil
		case state == 2:
			lines = append(lines, line)
		}
	}
	if state == 0 {
		return nil, fmt.Errorf("no line %s", marker)
	}
	return nil, fmt.Errorf("the code block after %s does not end", marker)
}

// shellWords splits one README shell line into words: no quoting, no
// variables, no pipes or redirections (the test would not run them as
// a shell does), and a # starts a comment.
func shellWords(line string) ([]string, error) {
	if i := strings.Index(line, " #"); i >= 0 {
		line = line[:i]
	}
	if strings.HasPrefix(strings.TrimSpace(line), "#") {
		return nil, nil
	}
	if strings.ContainsAny(line, "\"'`$|&;<>()\\*?") {
		return nil, fmt.Errorf("%q: the install test runs plain words only", line)
	}
	return strings.Fields(line), nil
}

// installEnv is the environment of the README lines: the go command
// reaches no network (the module cache that built this repository
// serves as the proxy, so the checksum database is never asked and a
// module missing from go.sum fails), no workspace, the toolchain running
// the tests, and binaries installed into bin.
func installEnv(t testing.TB, bin string) []string {
	t.Helper()
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		t.Fatalf("go env GOMODCACHE: %v", err)
	}
	cache := filepath.Join(strings.TrimSpace(string(out)), "cache", "download")
	return append(os.Environ(),
		"GOPROXY=file://"+pathToURL(cache),
		"GOWORK=off",
		"GOTOOLCHAIN=local",
		"GOBIN="+bin,
		"GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -buildvcs=false"),
	)
}

// runReadme runs README lines in dir: go commands, and codebook (the
// binary an earlier line installed into bin). Any other command fails
// the test: it would be a line the README promises and no test runs.
// It returns what the last line printed on stdout.
func runReadme(t testing.TB, dir, bin string, lines []string) string {
	t.Helper()
	env := installEnv(t, bin)
	root := repoRoot(t)
	var last string
	for _, line := range lines {
		words, err := shellWords(strings.ReplaceAll(line, clonePath, root))
		if err != nil {
			t.Fatal(err)
		}
		if len(words) == 0 {
			continue
		}
		var cmd *exec.Cmd
		switch words[0] {
		case "go":
			cmd = exec.Command("go", words[1:]...)
		case "codebook":
			cmd = exec.Command(filepath.Join(bin, "codebook"), words[1:]...)
		default:
			t.Fatalf("README line %q: the install test runs go and codebook only", line)
		}
		var stdout, stderr bytes.Buffer
		cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = dir, env, &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("README line %q (in %s): %v\n%s%s", line, dir, err, stdout.Bytes(), stderr.Bytes())
		}
		last = stdout.String()
	}
	return last
}

// pathToURL turns an absolute path into the path part of a file URL.
func pathToURL(p string) string {
	p = filepath.ToSlash(p)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x → /C:/x
	}
	return p
}

func TestBlockAfter(t *testing.T) {
	doc := []byte("x\n<!-- e2e:a -->\n\n```sh\ngo version\n\ngo env\n```\n<!-- e2e:b -->\ntext\n```sh\n```\n<!-- e2e:c -->\n```sh\ngo\n")
	got, err := blockAfter(doc, "<!-- e2e:a -->")
	if err != nil || strings.Join(got, "|") != "go version||go env" {
		t.Errorf("a: %q, %v", got, err)
	}
	for _, m := range []string{"<!-- e2e:b -->", "<!-- e2e:c -->", "<!-- e2e:d -->"} {
		if _, err := blockAfter(doc, m); err == nil {
			t.Errorf("%s: no error", m)
		}
	}
	if w, err := shellWords("go mod tidy   # comment"); err != nil || strings.Join(w, "|") != "go|mod|tidy" {
		t.Errorf("shellWords = %q, %v", w, err)
	}
	for _, bad := range []string{"cat go.sum >> go.sum", "go env $X", `go run "a b"`} {
		if _, err := shellWords(bad); err == nil {
			t.Errorf("shellWords(%q): no error", bad)
		}
	}
}
