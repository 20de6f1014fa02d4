package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func seedDoc(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../spec/opi.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// edit applies old→new replacements and fails when one does not apply,
// so a changed seed cannot make a test silently test nothing.
func edit(t *testing.T, doc string, pairs ...string) string {
	t.Helper()
	for i := 0; i < len(pairs); i += 2 {
		if !strings.Contains(doc, pairs[i]) {
			t.Fatalf("edit: %q not in document", pairs[i])
		}
		doc = strings.ReplaceAll(doc, pairs[i], pairs[i+1])
	}
	return doc
}

func write(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(append([]string{"diff"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func TestDiffUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"only-one.md"},
		{"-format", "yaml", "a.md", "b.md"},
		{"-fail-on", "sometimes", "a.md", "b.md"},
		{"-bogus", "a.md", "b.md"},
	} {
		code, out, errs := runCmd(args...)
		if code != 2 || out != "" || !strings.HasSuffix(errs, "\nrun 'codebook help diff' for usage\n") {
			t.Errorf("%q: code %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	if code, _, errs := runCmd("-format", "yaml", "-fail-on", "x", "a"); strings.Count(errs, "codebook diff: ") != 3 {
		t.Errorf("every usage problem should be reported, code %d:\n%s", code, errs)
	}
	if code, _, _ := runCmd("-h"); code != 0 {
		t.Errorf("-h: code %d", code)
	}
}

func TestDiffUnreadable(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.md", seedDoc(t))
	bad := write(t, dir, "bad.md", "| Error Code | Message |\n|---|---|\n| 99999999999999999999 | Too big |\n")
	code, out, errs := runCmd(filepath.Join(dir, "missing.md"), good)
	if code != 2 || out != "" || !strings.Contains(errs, "missing.md: no such file or folder") {
		t.Errorf("missing: code %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, errs = runCmd(bad, good)
	if code != 2 || out != "" || !strings.Contains(errs, bad+":3:") {
		t.Errorf("bad spec: code %d, stdout %q, stderr %q", code, out, errs)
	}
	lockDir := t.TempDir()
	spec := write(t, lockDir, "opi.md", seedDoc(t))
	write(t, lockDir, "opi.lock", "set code ErrorCode\nmember code 1 not-a-name\n")
	code, _, errs = runCmd(spec, good)
	if code != 2 || !strings.Contains(errs, filepath.Join(lockDir, "opi.lock")+":2:15: \"not-a-name\" is not an exported go identifier") {
		t.Errorf("bad lock: code %d, stderr %q", code, errs)
	}
}

func TestDiffExitCodes(t *testing.T) {
	dir := t.TempDir()
	seed := seedDoc(t)
	old := write(t, dir, "old.md", seed)
	added := write(t, dir, "added.md", edit(t, seed,
		"| 21016 | OPI_MCH_IP_ERROR | Merchant ip forbidden |\n",
		"| 21016 | OPI_MCH_IP_ERROR | Merchant ip forbidden |\n| 21017 | OPI_NEW_ERROR | New error |\n"))
	reworded := write(t, dir, "reworded.md", edit(t, seed, "| Request sign error |", "| Request signature error |"))
	removed := write(t, dir, "removed.md", edit(t, seed, "| -10009 | Recipient Account Blocked |\n", ""))
	for _, c := range []struct {
		failOn   string
		new      string
		wantCode int
	}{
		{"breaking", old, 0},
		{"breaking", reworded, 0},
		{"breaking", added, 0},
		{"warning", added, 1},
		{"warning", reworded, 0},
		{"breaking", removed, 1},
		{"never", removed, 0},
	} {
		code, out, _ := runCmd("-fail-on", c.failOn, old, c.new)
		if code != c.wantCode {
			t.Errorf("-fail-on %s %s: code %d, want %d\n%s", c.failOn, filepath.Base(c.new), code, c.wantCode, out)
		}
	}
	_, out, _ := runCmd(old, removed)
	if out != "ERROR FailedCode -10009: member removed: FailedCodeRecipientAccountBlocked\n" {
		t.Errorf("text output:\n%s", out)
	}
	for _, format := range []string{"markdown", "json"} {
		_, out, _ := runCmd("-format", format, old, removed)
		if !strings.Contains(out, "FailedCodeRecipientAccountBlocked") {
			t.Errorf("%s output lacks the change:\n%s", format, out)
		}
	}
}

// TestDiffFolders reads every *.md of a folder, sorted, and ignores
// other files and subfolders.
func TestDiffFolders(t *testing.T) {
	seed := seedDoc(t)
	split := strings.Index(seed, "| failedCode | failedMessage |")
	oldDir, newDir := t.TempDir(), t.TempDir()
	write(t, oldDir, "a.md", seed[:split])
	write(t, oldDir, "b.md", seed[split:])
	write(t, oldDir, "notes.txt", "| x | y |")
	write(t, oldDir, "sub/c.md", "| code | message |\n|---|---|\n| 1 | One |\n")
	write(t, newDir, "all.md", seed)
	code, out, errs := runCmd(oldDir, newDir)
	if code != 0 || out != "" {
		t.Errorf("split folder vs whole file: code %d\n%s\n%s", code, out, errs)
	}
	code, _, errs = runCmd(oldDir, t.TempDir())
	if code != 2 || !strings.Contains(errs, "no *.md files") {
		t.Errorf("empty folder: code %d, stderr %q", code, errs)
	}
}

// TestDiffGitRevisions commits revisions of the seed in a temporary
// repository and diffs them by REV:path, files and folders, with the
// lock read at each revision.
func TestDiffGitRevisions(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	repo := t.TempDir()
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	t.Setenv("GIT_CONFIG_GLOBAL", os.DevNull)
	t.Setenv("GIT_AUTHOR_NAME", "t")
	t.Setenv("GIT_AUTHOR_EMAIL", "t@example.com")
	t.Setenv("GIT_COMMITTER_NAME", "t")
	t.Setenv("GIT_COMMITTER_EMAIL", "t@example.com")
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	seed := seedDoc(t)
	write(t, repo, "spec/opi.md", seed)
	write(t, repo, "spec/opi.lock", "set code ErrorCode\nmember code 21008 TimestampError\nmember code 21009 TimestampExpiredError\n")
	git("add", ".")
	git("commit", "-q", "-m", "v1")
	// v2: no symbolic-name column for two rows' worth of names: 21008
	// and 21009 share a message, and a code is removed.
	v2 := edit(t, seed,
		"| 21008 | OPI_TIMESTAMP_ERROR | Request timestamp error |", "| 21008 | | Request timestamp error |",
		"| 21009 | OPI_TIMESTAMP_EXPIRED_ERROR | Request timestamp expired error |", "| 21009 | | Request timestamp error |",
		"| -10009 | Recipient Account Blocked |\n", "")
	write(t, repo, "spec/opi.md", v2)
	git("commit", "-q", "-am", "v2")
	t.Chdir(repo)

	code, out, errs := runCmd("HEAD~1:spec/opi.md", "HEAD:spec/opi.md")
	want := `INFO ErrorCode 21008: symbol dropped: OPI_TIMESTAMP_ERROR
INFO ErrorCode 21009: symbol dropped: OPI_TIMESTAMP_EXPIRED_ERROR
WARNING ErrorCode 21009: meaning changed: en "Request timestamp expired error" → "Request timestamp error"
ERROR FailedCode -10009: member removed: FailedCodeRecipientAccountBlocked
`
	if code != 1 || out != want {
		t.Errorf("revisions: code %d\n%s\nwant:\n%s\nstderr:\n%s", code, out, want, errs)
	}
	if !strings.Contains(errs, "HEAD~1:spec/opi.md:67:1: warning:") {
		t.Errorf("positions should name the revision:\n%s", errs)
	}

	// A lock at the new revision that renames a pinned member is an
	// identifier change; the working tree is not involved.
	write(t, repo, "spec/opi.lock", "set code ErrorCode\nmember code 21008 TimestampError\nmember code 21009 TimestampStale\n")
	git("commit", "-q", "-am", "v3")
	write(t, repo, "spec/opi.md", "garbage that is never read")
	_, out, _ = runCmd("HEAD~1:spec/opi.md", "HEAD:spec/opi.md")
	if out != "ERROR ErrorCode 21009: go identifier changed from ErrorCodeTimestampExpiredError to ErrorCodeTimestampStale\n" {
		t.Errorf("lock rename:\n%s", out)
	}

	// Folders at a revision: every *.md in the tree, positions by path.
	split := strings.Index(v2, "| failedCode | failedMessage |")
	if err := os.Remove(filepath.Join(repo, "spec/opi.md")); err != nil {
		t.Fatal(err)
	}
	write(t, repo, "spec/a.md", v2[:split])
	write(t, repo, "spec/b.md", edit(t, v2[split:], "| -10010 | Channel Refund Failed |\n", "| -10010 | Channel Refund Failed |\n| -10011 | Brand new |\n"))
	git("add", "-A")
	git("commit", "-q", "-m", "v4")
	code, out, errs = runCmd("-new-lock", "none", "HEAD~1:spec/opi.md", "HEAD:spec")
	if code != 0 || out != "WARNING FailedCode -10011: member added: FailedCodeBrandNew\n" {
		t.Errorf("folder at revision: code %d\n%s\n%s", code, out, errs)
	}
	if !strings.Contains(errs, "HEAD:spec/b.md:") {
		t.Errorf("folder positions should name the file at the revision:\n%s", errs)
	}

	code, _, errs = runCmd("HEAD:spec/missing.md", "HEAD:spec")
	if code != 2 || !strings.Contains(errs, "git cat-file") {
		t.Errorf("missing path at revision: code %d, %s", code, errs)
	}

	// A revision that starts with "-" goes after "--" on codebook's
	// command line, and reaches git as a revision, not an option.
	git("update-ref", "refs/heads/--v4", "HEAD")
	code, out, errs = runCmd("-new-lock", "none", "--", "--v4:spec", "HEAD:spec")
	if code != 0 || out != "" {
		t.Errorf("revision --v4: code %d\n%s\n%s", code, out, errs)
	}
	code, _, errs = runCmd("--", "--output=x:spec", "HEAD:spec")
	if code != 2 || !strings.Contains(errs, "invalid object name '--output=x'") {
		t.Errorf("revision --output=x: code %d, %s", code, errs)
	}
}
