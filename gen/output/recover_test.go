package output

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
)

// plantJournal writes a valid journal into dir's staging folder.
func plantJournal(t *testing.T, dir string, j *journal) {
	t.Helper()
	stage := filepath.Join(dir, stagingDir)
	if err := os.MkdirAll(stage, 0o755); err != nil {
		t.Fatal(err)
	}
	writeRaw(t, stage, journalName, string(j.encode()))
}

// TestPlantedJournalLeavesHandWrittenFiles: a journal codebook did not
// write (or one from before a person replaced a file) removes and
// replaces only files with codebook's header; check mode does nothing
// with it at all.
func TestPlantedJournalLeavesHandWrittenFiles(t *testing.T) {
	s := newTwoSets(t)
	stage := filepath.Join(s.dir, stagingDir)
	plant := func() {
		plantJournal(t, s.dir, &journal{Put: []string{"p_test.go"}, Del: []string{"p_test.go", "a.go"}})
		writeRaw(t, stage, "p_test.go", header+"package p\n")
	}
	plant()
	before := snapshot(t, s.root)
	var logged []string
	f, err := Open(s.dir, OpenOptions{ReadOnly: true, LockFile: s.lock, Log: func(m string) { logged = append(logged, m) }})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(context.Background(), s.old, Options{Check: true, Lock: s.oldLock}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if got := snapshot(t, s.root); !maps.Equal(got, before) {
		t.Errorf("check mode changed the folder:\n%q\nwant %q", got, before)
	}
	if len(logged) != 1 || !strings.Contains(logged[0], "interrupted while replacing files") || !strings.Contains(logged[0], "-check changes nothing") {
		t.Errorf("check log: %q", logged)
	}

	logged = nil
	s.open(t, nil, func(m string) { logged = append(logged, m) }).Close()
	got := snapshot(t, s.root)
	if got["out/p_test.go"] != "package p\n" {
		t.Errorf("the journal replaced or removed a hand-written file: %q", got)
	}
	if _, ok := got["out/a.go"]; ok {
		t.Errorf("a.go, codebook's, was not removed as the journal said")
	}
	if !strings.Contains(strings.Join(logged, "\n"), "without codebook's header (p_test.go, p_test.go); left them alone") {
		t.Errorf("log: %q", logged)
	}
}

// TestMarkerStopsTheBuild: a run killed while applying its journal
// leaves a folder that does not type-check, and the error names the
// cause; the next run removes the marker.
func TestMarkerStopsTheBuild(t *testing.T) {
	s := newTwoSets(t)
	if !crashAt(t, s, s.new, s.newLock, stepIndex(t, "apply a.go")) {
		t.Fatal("no crash")
	}
	if err := typeCheck(s.dir); err == nil || !strings.Contains(err.Error(), "undefined: "+markerIdent) {
		t.Errorf("a half-applied folder type-checks: %v", err)
	}
	s.open(t, nil, nil).Close()
	if err := typeCheck(s.dir); err != nil {
		t.Errorf("after the repair: %v", err)
	}
	if got, want := snapshot(t, s.root), s.want(s.new, s.newLock); !maps.Equal(got, want) {
		t.Errorf("after the repair: %q", got)
	}
}

// stepIndex is the number of the hook step named step in an update from
// the old set to the new one.
func stepIndex(t *testing.T, name string) int {
	t.Helper()
	var steps []string
	s := newTwoSets(t)
	s.write(t, s.new, s.newLock, func(s string) { steps = append(steps, s) })
	for i, st := range steps {
		if st == name {
			return i
		}
	}
	t.Fatalf("no step %q in %q", name, steps)
	return -1
}

// typeCheck type-checks the package in dir, tests left out.
func typeCheck(dir string) error {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var files []*ast.File
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, 0)
		if err != nil {
			return err
		}
		files = append(files, af)
	}
	_, err = (&types.Config{}).Check("p", fset, files, nil)
	return err
}

