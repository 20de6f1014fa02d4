//go:build unix

package main

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The crash tests run a codebook binary built with -tags
// codebook_crashtest (see crashhook.go) on a spec that changes every kind
// of file: an update from the "old" spec to the "new" one changes,
// adds and removes Go files and changes the lock file.

// crashRows sizes the spec: large enough that files take a while to
// write, small enough that a hundred runs take seconds.
const crashRows = 3000

func crashSpec(newer bool) string {
	var b strings.Builder
	b.WriteString("# Errors\n\n| code | message |\n|---|---|\n")
	word, rows := "Error", crashRows
	if newer {
		word, rows = "Failure", crashRows+50
	}
	for i := range rows {
		fmt.Fprintf(&b, "| %d | %s number %d |\n", 10000+i, word, i)
	}
	if newer {
		b.WriteString("\n# Refunds\n\n| refundStatus | description |\n|---|---|\n| OPEN | open |\n| CLOSED | closed |\n")
	} else {
		b.WriteString("\n# Status\n\n| transactionStatus | description |\n|---|---|\n| PENDING | pending |\n| DONE | done |\n")
	}
	return b.String()
}

// tree is every file under a folder, hidden ones included, by slash path.
type tree map[string]string

func readTree(t *testing.T, root string) tree {
	t.Helper()
	m := tree{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(root, path)
		m[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func (tr tree) write(t *testing.T, root string) {
	t.Helper()
	for name, data := range tr {
		genWrite(t, filepath.Join(root, filepath.FromSlash(name)), data)
	}
}

func (tr tree) String() string {
	var b strings.Builder
	for _, k := range slices.Sorted(maps.Keys(tr)) {
		fmt.Fprintf(&b, "  %s (%d bytes)\n", k, len(tr[k]))
	}
	return b.String()
}

// crashBench is the binary and the two states of a work folder.
type crashBench struct {
	bin      string
	old, new tree
}

var (
	benchOnce sync.Once
	bench     *crashBench
	benchErr  error
	benchTmp  string // removed by TestMain
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchTmp != "" {
		os.RemoveAll(benchTmp)
	}
	os.Exit(code)
}

// newCrashBench builds the binary and generates the old and new states
// once for all the tests here, and checks that both compile.
func newCrashBench(t *testing.T) *crashBench {
	t.Helper()
	if testing.Short() {
		t.Skip("builds codebook and runs it hundreds of times")
	}
	benchOnce.Do(func() { bench, benchErr = buildCrashBench() })
	if benchErr != nil {
		t.Fatal(benchErr)
	}
	return bench
}

func buildCrashBench() (*crashBench, error) {
	tmp, err := os.MkdirTemp("", "codebook-crash")
	if err != nil {
		return nil, err
	}
	benchTmp = tmp // shared by the tests, so it outlives each one's TempDir
	b := &crashBench{bin: filepath.Join(tmp, "codebook")}
	if out, err := exec.Command("go", "build", "-tags", "codebook_crashtest", "-o", b.bin, ".").CombinedOutput(); err != nil {
		return nil, fmt.Errorf("go build: %v\n%s", err, out)
	}
	for _, newer := range []bool{false, true} {
		work := filepath.Join(tmp, fmt.Sprint(newer))
		if err := os.MkdirAll(filepath.Join(work, "spec"), 0o755); err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(work, "spec", "x.md"), []byte(crashSpec(newer)), 0o644); err != nil {
			return nil, err
		}
		if newer {
			// The new state is reached from the old one, so the lock
			// holds what the old spec pinned (and what it removed).
			if err := os.CopyFS(work, os.DirFS(filepath.Join(tmp, "false"))); err != nil && !errors.Is(err, os.ErrExist) {
				return nil, err
			}
			if err := os.WriteFile(filepath.Join(work, "spec", "x.md"), []byte(crashSpec(true)), 0o644); err != nil {
				return nil, err
			}
		}
		cmd := exec.Command(b.bin, "generate", "-o", "out", "spec/x.md")
		cmd.Dir = work
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("generate: %v\n%s", err, out)
		}
	}
	// Both states must build: a module with each as a package.
	mod := filepath.Join(tmp, "mod")
	for name, dir := range map[string]string{"oldpkg": "false", "newpkg": "true"} {
		if err := os.CopyFS(filepath.Join(mod, name), os.DirFS(filepath.Join(tmp, dir, "out"))); err != nil {
			return nil, err
		}
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module crash.test\n\ngo 1.24\n"), 0o644); err != nil {
		return nil, err
	}
	cmd := exec.Command("go", "build", "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"), "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("the old or new package does not build: %v\n%s", err, out)
	}
	var terr error
	b.old, terr = treeOf(filepath.Join(tmp, "false"))
	if terr != nil {
		return nil, terr
	}
	b.new, terr = treeOf(filepath.Join(tmp, "true"))
	if terr != nil {
		return nil, terr
	}
	// The package folders differ in their spec file only through x.md;
	// compare states without it.
	delete(b.old, "spec/x.md")
	delete(b.new, "spec/x.md")
	if maps.Equal(b.old, b.new) {
		return nil, errors.New("old and new states are the same")
	}
	return b, nil
}

