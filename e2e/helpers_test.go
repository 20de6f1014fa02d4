package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// repoRoot is the module root: the tests run in e2e/.
func repoRoot(t testing.TB) string {
	t.Helper()
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// goEnv is the environment for go commands run in scratch modules:
// module mode with go.sum updates allowed, no workspace from the
// surroundings, and the toolchain running the tests. The caller's
// GOFLAGS stay (CI's -modcacherw, so that its temporary module cache
// can be removed).
func goEnv(extra ...string) []string {
	env := append(os.Environ(),
		"GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod -buildvcs=false"),
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	)
	return append(env, extra...)
}

// runGo runs the go command in dir and fails the test, with the output,
// when it fails.
func runGo(t testing.TB, dir string, args ...string) string {
	t.Helper()
	out, err := goCmd(dir, args...)
	if err != nil {
		t.Fatalf("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return out
}

func goCmd(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...) // go test puts its own go first in PATH
	cmd.Dir = dir
	cmd.Env = goEnv()
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	return out.String(), err
}

func writeFile(t testing.TB, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
