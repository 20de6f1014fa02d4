//go:build unix

package main

import (
	"bufio"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// startUntil starts cmd and returns once a line of its stderr contains
// want; the rest of stderr is collected into the returned channel.
func startUntil(t *testing.T, cmd *exec.Cmd, want string) <-chan string {
	t.Helper()
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	rest := make(chan string, 1)
	seen := make(chan struct{})
	go func() {
		var b strings.Builder
		sc := bufio.NewScanner(stderr)
		found := false
		for sc.Scan() {
			b.WriteString(sc.Text() + "\n")
			if !found && strings.Contains(sc.Text(), want) {
				found = true
				close(seen)
			}
		}
		rest <- b.String()
	}()
	select {
	case <-seen:
	case <-time.After(time.Minute):
		cmd.Process.Kill()
		t.Fatalf("no %q from %v:\n%s", want, cmd.Args, <-rest)
	}
	return rest
}

// waitExit waits for cmd, failing the test if it takes longer than a
// bound generous enough never to flake (the point is that it ends, not
// how fast).
func waitExit(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return exitCode(err)
	case <-time.After(30 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the interrupted run did not end")
	}
	return -1
}

// TestInterruptWhileWaiting: a run waiting for the folder with a long
// -wait ends at SIGINT, exit 1, and changes nothing.
func TestInterruptWhileWaiting(t *testing.T) {
	b := newCrashBench(t)
	dir := b.oldWork(t)
	before := readTree(t, dir)
	holder := b.command(dir, "pause:0:1m")
	startUntil(t, holder, "paused")
	defer holder.Process.Kill()

	waiter := b.command(dir, "", "generate", "-wait", "10m", "-o", "out", "spec/x.md")
	rest := startUntil(t, waiter, "waiting up to 10m0s")
	waiter.Process.Signal(os.Interrupt)
	code := waitExit(t, waiter)
	stderr := <-rest
	if code != 1 || !strings.Contains(stderr, "interrupted before the update; nothing was changed") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	holder.Process.Kill()
	holder.Wait()
	if got := readTree(t, dir); !maps.Equal(got, before) {
		t.Errorf("the interrupted waiter changed the folder: %s", b.state(t, dir))
	}
}

// TestInterruptWhileReading: SIGTERM while the spec is read ends the
// run at once (the read is not waited for), exit 1, nothing changed;
// on a first run no output folder is left.
func TestInterruptWhileReading(t *testing.T) {
	b := newCrashBench(t)
	steps := b.steps(t)
	read := -1
	for i, s := range steps {
		if s == "read" {
			read = i
		}
	}
	if read < 0 {
		t.Fatalf("no read step in %q", steps)
	}
	for _, first := range []bool{false, true} {
		dir := b.oldWork(t)
		if first {
			os.RemoveAll(dir + "/out")
		}
		before := readTree(t, dir)
		cmd := b.command(dir, fmt.Sprintf("pause:%d:1m", read))
		rest := startUntil(t, cmd, "paused")
		cmd.Process.Signal(syscall.SIGTERM)
		code := waitExit(t, cmd)
		stderr := <-rest
		if code != 1 || !strings.Contains(stderr, "interrupted before the update; nothing was changed") {
			t.Errorf("first=%v: exit %d\n%s", first, code, stderr)
		}
		if got := readTree(t, dir); !maps.Equal(got, before) {
			t.Errorf("first=%v: the interrupted run changed the folder: %s", first, b.state(t, dir))
		}
		if _, err := os.Stat(dir + "/out"); first && err == nil {
			t.Errorf("an interrupted first run left an output folder")
		}
	}
}

// TestInterruptRender: SIGINT while render reads ends it, exit 1, with
// no output file and no temporary file.
func TestInterruptRender(t *testing.T) {
	b := newCrashBench(t)
	dir := b.oldWork(t)
	before := readTree(t, dir)
	cmd := b.command(dir, "pause:0:1m", "render", "-t", "reference", "-o", "ref.md", "spec/x.md")
	rest := startUntil(t, cmd, "paused")
	cmd.Process.Signal(os.Interrupt)
	code := waitExit(t, cmd)
	if stderr := <-rest; code != 1 || !strings.Contains(stderr, "interrupted before the update; nothing was changed") {
		t.Errorf("exit %d\n%s", code, stderr)
	}
	if got := readTree(t, dir); !maps.Equal(got, before) {
		t.Errorf("the interrupted render wrote: %v", got)
	}
}