// TestFailureAfterCommit: when a rename fails after the commit point,
// the error says the update is recorded but unfinished, the folder does
// not build meanwhile, and the next run finishes the update.
func TestFailureAfterCommit(t *testing.T) {
	s := newTwoSets(t)
	blocker := filepath.Join(s.lock, "blocker")
	f := s.open(t, func(step string) {
		if step == "committed" {
			// A folder where the lock file is: its rename must fail.
			os.Rename(s.lock, s.lock+".saved")
			os.MkdirAll(blocker, 0o755)
		}
	}, nil)
	_, err := f.Write(context.Background(), s.new, Options{Lock: s.newLock})
	f.Close()
	if err == nil || !strings.Contains(err.Error(), "committed but not finished") {
		t.Fatalf("err = %v", err)
	}
	if err := typeCheck(s.dir); err == nil || !strings.Contains(err.Error(), markerIdent) {
		t.Errorf("an unfinished update type-checks: %v", err)
	}
	os.RemoveAll(s.lock)
	os.Rename(s.lock+".saved", s.lock)
	var logged []string
	s.open(t, nil, func(m string) { logged = append(logged, m) }).Close()
	if got, want := snapshot(t, s.root), s.want(s.new, s.newLock); !maps.Equal(got, want) {
		t.Errorf("after the next run: %q\nwant %q", got, want)
	}
	if len(logged) != 1 || !strings.Contains(logged[0], "finished its update") {
		t.Errorf("log: %q", logged)
	}
}

// TestFirstRunAllOrNothing: a first run into a folder that does not
// exist, killed at any step, leaves no folder or the complete one, and
// after the next Open no staging file either.
func TestFirstRunAllOrNothing(t *testing.T) {
	files := []gen.File{genFile("a.go", "package out\n"), genFile("b.go", "package out\n")}
	lock := []byte("set code A\n")
	var steps []string
	{
		root := t.TempDir()
		f, err := Open(filepath.Join(root, "out"), OpenOptions{Create: true, LockFile: filepath.Join(root, "x.lock"), Hook: func(s string) { steps = append(steps, s) }})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write(context.Background(), files, Options{Lock: lock}); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	for n, step := range steps {
		root := t.TempDir()
		s := &twoSets{root: root, dir: filepath.Join(root, "out"), lock: filepath.Join(root, "x.lock")}
		if !crashAt(t, s, files, lock, n) {
			t.Fatalf("step %d %s: no crash", n, step)
		}
		f, err := Open(s.dir, OpenOptions{LockFile: s.lock})
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		got := snapshot(t, root)
		whole := map[string]string{"out/a.go": string(files[0].Data), "out/b.go": string(files[1].Data), "x.lock": string(lock)}
		if len(got) != 0 && !maps.Equal(got, whole) {
			t.Errorf("killed at step %d %s: %q", n, step, got)
		}
		if names := listDir(t, root); len(got) == 0 && len(names) != 0 {
			t.Errorf("killed at step %d %s: left %q", n, step, names)
		}
	}
}

// TestHeaderReadsAreBounded: a huge file beside the generated code, a
// FIFO and a symbolic link cost a few kilobytes each, in a write and in
// a check.
func TestHeaderReadsAreBounded(t *testing.T) {
	dir := t.TempDir()
	big, err := os.Create(filepath.Join(dir, "huge.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(1 << 30); err != nil { // sparse: no disk used
		t.Skip("no sparse file:", err)
	}
	big.Close()
	mkfifo(t, filepath.Join(dir, "pipe.go"))
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.go")); err != nil {
		t.Fatal(err)
	}
	files := []gen.File{genFile("a.go", "package p\n")}
	for _, check := range []bool{true, false} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := Write(dir, files, Options{Check: check}); err != nil {
			t.Fatalf("check=%v: %v", check, err)
		}
		runtime.ReadMemStats(&after)
		if got := after.TotalAlloc - before.TotalAlloc; got > 16<<20 {
			t.Errorf("check=%v: allocated %d bytes", check, got)
		}
	}
}

func TestMarkerNameKept(t *testing.T) {
	dir := t.TempDir()
	writeRaw(t, dir, markerName, "package p\n")
	_, err := Write(dir, []gen.File{genFile("a.go", "package p\n")}, Options{})
	if err == nil || !strings.Contains(err.Error(), "keeps this name") {
		t.Errorf("err = %v", err)
	}
	if got := readRaw(t, dir, markerName); got != "package p\n" {
		t.Errorf("%s: %q", markerName, got)
	}
}

// TestFirstRunLockInside: a first run whose lock file is to live inside
// the new folder stages it there too, and it arrives with the folder.
func TestFirstRunLockInside(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "out")
	lock := filepath.Join(dir, "x.lock")
	f, err := Open(dir, OpenOptions{Create: true, LockFile: lock})
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.Write(context.Background(), []gen.File{genFile("a.go", "package out\n")}, Options{Lock: []byte("set code A\n")})
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"out/a.go": header + "package out\n", "out/x.lock": "set code A\n"}
	if got := snapshot(t, root); !maps.Equal(got, want) {
		t.Errorf("%q", got)
	}
	if got := listDir(t, root); len(got) != 1 {
		t.Errorf("beside the folder: %q", got)
	}
}
