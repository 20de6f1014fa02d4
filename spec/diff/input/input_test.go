package input

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const statusDoc = "| transactionStatus | description |\n|---|---|\n| PENDING | pending |\n"

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadFileWithLock(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "opi.md")
	write(t, spec, statusDoc)
	write(t, filepath.Join(dir, "opi.lock"), "set transactionStatus TransactionStatus\nmember transactionStatus PENDING Waiting\n")
	other := filepath.Join(dir, "other.lock")
	write(t, other, "set transactionStatus Status\n")

	side, diags, err := Load(spec, Options{})
	if err != nil || len(diags) != 0 {
		t.Fatalf("Load: %v %v", err, diags)
	}
	if side.Name != spec || side.Lock == nil {
		t.Fatalf("side %q, lock %v", side.Name, side.Lock)
	}
	if e, ok := side.Lock.Lookup("transactionStatus", "PENDING"); !ok || e.Name != "Waiting" {
		t.Errorf("lock beside the spec not read: %+v", e)
	}
	if side, _, _ := Load(spec, Options{Lock: NoLock}); side.Lock != nil {
		t.Errorf("-lock none still read a lock")
	}
	if side, _, _ := Load(spec, Options{Lock: other}); side.Lock == nil {
		t.Errorf("explicit lock not read")
	} else if n, _ := side.Lock.SetName("transactionStatus"); n != "Status" {
		t.Errorf("explicit lock: set name %q", n)
	}
	if _, _, err := Load(spec, Options{Lock: filepath.Join(dir, "absent.lock")}); err == nil {
		t.Errorf("a missing explicit lock is not an error")
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	if _, _, err := Load(filepath.Join(dir, "nope.md"), Options{}); err == nil || !strings.Contains(err.Error(), "no such file or folder") {
		t.Errorf("missing: %v", err)
	}
	if _, _, err := Load(dir, Options{}); err == nil || !strings.Contains(err.Error(), "no *.md files") {
		t.Errorf("empty folder: %v", err)
	}
	bad := filepath.Join(dir, "bad.md")
	write(t, bad, statusDoc)
	write(t, filepath.Join(dir, "bad.lock"), "set x\n")
	if _, diags, err := Load(bad, Options{}); err != nil || !diags.HasErrors() || !strings.HasPrefix(diags[0].String(), filepath.Join(dir, "bad.lock")+":1:1:") {
		t.Errorf("bad lock: %v %v", err, diags)
	}
}

func TestWindowsDrive(t *testing.T) {
	for arg, want := range map[string]bool{`C:\spec\opi.md`: true, "d:/x.md": true, "HEAD:spec/opi.md": false, "v1:x": false, ":x": false} {
		if got := isWindowsDrive(arg); got != want {
			t.Errorf("isWindowsDrive(%q) = %v", arg, got)
		}
	}
	if got := joinPath("./spec/", "a.md"); got != "./spec/a.md" {
		t.Errorf("joinPath kept no ./: %q", got)
	}
	if got := joinPath("", "a.md"); got != "a.md" {
		t.Errorf("joinPath root: %q", got)
	}
}

// A revision that starts with "--" is a revision, never a git option:
// a branch really named --x is read, and --output=... reaches git only as
// an object name it cannot find.
func TestGitRevisionLooksLikeOption(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
			"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@t")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	write(t, filepath.Join(dir, "opi.md"), statusDoc)
	write(t, filepath.Join(dir, "opi.lock"), "set transactionStatus Status\n")
	git("add", ".")
	git("commit", "-q", "-m", "v1")
	git("update-ref", "refs/heads/--x", "HEAD")

	side, diags, err := Load("--x:opi.md", Options{Dir: dir})
	if err != nil || diags.HasErrors() {
		t.Fatalf("Load(--x:opi.md): %v %v", err, diags)
	}
	if side.Lock == nil {
		t.Error("the lock at revision --x was not read")
	}
	if _, _, err := Load("--x:", Options{Dir: dir}); err != nil {
		t.Errorf("Load(--x:) (a folder, through ls-tree): %v", err)
	}
	out := filepath.Join(dir, "written")
	_, _, err = Load("--output="+out+":opi.md", Options{Dir: dir})
	if err == nil || strings.Contains(err.Error(), "unknown option") || strings.Contains(err.Error(), "usage:") {
		t.Errorf("--output=...: git read the revision as an option: %v", err)
	}
	if _, serr := os.Stat(out); serr == nil {
		t.Errorf("git wrote %s", out)
	}
	// A blob over MaxSize is refused before git hands it over, as a file
	// on disk is.
	_, _, err = Load("--x:opi.md", Options{Dir: dir, MaxSize: 10})
	if err == nil || !strings.Contains(err.Error(), "larger than the limit of 10 bytes") {
		t.Errorf("Load(--x:opi.md) with MaxSize 10: %v, want the size error", err)
	}
	if _, _, err = Load(filepath.Join(dir, "opi.md"), Options{MaxSize: 10}); err == nil {
		t.Error("Load of a file over MaxSize: no error")
	}
}