func treeOf(root string) (tree, error) {
	m := tree{}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(root, path)
		m[filepath.ToSlash(rel)] = string(data)
		return err
	})
	return m, err
}

// oldWork is a fresh work folder in the old state with the new spec
// in place: the next generate updates old to new.
func (b *crashBench) oldWork(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	b.old.write(t, dir)
	genWrite(t, filepath.Join(dir, "spec", "x.md"), crashSpec(true))
	return dir
}

// state is "old", "new", or a description of the mix in dir.
func (b *crashBench) state(t *testing.T, dir string) string {
	t.Helper()
	got := readTree(t, dir)
	delete(got, "spec/x.md")
	switch {
	case maps.Equal(got, b.old):
		return "old"
	case maps.Equal(got, b.new):
		return "new"
	}
	var diff []string
	for _, k := range slices.Sorted(maps.Keys(got)) {
		switch {
		case b.old[k] == got[k]:
			diff = append(diff, k+" (old)")
		case b.new[k] == got[k]:
			diff = append(diff, k+" (new)")
		default:
			diff = append(diff, k+" (neither)")
		}
	}
	return "a mix: " + strings.Join(diff, ", ")
}

// run runs the binary in dir with CODEBOOK_CRASH set to crash.
func (b *crashBench) run(dir, crash string, args ...string) (code int, stderr string, err error) {
	cmd := b.command(dir, crash, args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err = cmd.Run()
	return exitCode(err), errb.String(), err
}

func (b *crashBench) command(dir, crash string, args ...string) *exec.Cmd {
	if len(args) == 0 {
		args = []string{"generate", "-o", "out", "spec/x.md"}
	}
	cmd := exec.Command(b.bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CODEBOOK_CRASH="+crash)
	return cmd
}

func exitCode(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		return -2
	}
	return 0
}

func killedBy(err error, sig syscall.Signal) bool {
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		return false
	}
	ws, ok := ee.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == sig
}

// steps lists the update's steps by running it once with "list".
func (b *crashBench) steps(t *testing.T) []string {
	t.Helper()
	_, stderr, err := b.run(b.oldWork(t), "list")
	if err != nil {
		t.Fatalf("list run: %v\n%s", err, stderr)
	}
	var steps []string
	for _, line := range strings.Split(stderr, "\n") {
		if rest, ok := strings.CutPrefix(line, "step "); ok {
			_, name, _ := strings.Cut(rest, " ")
			steps = append(steps, name)
		}
	}
	if len(steps) < 10 || !slices.Contains(steps, "committed") {
		t.Fatalf("steps: %q", steps)
	}
	return steps
}

