package e2e

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
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
	return docBlock(t, "README.md", name)
}

// docBlock is readmeBlock for another document of the repository.
func docBlock(t testing.TB, doc, name string) []string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), filepath.FromSlash(doc)))
	if err != nil {
		t.Fatal(err)
	}
	lines, err := blockAfter(data, "<!-- e2e:"+name+" -->")
	if err != nil {
		t.Fatalf("%s: %v", doc, err)
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
	if strings.HasSuffix(line, " >> go.sum") && strings.HasPrefix(line, "cat ") {
		return strings.Fields(line), nil
	}
	if strings.ContainsAny(line, "\"'`$|&;<>()\\*?") {
		return nil, fmt.Errorf("%q: the install test runs plain words only", line)
	}
	return strings.Fields(line), nil
}

// user is a user's module and the go command's environment for it.
type user struct {
	dir, bin string
	env      []string
}

// newUser makes an empty folder for a user's module that fetches
// through a fake proxy (published says whether codebook is published
// there) into a module cache of its own, and installs into a folder of
// its own.
func newUser(t testing.TB, published bool) *user {
	t.Helper()
	bin := t.TempDir()
	return &user{dir: t.TempDir(), bin: bin, env: newFakeProxy(t, published).env(t, bin)}
}

// run runs README lines in the user's module: go commands, codebook
// (the binary an earlier line installed) and "cat FILE >> go.sum", with
// $(go tool -n NAME) replaced by what it prints. Any other line fails
// the test: it would be a line the README promises and no test runs.
// It returns what the last line printed on stdout.
func (u *user) run(t testing.TB, lines ...string) string {
	t.Helper()
	var last string
	for _, line := range lines {
		stdout, err := u.runLine(t, line)
		if err != nil {
			t.Fatalf("README line %q (in %s): %v", line, u.dir, err)
		}
		last = stdout
	}
	return last
}

// fails runs one README line that must fail, returning its output.
func (u *user) fails(t testing.TB, line string) string {
	t.Helper()
	out, err := u.runLine(t, line)
	if err == nil {
		t.Fatalf("README line %q (in %s) succeeded, want a failure:\n%s", line, u.dir, out)
	}
	return err.Error()
}

// runLine runs one line; the error holds the command's output.
func (u *user) runLine(t testing.TB, line string) (string, error) {
	t.Helper()
	line = strings.ReplaceAll(line, clonePath, repoRoot(t))
	line, err := u.expandToolPaths(t, line)
	if err != nil {
		return "", err
	}
	words, err := shellWords(line)
	if err != nil || len(words) == 0 {
		return "", err
	}
	var cmd *exec.Cmd
	switch {
	case words[0] == "go":
		cmd = exec.Command("go", words[1:]...)
	case words[0] == "codebook":
		cmd = exec.Command(filepath.Join(u.bin, "codebook"), words[1:]...)
	case len(words) == 4 && words[0] == "cat" && words[2] == ">>" && words[3] == "go.sum":
		return "", appendFile(filepath.Join(u.dir, "go.sum"), words[1])
	default:
		t.Fatalf("README line %q: the install test runs go, codebook and cat FILE >> go.sum only", line)
	}
	var stdout, stderr bytes.Buffer
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = u.dir, u.env, &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return stdout.String(), fmt.Errorf("%v\n%s%s", err, stdout.Bytes(), stderr.Bytes())
	}
	return stdout.String(), nil
}

// toolPath is the one command substitution README lines may hold.
var toolPath = regexp.MustCompile(`"?\$\(go tool -n ([a-z]+)\)"?`)

func (u *user) expandToolPaths(t testing.TB, line string) (string, error) {
	var err error
	line = toolPath.ReplaceAllStringFunc(line, func(m string) string {
		name := toolPath.FindStringSubmatch(m)[1]
		var out string
		out, err = u.runLine(t, "go tool -n "+name)
		return strings.TrimSpace(out)
	})
	return line, err
}

func appendFile(dst, src string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(dst, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
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
	if w, err := shellWords("cat /c/go.sum >> go.sum"); err != nil || len(w) != 4 {
		t.Errorf("shellWords(cat) = %q, %v", w, err)
	}
	for _, bad := range []string{"cat go.sum > go.sum", "cat a >> b", "go env $X", `go run "a b"`} {
		if _, err := shellWords(bad); err == nil {
			t.Errorf("shellWords(%q): no error", bad)
		}
	}
}
