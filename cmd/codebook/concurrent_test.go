//go:build unix

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestConcurrentGenerates starts two generates on one folder at the same
// moment, many times: one writes package x, the other package y (so a
// mix of their files would not compile). Both must succeed and leave
// one complete set, the lock included, with no staging files.
func TestConcurrentGenerates(t *testing.T) {
	t.Parallel() // one of the longest: they run beside each other
	b := newCrashBench(t)
	sets := map[string]tree{}
	for _, pkg := range []string{"x", "y"} {
		dir := b.oldWork(t)
		if code, stderr, _ := b.run(dir, "", "generate", "-o", "out", "-pkg", pkg, "spec/x.md"); code != 0 {
			t.Fatalf("generate -pkg %s: exit %d\n%s", pkg, code, stderr)
		}
		sets[pkg] = readTree(t, dir)
	}
	counts := map[string]int{}
	for round := range 10 {
		dir := b.oldWork(t)
		var wg sync.WaitGroup
		results := make([]string, 2)
		for i, pkg := range []string{"x", "y"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				code, stderr, _ := b.run(dir, "", "generate", "-o", "out", "-pkg", pkg, "spec/x.md")
				if code != 0 {
					results[i] = fmt.Sprintf("-pkg %s: exit %d\n%s", pkg, code, stderr)
				}
			}()
		}
		wg.Wait()
		for _, r := range results {
			if r != "" {
				t.Errorf("round %d: %s", round, r)
			}
		}
		got := readTree(t, dir)
		switch {
		case maps.Equal(got, sets["x"]):
			counts["x"]++
		case maps.Equal(got, sets["y"]):
			counts["y"]++
		default:
			t.Fatalf("round %d: the folder holds neither set:\n%v", round, got)
		}
	}
	t.Logf("last writer: %v", counts)
}

// TestConcurrentGenerateWaits holds the folder with one run (paused just
// after it took the lock) and starts others: one waits, says so and
// then succeeds; one with a short -wait gives up with a clear message.
func TestConcurrentGenerateWaits(t *testing.T) {
	b := newCrashBench(t)
	dir := b.oldWork(t)
	first := b.command(dir, "pause:0:2s")
	stderr, err := first.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := first.Start(); err != nil {
		t.Fatal(err)
	}
	var firstErr bytes.Buffer
	sc := bufio.NewScanner(stderr)
	for sc.Scan() && sc.Text() != "paused" {
		firstErr.WriteString(sc.Text() + "\n")
	}
	go func() {
		for sc.Scan() {
		}
	}()

	code, impatient, _ := b.run(dir, "", "generate", "-wait", "100ms", "-o", "out", "spec/x.md")
	if code != 1 || !strings.Contains(impatient, "another codebook run is still using it; gave up after waiting 100ms (raise -wait to wait longer)") {
		t.Errorf("-wait 100ms: exit %d\n%s", code, impatient)
	}
	start := time.Now()
	code, patient, _ := b.run(dir, "", "generate", "-wait", "1m", "-o", "out", "spec/x.md")
	if code != 0 || !strings.Contains(patient, "another codebook run is using it; waiting up to 1m0s") {
		t.Errorf("-wait 1m: exit %d\n%s", code, patient)
	}
	if err := first.Wait(); err != nil {
		t.Errorf("the first run: %v\n%s", err, firstErr.String())
	}
	t.Logf("the second run waited %v", time.Since(start).Round(time.Millisecond))
	if got := b.state(t, dir); got != "new" {
		t.Errorf("folder: %s", got)
	}
}

// TestConcurrentCreateThenFail: a first run that will fail (its spec has
// no table) holds a folder that does not exist yet while a second run,
// with -lock none, waits for it. The failing run leaves nothing, and the
// waiter goes on and writes its package.
func TestConcurrentCreateThenFail(t *testing.T) {
	b := newCrashBench(t)
	dir := b.oldWork(t)
	genWrite(t, dir+"/spec/bad.md", "no table here\n")
	failing := b.command(dir, "pause:0:1s", "generate", "-o", "made/out", "spec/bad.md")
	startUntil(t, failing, "paused")
	waiter := b.command(dir, "", "generate", "-lock", "none", "-o", "made/out", "spec/x.md")
	rest := startUntil(t, waiter, "waiting up to")
	if code := waitExit(t, failing); code != 1 {
		t.Errorf("the failing run: exit %d", code)
	}
	code := waitExit(t, waiter)
	if stderr := <-rest; code != 0 {
		t.Fatalf("the waiting run failed for no reason of its own: exit %d\n%s", code, stderr)
	}
	// Without the lock the names differ from the pinned new state's;
	// the files are the same ones, complete.
	got := readTree(t, dir+"/made/out")
	var want []string
	for name := range b.new {
		if rest, ok := strings.CutPrefix(name, "out/"); ok {
			want = append(want, rest)
		}
	}
	if names := slices.Sorted(maps.Keys(got)); !slices.Equal(names, slices.Sorted(slices.Values(want))) {
		t.Errorf("made/out holds %q, want %q", names, want)
	}
}

// TestConcurrentLockNonePair: a run with the default lock holds the
// folder (paused after taking it); a run with -lock none must wait for
// it rather than write beside it. Both succeed, one after the other.
func TestConcurrentLockNonePair(t *testing.T) {
	b := newCrashBench(t)
	dir := b.oldWork(t)
	first := b.command(dir, "pause:0:1s")
	firstErr := startUntil(t, first, "paused")
	second := b.command(dir, "", "generate", "-lock", "none", "-rename-ok", "-pkg", "y", "-o", "out", "spec/x.md")
	secondErr := startUntil(t, second, "waiting up to")
	if code := waitExit(t, first); code != 0 {
		t.Errorf("the first run: exit %d\n%s", code, <-firstErr)
	}
	if code := waitExit(t, second); code != 0 {
		t.Errorf("the second run: exit %d\n%s", code, <-secondErr)
	}
	// The second run came last: its package y throughout, with the lock
	// the first one wrote.
	got := readTree(t, dir)
	for name, data := range got {
		if strings.HasPrefix(name, "out/") && strings.HasSuffix(name, ".go") && !strings.Contains(data, "\npackage y\n") {
			t.Errorf("%s is not the second run's", name)
		}
	}
	if got["spec/x.lock"] != b.new["spec/x.lock"] {
		t.Errorf("spec/x.lock is not the first run's")
	}
}