// afterKill checks a work folder left by a killed run. With check, a
// generate -check first must change nothing at all, say that a run was
// interrupted when it was, and pass only on a folder whose visible
// files are the new ones. Then the next generate repairs first, says
// so when there was anything to repair, and leaves the complete new
// state with no staging file.
func (b *crashBench) afterKill(t *testing.T, dir string, check bool, mustBeNew bool) {
	t.Helper()
	before := b.state(t, dir)
	if check {
		tree := readTree(t, dir)
		code, stderr, _ := b.run(dir, "", "generate", "-check", "-o", "out", "spec/x.md")
		if got := readTree(t, dir); !maps.Equal(got, tree) {
			t.Fatalf("-check changed the folder left by a kill (%s) into %s", before, b.state(t, dir))
		}
		if (before != "old" && before != "new") != strings.Contains(stderr, "interrupted") {
			t.Errorf("killed run left %s; -check said:\n%s", before, stderr)
		}
		if (code == 0) != (b.visibleState(t, dir) == "new") {
			t.Errorf("-check exit %d with the folder %s:\n%s", code, before, stderr)
		}
	}
	_, staged := readTree(t, filepath.Join(dir, "out"))[".codebook-update/journal"]
	code, stderr, _ := b.run(dir, "", "generate", "-o", "out", "spec/x.md")
	repaired := strings.Contains(stderr, "interrupted")
	if (before != "old" && before != "new") != repaired {
		t.Errorf("killed run left %s; the next run's repair message: %v\n%s", before, repaired, stderr)
	}
	if staged && !strings.Contains(stderr, "finished its update") {
		t.Errorf("a journal was there, but the next run did not say it finished the update:\n%s", stderr)
	}
	after := b.state(t, dir)
	switch {
	case code != 0 || after != "new":
		t.Errorf("generate exit %d, folder %s:\n%s", code, after, stderr)
	case mustBeNew && !staged && before != "new":
		t.Errorf("killed after the commit point, but left neither a journal nor the new state: %s", before)
	}
}

// visibleState is state without the staging folder, which the go tool
// and the check both ignore.
func (b *crashBench) visibleState(t *testing.T, dir string) string {
	t.Helper()
	got := readTree(t, dir)
	delete(got, "spec/x.md")
	maps.DeleteFunc(got, func(k, _ string) bool { return strings.HasPrefix(k, "out/.codebook-update/") })
	switch {
	case maps.Equal(got, b.old):
		return "old"
	case maps.Equal(got, b.new):
		return "new"
	}
	return "a mix"
}

// TestCrashKillAtEveryStep kills generate with SIGKILL at every step
// of its update (mid-write included), then checks the folder with
// -check and repairs it with a plain run.
func TestCrashKillAtEveryStep(t *testing.T) {
	t.Parallel() // one of the longest: they run beside each other
	b := newCrashBench(t)
	steps := b.steps(t)
	committed := slices.Index(steps, "committed")
	for i, step := range steps {
		dir := b.oldWork(t)
		_, stderr, err := b.run(dir, fmt.Sprintf("kill:%d", i))
		if !killedBy(err, syscall.SIGKILL) {
			t.Fatalf("step %d %s: not killed (%v)\n%s", i, step, err, stderr)
		}
		t.Logf("killed at step %d %q: %s", i, step, b.visibleState(t, dir))
		b.afterKill(t, dir, true, i >= committed)
	}
}

// TestCrashTermAtEveryStep sends SIGTERM at every step: the run stops
// cleanly, leaving old (exit 1) before the commit point and new (exit 0)
// after it, and nothing for the next run to repair.
func TestCrashTermAtEveryStep(t *testing.T) {
	t.Parallel() // one of the longest: they run beside each other
	b := newCrashBench(t)
	steps := b.steps(t)
	committed := slices.Index(steps, "committed")
	for i, step := range steps {
		dir := b.oldWork(t)
		code, stderr, _ := b.run(dir, fmt.Sprintf("term:%d", i))
		want, wantCode := "old", 1
		if i >= committed {
			want, wantCode = "new", 0
		}
		if got := b.state(t, dir); got != want || code != wantCode {
			t.Errorf("SIGTERM at step %d %s: exit %d, folder %s; want %d, %s\n%s", i, step, code, got, wantCode, want, stderr)
		}
		if code == 1 && !strings.Contains(stderr, "interrupted before the update; nothing was changed") {
			t.Errorf("SIGTERM at step %d: stderr %s", i, stderr)
		}
		if _, stderr, _ := b.run(dir, "", "generate", "-check", "-o", "out", "spec/x.md"); strings.Contains(stderr, "interrupted") {
			t.Errorf("SIGTERM at step %d left a repair to do:\n%s", i, stderr)
		}
	}
}

// randomKills is how many runs TestCrashKillAtRandomTimes kills; the
// steps are each killed on purpose by TestCrashKillAtEveryStep.
const randomKills = 20

