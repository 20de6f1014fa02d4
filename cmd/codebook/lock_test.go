package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// lockedWorkdir returns a workdir whose out/ and spec/opi.lock were
// generated from the seed, and the lock's path.
func lockedWorkdir(t *testing.T) (dir, lockPath string) {
	t.Helper()
	dir = genWorkdir(t)
	if code, _, stderr := genRun(t, dir, "-o", "out", "spec/opi.md"); code != 0 {
		t.Fatalf("first run: exit %d\n%s", code, stderr)
	}
	return dir, filepath.Join(dir, "spec", "opi.lock")
}

// lineOf returns the 1-based line of the lock that holds s.
func lineOf(t *testing.T, text, s string) int {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in the lock", s)
	}
	return strings.Count(text[:i], "\n") + 1
}

// TestLockSwapIsRefused is the first case: two names swapped by
// hand in the lock would re-point both constants. The run fails, names
// each constant with its old and new value at the lock line that gives
// the name, and writes nothing; -rename-ok re-points on purpose.
func TestLockSwapIsRefused(t *testing.T) {
	dir, lockPath := lockedWorkdir(t)
	text := edit(t, genRead(t, lockPath),
		"member code 21001 SignError\n", "member code 21001 PARAMSWAP\n",
		"member code 21002 ParamError\n", "member code 21002 SignError\n",
		"member code 21001 PARAMSWAP\n", "member code 21001 ParamError\n")
	genWrite(t, lockPath, text)
	before := outputText(t, dir)
	code, _, stderr := genRun(t, dir, "-o", "out", "spec/opi.md")
	signLine, paramLine := lineOf(t, text, "member code 21002 SignError"), lineOf(t, text, "member code 21001 ParamError")
	for _, want := range []string{
		"spec/opi.lock:" + strconv.Itoa(signLine) + ":19: constant ErrorCodeSignError would change value from 21001 to 21002",
		"spec/opi.lock:" + strconv.Itoa(paramLine) + ":19: constant ErrorCodeParamError would change value from 21002 to 21001",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q\n%s", want, stderr)
		}
	}
	if code != 1 || outputText(t, dir) != before || genRead(t, lockPath) != text {
		t.Errorf("exit %d; a refused run changed files", code)
	}
	if code, _, stderr := genRun(t, dir, "-o", "out", "-rename-ok", "spec/opi.md"); code != 0 {
		t.Fatalf("-rename-ok: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(outputText(t, dir), "ErrorCodeSignError ErrorCode = 21002") {
		t.Error("-rename-ok did not re-point")
	}
}

