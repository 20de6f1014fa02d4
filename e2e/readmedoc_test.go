package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readmeMaxLines keeps the README a page that starts where a user
// starts; the rest belongs in docs/.
const readmeMaxLines = 250

// testedBlocks are the README's code blocks and the tests that run
// them.
var testedBlocks = map[string]string{
	"example-table": "TestReadmeExample",
	"example-go":    "TestReadmeExample",
	"tool":          "TestInstallTool",
	"gosum":         "TestInstallTool",
	"tool-generate": "TestInstallTool",
	"generate":      "TestInstallTool",
	"api":           "TestInstallTool",
	"ci":            "TestInstallTool",
	"diff":          "TestInstallTool",
	"vet":           "TestInstallTool",
	"dev":           "TestReadmeDevCommands",
}

var fenceMarker = regexp.MustCompile(`<!-- e2e:([a-z-]+) -->\n\n?` + "```")

// TestReadmeShape: the README is short, and every code block in it is
// one a test runs.
func TestReadmeShape(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte("\n")); n > readmeMaxLines {
		t.Errorf("README.md has %d lines, want at most %d: move detail to docs/", n, readmeMaxLines)
	}
	fences := strings.Count(string(data), "\n```") / 2
	marked := fenceMarker.FindAllStringSubmatch(string(data), -1)
	if len(marked) != fences {
		t.Errorf("README.md has %d code blocks and %d of them follow an <!-- e2e:NAME --> line; every block must be run by a test", fences, len(marked))
	}
	for _, m := range marked {
		if testedBlocks[m[1]] == "" {
			t.Errorf("README.md: no test runs the block e2e:%s (add it to testedBlocks with the test that runs it)", m[1])
		}
	}
	// The docs the README and install.md share stay the same.
	for _, name := range []string{"tool", "gosum"} {
		if a, b := readmeBlock(t, name), docBlock(t, "docs/install.md", name); !slices.Equal(a, b) {
			t.Errorf("block e2e:%s differs between README.md and docs/install.md:\n%q\n%q", name, a, b)
		}
	}
}

// TestReadmeDevCommands: the commands for working on codebook are the
// ones CI runs.
func TestReadmeDevCommands(t *testing.T) {
	ci, err := os.ReadFile(filepath.Join(repoRoot(t), ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	dev := readmeBlock(t, "dev")
	if !slices.Equal(dev, []string{"go generate ./...", "go test ./..."}) {
		t.Errorf("README.md's e2e:dev block is %q, want go generate ./... and go test ./...", dev)
	}
	for _, line := range dev {
		if !regexp.MustCompile(`(?m)^` + regexp.QuoteMeta(line) + `$`).Match(ci) {
			t.Errorf(".ci/run does not run %q, which README.md shows", line)
		}
	}
}

// TestReadmeExample generates the README's example table and finds each
// line of the Go the README says it becomes.
func TestReadmeExample(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	dir := t.TempDir()
	spec := filepath.Join(dir, "provider.md")
	writeFile(t, spec, strings.Join(readmeBlock(t, "example-table"), "\n")+"\n")
	out := filepath.Join(dir, "provider")
	cmd := exec.Command("go", "run", "./cmd/codebook", "generate", "-o", out, spec)
	cmd.Dir = repoRoot(t)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("codebook generate: %v\n%s", err, b)
	}
	files, _ := filepath.Glob(filepath.Join(out, "*.go"))
	var code strings.Builder
	for _, f := range files {
		b, _ := os.ReadFile(f)
		code.Write(b)
	}
	generated := squeeze(code.String())
	for _, line := range readmeBlock(t, "example-go") {
		l := squeeze(line)
		switch {
		case l == "" || l == "const (" || l == ")":
			continue
		case strings.HasPrefix(l, "func "):
			l += " {"
		}
		if !strings.Contains(generated, "\n"+l+"\n") {
			t.Errorf("README.md's example Go has %q; the generated code does not", line)
		}
	}
}

// squeeze makes gofmt's alignment irrelevant: runs of blanks become one
// space and lines are trimmed.
func squeeze(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}
