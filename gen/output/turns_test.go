package output

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"codebook.dev/codebook/gen"
)

// holder is a run that holds the folder until released, as a run that
// is slow to read or generate does.
type holder struct {
	f       *Folder
	release chan struct{}
	done    chan struct{}
}

// waitsFor starts Open for a second run in the background and returns
// once that run says it waits; the result arrives on the channel.
func waitsFor(t *testing.T, ctx context.Context, dir string, opt OpenOptions) <-chan openResult {
	t.Helper()
	waiting := make(chan struct{})
	var once sync.Once
	opt.Hook = func(step string) {
		if step == "waiting" {
			once.Do(func() { close(waiting) })
		}
	}
	res := make(chan openResult, 1)
	go func() {
		f, err := OpenContext(ctx, dir, opt)
		res <- openResult{f, err}
	}()
	select {
	case <-waiting:
	case r := <-res:
		t.Fatalf("the second run did not wait: %v", r.err)
	case <-time.After(time.Minute):
		t.Fatal("the second run neither waited nor returned")
	}
	return res
}

type openResult struct {
	f   *Folder
	err error
}

// TestCreateThenFailRace: a first run makes the folders it needs, then
// fails and removes them while a second run waits; the second run goes
// on in a folder of its own making and writes its files.
func TestCreateThenFailRace(t *testing.T) {
	if !flockSupported {
		t.Skip("no flock here")
	}
	for _, depth := range []string{"out", "made/out"} {
		t.Run(strings.ReplaceAll(depth, "/", "-"), func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, filepath.FromSlash(depth))
			first, err := Open(dir, OpenOptions{Create: true})
			if err != nil {
				t.Fatal(err)
			}
			res := waitsFor(t, context.Background(), dir, OpenOptions{Create: true, Wait: time.Minute})
			first.Close() // the first run failed: it wrote nothing
			r := <-res
			if r.err != nil {
				t.Fatalf("the waiting run failed for no reason of its own: %v", r.err)
			}
			defer r.f.Close()
			files := []gen.File{genFile("a.go", "package out\n")}
			if _, err := r.f.Write(context.Background(), files, Options{}); err != nil {
				t.Fatalf("the waiting run could not write: %v", err)
			}
			if got := readRaw(t, dir, "a.go"); got != string(files[0].Data) {
				t.Errorf("a.go: %q", got)
			}
		})
	}
}

// TestRunsTakeTurnsWhateverTheLock: a run without a lock file and a run
// with one in another folder still take turns on one output folder.
func TestRunsTakeTurnsWhateverTheLock(t *testing.T) {
	if !flockSupported {
		t.Skip("no flock here")
	}
	s := newTwoSets(t)
	other := filepath.Join(s.root, "elsewhere", "x.lock")
	if err := os.MkdirAll(filepath.Dir(other), 0o755); err != nil {
		t.Fatal(err)
	}
	first, err := Open(s.dir, OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	res := waitsFor(t, context.Background(), s.dir, OpenOptions{Create: true, LockFile: other, Wait: time.Minute})
	// The first run writes while the second waits (with injected
	// delay: the second cannot get in, however long this takes).
	if _, err := first.Write(context.Background(), s.new, Options{}); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-res:
		t.Fatalf("the second run got in while the first held the folder: %v", r.err)
	case <-time.After(50 * time.Millisecond):
	}
	first.Close()
	r := <-res
	if r.err != nil {
		t.Fatal(r.err)
	}
	defer r.f.Close()
	if _, err := r.f.Write(context.Background(), s.old, Options{Lock: []byte("set code Other\n")}); err != nil {
		t.Fatal(err)
	}
	got := snapshot(t, s.root)
	want := s.want(s.old, s.oldLock)
	want["elsewhere/x.lock"] = "set code Other\n"
	if !equalMaps(got, want) {
		t.Errorf("folder: %q\nwant %q", got, want)
	}
}

func equalMaps(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestWaitInterrupted: a run waiting for the folder stops when its
// context ends, long before -wait.
func TestWaitInterrupted(t *testing.T) {
	if !flockSupported {
		t.Skip("no flock here")
	}
	dir := filepath.Join(t.TempDir(), "out")
	first, err := Open(dir, OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	ctx, cancel := context.WithCancel(context.Background())
	res := waitsFor(t, ctx, dir, OpenOptions{Create: true, Wait: time.Hour})
	cancel()
	if r := <-res; !errors.Is(r.err, ErrInterrupted) {
		t.Fatalf("err = %v, want ErrInterrupted", r.err)
	}
}

func TestRootRefused(t *testing.T) {
	root := string(filepath.Separator)
	if v := filepath.VolumeName(os.TempDir()); v != "" {
		root = v + root
	}
	_, err := Open(root, OpenOptions{Create: true})
	if err == nil || !strings.Contains(err.Error(), "file system root") {
		t.Errorf("Open(%q): %v", root, err)
	}
}