// TestCrashKillAtRandomTimes kills generate with a real SIGKILL after a
// random delay up to the length of a whole run, many times.
func TestCrashKillAtRandomTimes(t *testing.T) {
	t.Parallel() // one of the longest: they run beside each other
	b := newCrashBench(t)
	start := time.Now()
	if _, stderr, err := b.run(b.oldWork(t), ""); err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	whole := time.Since(start)
	killed := 0
	for i := range randomKills {
		dir := b.oldWork(t)
		cmd := b.command(dir, "")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(rand.N(whole + whole/4))
		cmd.Process.Signal(syscall.SIGKILL)
		err := cmd.Wait()
		if killedBy(err, syscall.SIGKILL) {
			killed++
		}
		b.afterKill(t, dir, i%2 == 0, false)
	}
	t.Logf("a whole run takes %v; %d of %d runs were killed before they ended", whole, killed, randomKills)
}

// TestCrashKilledMidApplyDoesNotBuild: a folder left by a kill while
// files were being replaced fails go build, naming the cause, until the
// next run finishes the update.
func TestCrashKilledMidApplyDoesNotBuild(t *testing.T) {
	b := newCrashBench(t)
	steps := b.steps(t)
	at := slices.IndexFunc(steps, func(s string) bool { return strings.HasPrefix(s, "apply ") })
	dir := b.oldWork(t)
	if _, _, err := b.run(dir, fmt.Sprintf("kill:%d", at)); !killedBy(err, syscall.SIGKILL) {
		t.Fatalf("not killed at %s: %v", steps[at], err)
	}
	build := func() (string, error) {
		genWrite(t, filepath.Join(dir, "go.mod"), "module crash.test\n\ngo 1.24\n")
		cmd := exec.Command("go", "build", "./out")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS="+strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod"), "GOWORK=off")
		out, err := cmd.CombinedOutput()
		os.Remove(filepath.Join(dir, "go.mod"))
		return string(out), err
	}
	out, err := build()
	if err == nil || !strings.Contains(out, "codebook_update_unfinished_run_codebook_generate_again_to_finish_it") {
		t.Errorf("go build of a half-updated folder: %v\n%s", err, out)
	}
	if code, stderr, _ := b.run(dir, ""); code != 0 {
		t.Fatalf("the next run: exit %d\n%s", code, stderr)
	}
	if out, err := build(); err != nil {
		t.Errorf("go build after the next run: %v\n%s", err, out)
	}
}

// TestCrashFirstRunKilledLeavesNoFolder: kill -9 of a first run while it
// reads, or just before its commit point, leaves no output folder; the
// next run writes it whole.
func TestCrashFirstRunKilledLeavesNoFolder(t *testing.T) {
	b := newCrashBench(t)
	fresh := func() string {
		dir := b.oldWork(t)
		os.RemoveAll(filepath.Join(dir, "out"))
		return dir
	}
	_, stderr, err := b.run(fresh(), "list")
	if err != nil {
		t.Fatalf("list run: %v\n%s", err, stderr)
	}
	var steps []string
	for _, line := range strings.Split(stderr, "\n") {
		if rest, ok := strings.CutPrefix(line, "step "); ok {
			_, name, _ := strings.Cut(rest, " ")
			steps = append(steps, name)
		}
	}
	for _, name := range []string{"read", "journal"} {
		i := slices.Index(steps, name)
		if i < 0 {
			t.Fatalf("no step %q in %q", name, steps)
		}
		dir := fresh()
		if _, _, err := b.run(dir, fmt.Sprintf("kill:%d", i)); !killedBy(err, syscall.SIGKILL) {
			t.Fatalf("not killed at %s: %v", name, err)
		}
		if _, err := os.Stat(filepath.Join(dir, "out")); err == nil {
			t.Errorf("killed at %s: an output folder was left", name)
		}
		if code, stderr, _ := b.run(dir, ""); code != 0 {
			t.Fatalf("the next run: exit %d\n%s", code, stderr)
		}
		if leftover, _ := filepath.Glob(filepath.Join(dir, ".*codebook*")); len(leftover) > 0 {
			t.Errorf("killed at %s: left %q after the next run", name, leftover)
		}
	}
}
