package output

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"codebook.dev/codebook/gen"
)

// snapshot is every file under dir and beside the lock, hidden ones
// included, by path relative to root.
func snapshot(t *testing.T, root string) map[string]string {
	t.Helper()
	m := map[string]string{}
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

// twoSets is an output folder with a lock file elsewhere, and two
// generations for it: old is on disk, new differs in every way a file
// can (changed, added, removed, unchanged, lock changed).
type twoSets struct {
	root, dir, lock string
	old, new        []gen.File
	oldLock         []byte
	newLock         []byte
}

func newTwoSets(t *testing.T) *twoSets {
	t.Helper()
	root := t.TempDir()
	s := &twoSets{
		root: root,
		dir:  filepath.Join(root, "out"),
		lock: filepath.Join(root, "spec", "x.lock"),
		old: []gen.File{
			genFile("a.go", "package p\n\nconst A = 1\n"),
			genFile("gone.go", "package p\n"),
			genFile("same.go", "package p\n"),
		},
		new: []gen.File{
			genFile("a.go", "package p\n\nconst A = 2\n"),
			genFile("b.go", "package p\n"),
			genFile("same.go", "package p\n"),
		},
		oldLock: []byte("set code Old\n"),
		newLock: []byte("set code New\n"),
	}
	if err := os.MkdirAll(filepath.Dir(s.lock), 0o755); err != nil {
		t.Fatal(err)
	}
	s.write(t, s.old, s.oldLock, nil)
	writeRaw(t, s.dir, "p_test.go", "package p\n")
	return s
}

func (s *twoSets) open(t *testing.T, hook func(string), log func(string)) *Folder {
	t.Helper()
	f, err := Open(s.dir, OpenOptions{Create: true, LockFile: s.lock, Hook: hook, Log: log})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (s *twoSets) write(t *testing.T, files []gen.File, lock []byte, hook func(string)) Result {
	t.Helper()
	f := s.open(t, hook, nil)
	defer f.Close()
	r, err := f.Write(context.Background(), files, Options{Lock: lock})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// want is what the folder and lock hold after a complete update to
// files and lock.
func (s *twoSets) want(files []gen.File, lock []byte) map[string]string {
	m := map[string]string{"out/p_test.go": "package p\n", "spec/x.lock": string(lock)}
	for _, f := range files {
		m["out/"+f.Name] = string(f.Data)
	}
	return m
}

func TestWriteLockInSameUpdate(t *testing.T) {
	s := newTwoSets(t)
	if got, want := snapshot(t, s.root), s.want(s.old, s.oldLock); !maps.Equal(got, want) {
		t.Fatalf("first write: %q\nwant %q", got, want)
	}
	f := s.open(t, nil, nil)
	r, err := f.Write(context.Background(), s.new, Options{Lock: s.newLock, Check: true})
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ops(r), "stale a.go, missing b.go, extra gone.go, stale "+s.lock; got != want {
		t.Errorf("check: %q, want %q", got, want)
	}
	if c := r.Changes[len(r.Changes)-1]; !c.Lock || !strings.Contains(c.Diff, "-set code Old\n+set code New\n") {
		t.Errorf("lock change: %+v", c)
	}
	r = s.write(t, s.new, s.newLock, nil)
	if got, want := snapshot(t, s.root), s.want(s.new, s.newLock); !maps.Equal(got, want) {
		t.Errorf("update: %q\nwant %q", got, want)
	}
	if got := ops(r); got != "stale a.go, missing b.go, extra gone.go, stale "+s.lock {
		t.Errorf("update changes: %q", got)
	}
}

// errCrash stands for the process dying at a hook: the panic unwinds
// past every step still to come, as a kill would.
var errCrash = errors.New("simulated crash")

// TestCrashAtEveryStep stops an update at each of its steps, then
// checks that the next Open leaves the complete old set or the complete
// new one, says so when it repaired, and leaves no staging file behind.
// The repair itself is then crashed at each of its steps in turn.
func TestCrashAtEveryStep(t *testing.T) {
	var steps []string
	s := newTwoSets(t)
	s.write(t, s.new, s.newLock, func(s string) { steps = append(steps, s) })
	if len(steps) < 10 {
		t.Fatalf("only %d hook steps: %q", len(steps), steps)
	}
	for i, step := range steps {
		t.Run(fmt.Sprintf("%02d-%s", i, strings.ReplaceAll(step, " ", "_")), func(t *testing.T) {
			s := newTwoSets(t)
			if !crashAt(t, s, s.new, s.newLock, i) {
				t.Fatalf("no crash at step %d", i)
			}
			entries, _ := os.ReadDir(filepath.Join(s.dir, stagingDir))
			leftWork := len(entries) > 0
			// Each repair dies one step later than the one before,
			// until one gets through.
			repairs := 0
			for n := 0; crashOpen(t, s, n); n++ {
				repairs++
			}
			var logged []string
			s.open(t, nil, func(m string) { logged = append(logged, m) }).Close()
			got := snapshot(t, s.root)
			old, new := s.want(s.old, s.oldLock), s.want(s.new, s.newLock)
			if !maps.Equal(got, old) && !maps.Equal(got, new) {
				t.Fatalf("after %d crashed repairs and one more Open the folder is neither old nor new:\n%q", repairs, got)
			}
			if i >= slices.Index(steps, "committed") && !maps.Equal(got, new) {
				t.Errorf("crash after the commit point, but the repair went back to the old set")
			}
			if repairs == 0 && leftWork != (len(logged) == 1 && strings.Contains(logged[0], "interrupted")) {
				t.Errorf("left work %v, repair log %q", leftWork, logged)
			}
		})
	}
}

// crashOpen opens the folder with a hook that dies at step n, reporting
// whether it died.
func crashOpen(t *testing.T, s *twoSets, n int) (crashed bool) {
	defer func() {
		if r := recover(); r != nil {
			if r != errCrash {
				panic(r)
			}
			crashed = true
		}
	}()
	k := 0
	f, err := Open(s.dir, OpenOptions{LockFile: s.lock, Hook: func(string) {
		if k == n {
			panic(errCrash)
		}
		k++
	}})
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	return false
}

// crashAt runs an update from the old set to files that dies at the
// n-th hook step; it reports whether it died.
func crashAt(t *testing.T, s *twoSets, files []gen.File, lock []byte, n int) (crashed bool) {
	t.Helper()
	var f *Folder
	defer func() {
		if f != nil {
			f.Close() // the process would die, releasing the flock
		}
		if r := recover(); r != nil {
			if r != errCrash {
				panic(r)
			}
			crashed = true
		}
	}()
	k := 0
	f, err := Open(s.dir, OpenOptions{LockFile: s.lock, Hook: func(string) {
		if k == n {
			panic(errCrash)
		}
		k++
	}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(context.Background(), files, Options{Lock: lock}); err != nil {
		t.Fatal(err)
	}
	return false
}

func TestInterruptedBeforeCommit(t *testing.T) {
	s := newTwoSets(t)
	ctx, cancel := context.WithCancel(context.Background())
	f := s.open(t, func(step string) {
		if step == "stage b.go" {
			cancel()
		}
	}, nil)
	defer f.Close()
	if _, err := f.Write(ctx, s.new, Options{Lock: s.newLock}); !errors.Is(err, ErrInterrupted) {
		t.Fatalf("err = %v, want ErrInterrupted", err)
	}
	if got, want := snapshot(t, s.root), s.want(s.old, s.oldLock); !maps.Equal(got, want) {
		t.Errorf("after interruption: %q\nwant %q", got, want)
	}
	// After the commit point a cancellation changes nothing.
	f.Close()
	ctx, cancel = context.WithCancel(context.Background())
	f2 := s.open(t, func(step string) {
		if step == "committed" {
			cancel()
		}
	}, nil)
	defer f2.Close()
	if _, err := f2.Write(ctx, s.new, Options{Lock: s.newLock}); err != nil {
		t.Fatal(err)
	}
	if got, want := snapshot(t, s.root), s.want(s.new, s.newLock); !maps.Equal(got, want) {
		t.Errorf("cancelled after commit: %q\nwant %q", got, want)
	}
}

func TestDamagedJournalIsNotObeyed(t *testing.T) {
	s := newTwoSets(t)
	stage := filepath.Join(s.dir, stagingDir)
	if err := os.Mkdir(stage, 0o755); err != nil {
		t.Fatal(err)
	}
	j := (&journal{Del: []string{"a.go"}}).encode()
	j[len(j)-3] ^= 1
	writeRaw(t, stage, journalName, string(j))
	var logged []string
	s.open(t, nil, func(m string) { logged = append(logged, m) }).Close()
	if got, want := snapshot(t, s.root), s.want(s.old, s.oldLock); !maps.Equal(got, want) {
		t.Errorf("a damaged journal changed the folder: %q", got)
	}
	if len(logged) != 1 || !strings.Contains(logged[0], "damaged journal") {
		t.Errorf("log: %q", logged)
	}
}

func TestLegacyTempsRemoved(t *testing.T) {
	s := newTwoSets(t)
	writeRaw(t, s.dir, ".a.go.123456.tmp", header)
	writeRaw(t, s.dir, ".notes.123.tmp", "mine")
	writeRaw(t, filepath.Dir(s.lock), ".x.lock.99.tmp", "set")
	var logged []string
	s.open(t, nil, func(m string) { logged = append(logged, m) }).Close()
	want := s.want(s.old, s.oldLock)
	want["out/.notes.123.tmp"] = "mine"
	if got := snapshot(t, s.root); !maps.Equal(got, want) {
		t.Errorf("folder holds %q", got)
	}
	if len(logged) != 1 || !strings.Contains(logged[0], "removed 2 temporary file(s)") {
		t.Errorf("log: %q", logged)
	}
}

// TestForeignSpecLeftAlone: a file generated from another spec is
// neither replaced nor removed without Prune, and the error names both
// specs.
func TestForeignSpecLeftAlone(t *testing.T) {
	dir := t.TempDir()
	other := gen.Header([]string{"spec/other.md"}) + "\n\npackage p\n"
	writeRaw(t, dir, "x.go", other)
	writeRaw(t, dir, "y.go", other)
	files := []gen.File{genFile("x.go", "package p\n"), genFile("z.go", "package p\n")}
	for _, check := range []bool{false, true} {
		_, err := Write(dir, files, Options{Check: check})
		if err == nil {
			t.Fatalf("check=%v: no error", check)
		}
		for _, want := range []string{
			filepath.Join(dir, "x.go") + ": generated from spec/other.md, not from spec.md; left alone",
			"run with -prune to replace it",
			filepath.Join(dir, "y.go") + ": generated from spec/other.md, not from spec.md",
			"run with -prune to remove it",
		} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("check=%v: error lacks %q:\n%v", check, want, err)
			}
		}
		if got := listDir(t, dir); !slices.Equal(got, []string{"x.go", "y.go"}) {
			t.Errorf("check=%v: dir holds %q", check, got)
		}
	}
	r, err := Write(dir, files, Options{Prune: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := ops(r); got != "stale x.go, extra y.go, missing z.go" {
		t.Errorf("prune: %q", got)
	}
	if got := listDir(t, dir); !slices.Equal(got, []string{"x.go", "z.go"}) {
		t.Errorf("prune: dir holds %q", got)
	}
}

// TestFolderCreatedThenEmptyIsRemoved: Open makes the folders above the
// output folder (to lock its parent) but not the folder itself, and a
// run that writes nothing removes what it made.
func TestFolderCreatedThenEmptyIsRemoved(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "a", "b")
	f, err := Open(dir, OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Dir(dir)); err != nil {
		t.Fatalf("Open did not create the parent folder: %v", err)
	}
	if _, err := os.Stat(dir); err == nil {
		t.Fatalf("Open created the output folder before anything was written")
	}
	f.Close()
	if got := listDir(t, root); len(got) != 0 {
		t.Errorf("an unused new folder stayed: %q", got)
	}
}

func TestConcurrentOpenWaits(t *testing.T) {
	if !flockSupported {
		t.Skip("no flock here")
	}
	dir := t.TempDir()
	first, err := Open(dir, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var logged []string
	_, err = Open(dir, OpenOptions{Wait: 30 * time.Millisecond, Log: func(m string) { logged = append(logged, m) }})
	if err == nil || !strings.Contains(err.Error(), "another codebook run is still using it; gave up after waiting 30ms") {
		t.Errorf("busy folder: %v", err)
	}
	if len(logged) != 1 || !strings.Contains(logged[0], "another codebook run is using it; waiting up to 30ms") {
		t.Errorf("log: %q", logged)
	}

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(50 * time.Millisecond)
		first.Close()
	}()
	second, err := Open(dir, OpenOptions{Wait: time.Minute})
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	second.Close()
	wg.Wait()
}

// TestConcurrentWrites runs many updates to alternating sets on one
// folder at once; serialised, each leaves a complete set.
func TestConcurrentWrites(t *testing.T) {
	if !flockSupported {
		t.Skip("no flock here")
	}
	s := newTwoSets(t)
	var wg sync.WaitGroup
	errs := make(chan error, 20)
	for i := range 20 {
		files, lock := s.old, s.oldLock
		if i%2 == 1 {
			files, lock = s.new, s.newLock
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			f, err := Open(s.dir, OpenOptions{Create: true, LockFile: s.lock, Wait: time.Minute})
			if err != nil {
				errs <- err
				return
			}
			defer f.Close()
			if _, err := f.Write(context.Background(), files, Options{Lock: lock}); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	got := snapshot(t, s.root)
	if !maps.Equal(got, s.want(s.old, s.oldLock)) && !maps.Equal(got, s.want(s.new, s.newLock)) {
		t.Errorf("neither set: %q", got)
	}
}
