package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/gen/output"
)

func TestRunSeedWithNewLock(t *testing.T) {
	lockPath := filepath.Join(t.TempDir(), "opi.lock")
	r, diags, err := Run(Options{Specs: []string{"../../spec/opi.md"}, Package: "opi", Lock: lockPath})
	if err != nil || diags.HasErrors() {
		t.Fatalf("Run: %v %v", err, diags)
	}
	if len(diags) != 1 || !strings.Contains(diags[0].Msg, `"-10010" has no row`) {
		t.Errorf("diags = %v, want the seed's one warning", diags)
	}
	if len(r.Files) == 0 || !gen.IsGenerated(r.Files[0].Data) {
		t.Fatalf("files = %d, first without our header", len(r.Files))
	}
	if !strings.Contains(string(r.Lock), "member code 21001 SignError\n") {
		t.Errorf("lock does not pin 21001:\n%s", r.Lock)
	}
	if _, err := os.Stat(lockPath); err == nil {
		t.Error("Run wrote the lock file; writing is the caller's")
	}
}

func TestRunWithoutLock(t *testing.T) {
	r, _, err := Run(Options{Specs: []string{"../../spec/opi.md"}, Package: "opi"})
	if err != nil || r.Lock != nil || len(r.Files) == 0 {
		t.Fatalf("Run without lock = %d files, lock %q, %v", len(r.Files), r.Lock, err)
	}
}

func TestRunLockPinsNames(t *testing.T) {
	lockPath := filepath.Join(t.TempDir(), "opi.lock")
	pinned := "set code ErrorCode\nmember code 21001 Signature\n"
	if err := os.WriteFile(lockPath, []byte(pinned), 0o644); err != nil {
		t.Fatal(err)
	}
	r, diags, err := Run(Options{Specs: []string{"../../spec/opi.md"}, Package: "opi", Lock: lockPath})
	if err != nil || diags.HasErrors() {
		t.Fatalf("Run: %v %v", err, diags)
	}
	var all strings.Builder
	for _, f := range r.Files {
		all.Write(f.Data)
	}
	if !strings.Contains(all.String(), "ErrorCodeSignature ErrorCode = 21001") {
		t.Error("the lock's name for 21001 is not used")
	}
}

func TestRunErrorsGiveNoFiles(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.md")
	doc := "| code | message |\n|---|---|\n| 1 | one |\n| 99999999999999999999 | uno |\n"
	if err := os.WriteFile(bad, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	r, diags, err := Run(Options{Specs: []string{bad}, Package: "p", Lock: filepath.Join(dir, "bad.lock")})
	if err != nil || !diags.HasErrors() {
		t.Fatalf("Run = %v, %v; want spec errors", diags, err)
	}
	if r.Files != nil || r.Lock != nil {
		t.Error("a spec with errors produced output")
	}
}

func TestRunBadLockIsAnError(t *testing.T) {
	dir := t.TempDir()
	lockPath := filepath.Join(dir, "x.lock")
	if err := os.Mkdir(lockPath, 0o755); err != nil { // a folder cannot be read as a lock
		t.Fatal(err)
	}
	if _, _, err := Run(Options{Specs: []string{"../../spec/opi.md"}, Package: "opi", Lock: lockPath}); err == nil {
		t.Error("Run with an unreadable lock: no error")
	}
}

// TestGenerateWritesFilesAndLockTogether: one call writes the package
// and the lock; a second changes nothing; a check reports nothing.
func TestGenerateWritesFilesAndLockTogether(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	lockPath := filepath.Join(dir, "opi.lock")
	opt := Options{Specs: []string{"../../spec/opi.md"}, Package: "opi", Lock: lockPath}
	res, diags, err := Generate(context.Background(), opt, Output{Dir: out})
	if err != nil || diags.HasErrors() {
		t.Fatalf("Generate: %v %v", err, diags)
	}
	var lockChanged bool
	for _, c := range res.Changes {
		lockChanged = lockChanged || c.Lock
	}
	if !lockChanged || len(res.Changes) < 2 {
		t.Errorf("changes %+v: want the Go files and the lock", res.Changes)
	}
	if data, err := os.ReadFile(lockPath); err != nil || !strings.Contains(string(data), "member code 21001 SignError\n") {
		t.Errorf("lock: %q %v", data, err)
	}
	for _, check := range []bool{false, true} {
		res, _, err := Generate(context.Background(), opt, Output{Dir: out, Check: check})
		if err != nil || res.Changed() {
			t.Errorf("check=%v: second run changed %+v (%v)", check, res.Changes, err)
		}
	}
}

func TestGenerateSpecErrorsWriteNothing(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.md")
	if err := os.WriteFile(bad, []byte("| code | message |\n|---|---|\n| 1 | one |\n| 99999999999999999999 | uno |\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	_, diags, err := Generate(context.Background(), Options{Specs: []string{bad}, Package: "p", Lock: filepath.Join(dir, "bad.lock")}, Output{Dir: out})
	if err != nil || !diags.HasErrors() {
		t.Fatalf("Generate = %v, %v; want spec errors", diags, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("a spec with errors left %d entries beside it (out folder, lock?)", len(entries))
	}
}

func TestGenerateInterrupted(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := Generate(ctx, Options{Specs: []string{"../../spec/opi.md"}, Package: "opi", Lock: filepath.Join(dir, "x.lock")}, Output{Dir: filepath.Join(dir, "out")})
	if !errors.Is(err, output.ErrInterrupted) {
		t.Fatalf("err = %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("an interrupted run left %d entries", len(entries))
	}
}
