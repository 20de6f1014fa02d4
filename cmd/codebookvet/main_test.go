package main_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/gen/pipeline"
)

// app breaks each rule once, in a module with the seed's generated
// package beside it.
const app = `package app

import "example.com/scratch/opi"

func Describe(s opi.TransactionStatus) string {
	switch s {
	case opi.TransactionStatusPending:
		return "wait"
	}
	return "?"
}

func IsSignError(c opi.ErrorCode) bool { return c == 21001 }
`

// TestCommand runs the built command the three ways docs/codebookvet.md gives:
// alone, with -fix, and as go vet's tool; offline, in a scratch module
// without dependencies.
func TestCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command and runs the go command")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin", "codebookvet")
	run(t, ".", "go", "build", "-o", bin, ".")
	mod := filepath.Join(dir, "scratch")
	write(t, filepath.Join(mod, "go.mod"), "module example.com/scratch\n\ngo 1.26\n")
	write(t, filepath.Join(mod, "app", "app.go"), app)
	res, diags, err := pipeline.Run(pipeline.Options{Specs: []string{"../../spec/opi.md"}, Package: "opi"})
	if err != nil || diags.HasErrors() {
		t.Fatal(err, diags)
	}
	for _, f := range res.Files {
		write(t, filepath.Join(mod, "opi", f.Name), string(f.Data))
	}

	want := []string{
		"app.go:6:2: missing cases in switch on opi.TransactionStatus: TransactionStatusCompleted, TransactionStatusFailed",
		"app.go:6:2: switch on opi.TransactionStatus has no default case",
		"app.go:13:54: 21001 is opi.ErrorCodeSignError: use the constant",
	}
	out, code := runCode(t, mod, bin, "./...")
	if code != 3 {
		t.Errorf("codebookvet ./... exited %d, want 3 (diagnostics)\n%s", code, out)
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("codebookvet ./... does not report %q:\n%s", w, out)
		}
	}
	out, code = runCode(t, mod, "go", "vet", "-vettool="+bin, "./...")
	if code == 0 || !strings.Contains(out, want[0]) || !strings.Contains(out, want[2]) {
		t.Errorf("go vet -vettool exited %d:\n%s", code, out)
	}
	// The flags reach the tool through go vet.
	if out, code = runCode(t, mod, "go", "vet", "-vettool="+bin, "-cases=false", "-unknown=false", "-magic=false", "./..."); code != 0 {
		t.Errorf("go vet -vettool with every check off exited %d:\n%s", code, out)
	}

	if out, code = runCode(t, mod, bin, "-fix", "./..."); code != 0 && code != 3 {
		t.Fatalf("codebookvet -fix exited %d:\n%s", code, out)
	}
	run(t, mod, "go", "build", "./...")
	if out, code = runCode(t, mod, bin, "./..."); code != 0 {
		t.Errorf("after -fix, codebookvet exited %d:\n%s", code, out)
	}
	if out, code = runCode(t, mod, "go", "vet", "-vettool="+bin, "./..."); code != 0 {
		t.Errorf("after -fix, go vet -vettool exited %d:\n%s", code, out)
	}
	fixed, _ := os.ReadFile(filepath.Join(mod, "app", "app.go"))
	for _, w := range []string{"case opi.TransactionStatusFailed: // transaction failed", "return c == opi.ErrorCodeSignError"} {
		if !strings.Contains(string(fixed), w) {
			t.Errorf("fixed app.go lacks %q:\n%s", w, fixed)
		}
	}
}

// TestGoTool pins codebookvet in a module's go.mod with go get -tool,
// then runs go vet with the tool's path from go tool -n. The module
// cache serves as the proxy, offline, with a replace pointing here; it
// answers "not found" for codebook where the real proxy answers 403, so
// go get -tool works here and not for users until codebook is
// published. e2e/install_test.go follows the README's recipe (a tool
// directive with the replace) through a proxy that answers 403.
func TestGoTool(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go command")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module example.com/scratch\n\ngo 1.26\n\nreplace codebook.dev/codebook => "+root+"\n")
	write(t, filepath.Join(mod, "app", "app.go"), "package app\n\n// Status is a code set.\n//\n//codebook:set\ntype Status string\n\nconst StatusDone Status = \"DONE\"\n\nfunc Done(s Status) bool { return s == \"DONE\" }\n")
	cache, _ := runCode(t, mod, "go", "env", "GOMODCACHE")
	proxy := "GOPROXY=file://" + filepath.ToSlash(filepath.Join(strings.TrimSpace(cache), "cache", "download"))
	runEnv(t, mod, []string{proxy, "GOSUMDB=off"}, "go", "get", "-tool", "codebook.dev/codebook/cmd/codebookvet")
	path, code := runCode(t, mod, "go", "tool", "-n", "codebookvet")
	if code != 0 {
		t.Fatalf("go tool -n codebookvet exited %d:\n%s", code, path)
	}
	out, code := runCode(t, mod, "go", "vet", "-vettool="+strings.TrimSpace(path), "./...")
	if code == 0 || !strings.Contains(out, `"DONE" is StatusDone: use the constant`) {
		t.Errorf("go vet -vettool=$(go tool -n codebookvet) exited %d:\n%s", code, out)
	}
}

// env runs the go command offline, in module mode, outside any
// workspace, with the toolchain running the test.
func env() []string {
	return append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOTOOLCHAIN=local", "GOPROXY=off")
}

func runCode(t *testing.T, dir, name string, args ...string) (string, int) {
	t.Helper()
	return runCodeEnv(t, dir, nil, name, args...)
}

// runCodeEnv runs a command with extra settings in its environment and
// returns its output and exit code.
func runCodeEnv(t *testing.T, dir string, extra []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(env(), extra...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return out.String(), 0
	case errors.As(err, &exit):
		return out.String(), exit.ExitCode()
	}
	t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	return "", 0
}

func run(t *testing.T, dir, name string, args ...string) {
	t.Helper()
	runEnv(t, dir, nil, name, args...)
}

func runEnv(t *testing.T, dir string, extra []string, name string, args ...string) {
	t.Helper()
	if out, code := runCodeEnv(t, dir, extra, name, args...); code != 0 {
		t.Fatalf("%s %s exited %d:\n%s", name, strings.Join(args, " "), code, out)
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