// TestLockOnlyRenameIsAllowed: a hand edit that only renames (the old
// name is not given to another code) is a deliberate rename, as before.
func TestLockOnlyRenameIsAllowed(t *testing.T) {
	dir, lockPath := lockedWorkdir(t)
	genWrite(t, lockPath, edit(t, genRead(t, lockPath), "member code 21001 SignError\n", "member code 21001 BadSignature\n"))
	if code, _, stderr := genRun(t, dir, "-o", "out", "spec/opi.md"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if src := outputText(t, dir); !strings.Contains(src, "ErrorCodeBadSignature ErrorCode = 21001") || strings.Contains(src, "ErrorCodeSignError") {
		t.Error("the rename was not made")
	}
}

// TestLockFromAnotherSpec is the second case: a lock copied from
// another spec is refused at its spec line; without spec lines (an old
// lock) it is still refused, because it renames the type.
func TestLockFromAnotherSpec(t *testing.T) {
	annotated, err := os.ReadFile("../../spec/opi.annotated.md")
	if err != nil {
		t.Fatal(err)
	}
	dir, lockPath := lockedWorkdir(t)
	other := filepath.Join(dir, "other")
	genWrite(t, filepath.Join(other, "api.md"), string(annotated))
	if code, _, stderr := genRun(t, dir, "-o", "other/out", "other/api.md"); code != 0 {
		t.Fatalf("other spec: exit %d\n%s", code, stderr)
	}
	foreign := genRead(t, filepath.Join(other, "api.lock"))
	before := outputText(t, dir)
	genWrite(t, lockPath, foreign)
	code, _, stderr := genRun(t, dir, "-o", "out", "spec/opi.md")
	if code != 1 || !strings.Contains(stderr, `spec/opi.lock:10:6: lock belongs to "api.md", not to "opi.md"`) {
		t.Errorf("foreign lock: exit %d\n%s", code, stderr)
	}
	var rout, rerr bytes.Buffer
	if code := run([]string{"render", "-t", "reference", "spec/opi.md"}, &rout, &rerr); code != 1 || !strings.Contains(rerr.String(), "lock belongs to") {
		t.Errorf("render with a foreign lock: exit %d\n%s", code, rerr.String())
	}
	if outputText(t, dir) != before || genRead(t, lockPath) != foreign {
		t.Error("a refused run changed files")
	}
	legacy := regexp.MustCompile(`(?m)^spec .*\n`).ReplaceAllString(foreign, "")
	genWrite(t, lockPath, legacy)
	code, _, stderr = genRun(t, dir, "-o", "out", "spec/opi.md")
	if code != 1 || !regexp.MustCompile(`spec/opi.lock:\d+:\d+: the lock renames type ErrorCode to Code`).MatchString(stderr) {
		t.Errorf("foreign lock without spec lines: exit %d\n%s", code, stderr)
	}
	if outputText(t, dir) != before {
		t.Error("a refused run changed files")
	}
}

// TestLegacyLockIsUpgraded: a lock from before spec lines is read (with
// a note) and rewritten with them; its removed codes stay dropped.
func TestLegacyLockIsUpgraded(t *testing.T) {
	dir, lockPath := lockedWorkdir(t)
	text := genRead(t, lockPath)
	legacy := regexp.MustCompile(`(?m)^spec .*\n`).ReplaceAllString(text, "") + "removed code 29999 LongGone\n"
	genWrite(t, lockPath, legacy)
	code, _, stderr := genRun(t, dir, "-o", "out", "spec/opi.md")
	if code != 0 || !strings.Contains(stderr, "spec/opi.lock:1:1: warning: lock file records no spec") {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	got := genRead(t, lockPath)
	if !strings.Contains(got, "\nspec opi.md sha256:") || !strings.Contains(got, "\nreserved code 29999 LongGone\n") {
		t.Errorf("lock not upgraded:\n%s", got)
	}
	if strings.Contains(outputText(t, dir), "LongGone") {
		t.Error("a code removed before the upgrade came back as a constant")
	}
	if code, _, stderr := genRun(t, dir, "-o", "out", "-check", "spec/opi.md"); code != 0 {
		t.Errorf("-check after the upgrade: exit %d\n%s", code, stderr)
	}
}

// TestLockPathIsGeneratedFile: -lock naming a file the run writes is
// refused, on a new folder and on an existing one.
func TestLockPathIsGeneratedFile(t *testing.T) {
	dir := genWorkdir(t)
	code, _, stderr := genRun(t, dir, "-o", "out/opi", "-lock", "out/opi/opi.go", "spec/opi.md")
	if code != 1 || !strings.Contains(stderr, "out/opi/opi.go: the lock file is out/opi/opi.go, a file this run generates") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	if genExists(filepath.Join(dir, "out")) {
		t.Error("the refused run left files")
	}
	if code, _, stderr := genRun(t, dir, "-o", "out/opi", "-lock", "none", "spec/opi.md"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	goFile := filepath.Join(dir, "out", "opi", "opi.go")
	before := genRead(t, goFile)
	code, _, stderr = genRun(t, dir, "-o", "out/opi", "-lock", "out/opi/opi.go", "spec/opi.md")
	if code != 1 || !strings.Contains(stderr, "out/opi/opi.go:1:1: not a codebook lock file") || genRead(t, goFile) != before {
		t.Errorf("existing go file as lock: exit %d\n%s", code, stderr)
	}
}

// TestLockNotALock: an existing file that is not a lock is never read
// as one, nor overwritten.
func TestLockNotALock(t *testing.T) {
	dir := genWorkdir(t)
	notes := "Release notes\n=============\n"
	genWrite(t, filepath.Join(dir, "notes.txt"), notes)
	code, _, stderr := genRun(t, dir, "-o", "out", "-lock", "notes.txt", "spec/opi.md")
	if code != 1 || !strings.Contains(stderr, "notes.txt:1:1: not a codebook lock file") || genRead(t, filepath.Join(dir, "notes.txt")) != notes {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	code, _, stderr = genRun(t, dir, "-o", "out", "-lock", "spec/opi.md", "spec/opi.md")
	if code != 1 || !strings.Contains(stderr, "not a codebook lock file") {
		t.Errorf("spec as lock: exit %d\n%s", code, stderr)
	}
}

// TestLockMaxSize: lock files obey -max-size in every command, so a
// lock path at /dev/zero fails at once.
func TestLockMaxSize(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	dir := t.TempDir()
	doc := filepath.Join(dir, "s.md")
	if err := os.WriteFile(doc, []byte("| Code | Message |\n|---|---|\n| 1 | One |\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"generate", "-lock", "/dev/zero", "-o", filepath.Join(dir, "out"), doc}, 1},
		{[]string{"generate", "-max-size", "1000", "-lock", "/dev/zero", "-o", filepath.Join(dir, "out"), doc}, 1},
		{[]string{"render", "-t", "reference", "-lock", "/dev/zero", doc}, 1},
		{[]string{"diff", "-old-lock", "/dev/zero", doc, doc}, 2},
		{[]string{"diff", "-new-lock", "/dev/zero", doc, doc}, 2},
	} {
		var stdout, stderr bytes.Buffer
		code := run(tc.args, &stdout, &stderr)
		if code != tc.want || !strings.Contains(stderr.String(), "/dev/zero: file is larger than the limit of") {
			t.Errorf("%q: exit %d, want %d and the size error\n%s", tc.args, code, tc.want, stderr.String())
		}
	}
	if genExists(filepath.Join(dir, "out")) {
		t.Error("generate wrote output")
	}
}

// TestRemovedCodeStaysDeprecated: with a lock, a code removed from the
// spec keeps its constant, deprecated in Go's convention, until its lock
// line is marked reserved; diff tells the two apart.
func TestRemovedCodeStaysDeprecated(t *testing.T) {
	dir, lockPath := lockedWorkdir(t)
	specPath := filepath.Join(dir, "spec", "opi.md")
	v1 := genRead(t, specPath)
	genWrite(t, filepath.Join(dir, "v1", "opi.md"), v1)
	genWrite(t, filepath.Join(dir, "v1", "opi.lock"), genRead(t, lockPath))
	genWrite(t, specPath, edit(t, v1, "| 21002 | OPI_PARAM_ERROR | Request param error |\n", ""))
	if code, _, stderr := genRun(t, dir, "-o", "out", "spec/opi.md"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	dep := filepath.Join(dir, "out", "out_deprecated.go")
	src := genRead(t, dep)
	for _, want := range []string{
		"// Deprecated: removed from spec/opi.md; kept by the lock spec/opi.lock",
		"const ErrorCodeParamError ErrorCode = 21002\n",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("deprecated file lacks %q:\n%s", want, src)
		}
	}
	if !strings.Contains(genRead(t, lockPath), "\nremoved code 21002 ParamError\n") {
		t.Errorf("lock lacks the removed line:\n%s", genRead(t, lockPath))
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"diff", "v1/opi.md", "spec/opi.md"}, &stdout, &stderr); code != 0 ||
		!strings.Contains(stdout.String(), "WARNING ErrorCode 21002: member removed, constant kept deprecated by the lock: ErrorCodeParamError") {
		t.Errorf("diff: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}

	genWrite(t, lockPath, edit(t, genRead(t, lockPath), "\nremoved code 21002 ParamError\n", "\nreserved code 21002 ParamError\n"))
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"diff", "-fail-on", "never", "v1/opi.md", "spec/opi.md"}, &stdout, &stderr); code != 0 ||
		!strings.Contains(stdout.String(), "ERROR ErrorCode 21002: member removed: ErrorCodeParamError") {
		t.Errorf("diff after reserving: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}
	if code, _, stderr := genRun(t, dir, "-o", "out", "spec/opi.md"); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if genExists(dep) || strings.Contains(outputText(t, dir), "ErrorCodeParamError") {
		t.Error("the reserved code's constant is still declared")
	}
	if !strings.Contains(genRead(t, lockPath), "\nreserved code 21002 ParamError\n") {
		t.Error("the reservation was lost")
	}
}

// TestLockMaxSizeAtRevision: a lock read from a git revision obeys
// -max-size before git hands the blob over.
func TestLockMaxSizeAtRevision(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	repo := t.TempDir()
	for k, v := range map[string]string{"GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.DevNull,
		"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"} {
		t.Setenv(k, v)
	}
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	write(t, repo, "s.md", "| Code | Message |\n|---|---|\n| 1 | One |\n")
	write(t, repo, "s.lock", "set code Code\n"+strings.Repeat("# padding\n", 200))
	git("add", ".")
	git("commit", "-q", "-m", "v1")
	t.Chdir(repo)
	code, _, errs := runCmd("-max-size", "1000", "HEAD:s.md", "HEAD:s.md")
	if code != 2 || !strings.Contains(errs, "HEAD:s.lock: file is larger than the limit of 1000 bytes (-max-size raises it)") {
		t.Errorf("exit %d\n%s", code, errs)
	}
	if code, _, errs := runCmd("-max-size", "10000", "HEAD:s.md", "HEAD:s.md"); code != 0 {
		t.Errorf("within the limit: exit %d\n%s", code, errs)
	}
}

// TestLockTypeRenameNeedsRenameOK: a type renamed in the lock alone is
// refused at its set line; -rename-ok makes it.
func TestLockTypeRenameNeedsRenameOK(t *testing.T) {
	dir, lockPath := lockedWorkdir(t)
	text := edit(t, genRead(t, lockPath), "\nset code ErrorCode\n", "\nset code Failure\n")
	genWrite(t, lockPath, text)
	line := lineOf(t, text, "set code Failure")
	code, _, stderr := genRun(t, dir, "-o", "out", "spec/opi.md")
	if want := "spec/opi.lock:" + strconv.Itoa(line) + ":10: the lock renames type ErrorCode to Failure"; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, want %q\n%s", code, want, stderr)
	}
	if code, _, stderr := genRun(t, dir, "-o", "out", "-rename-ok", "spec/opi.md"); code != 0 || !strings.Contains(outputText(t, dir), "FailureSignError Failure = 21001") {
		t.Errorf("-rename-ok: exit %d\n%s", code, stderr)
	}
}
