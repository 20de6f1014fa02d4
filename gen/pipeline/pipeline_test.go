package pipeline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/gen"
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
