package output

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// A Folder is an output folder taken by one run: locked against other
// runs, and repaired if an earlier run was killed in the middle of an
// update. Take it before reading anything the update depends on (the
// lock file above all), so that two runs are serialised from read to
// commit, and Close it when done.
//
// # How an update stays all-or-nothing
//
// Go files are replaced with a journal, not a swap of the whole folder:
// the folder also holds files people wrote (tests, examples, nested
// packages), which a swap would have to copy on every run, and the lock
// file lives elsewhere, beside the spec, where no swap of the folder
// reaches. The journal protocol (see Write):
//
//  1. stage: every file that changes is written in full into the hidden
//     staging folder DIR/.codebook-update (same file system as DIR, and
//     ignored by the go tool), and the new lock file beside the lock
//     as .NAME.codebook-update; the staging folder records that lock path
//     first, so an abandoned staged lock can be found. The marker file
//     (markerName) is staged too;
//  2. commit: the journal (the list of renames and removals, with a
//     checksum) is written to a temporary name in the staging folder and
//     renamed to DIR/.codebook-update/journal. That rename is the commit
//     point;
//  3. apply: the marker is moved into DIR, each staged file is renamed
//     over its target (the lock file too), each generated file that is
//     no longer produced is removed, and the marker is removed; then the
//     journal and the staging folder go.
//
// When DIR does not exist yet, the whole new folder is staged beside it
// as .DIR.codebook-new, journal inside, and its rename to DIR is the
// commit point: a first run leaves a complete folder or none.
//
// A run killed before step 2 leaves the folder and lock as they were,
// plus staging files; one killed in step 3 leaves a mix of old and new
// files, the journal, and the marker, a Go file that does not compile,
// so that a build between the kill and the next run fails and says why
// instead of compiling the mix. The next run on the folder first rolls
// back (removes the staging files) or rolls forward (redoes step 3,
// which is idempotent: a staged file already moved is skipped), and
// says so; a journal entry is obeyed only for files with codebook's
// header. A read-only Open (check mode) repairs nothing: it says what
// it found. SIGINT and SIGTERM are caught by the command: before the
// commit point it rolls back, after it it finishes, so they leave no
// repair to do.
//
// Files are not synced to disk: the guarantee is against the process
// dying, not the machine; everything here can be generated again.
//
// Runs on one folder take turns through flock(2) on the folder's parent
// and on the lock file's folder (see turns.go); the kernel releases a
// flock when its process dies. Where flock is missing (Windows), runs
// are not serialised.
type Folder struct {
	dir      string
	lockFile string
	held     []*os.File
	created  []string // folders Open made, deepest first
	opt      OpenOptions
}

// OpenOptions control Open.
type OpenOptions struct {
	// Create makes the folders above the output folder when they are
	// missing, as a write needs (the output folder itself is made by the
	// update). Without it a missing folder stays missing.
	Create bool
	// ReadOnly changes nothing on disk: what a killed run left is
	// reported through Log, not repaired (check mode).
	ReadOnly bool
	// LockFile is the path of the lock file written in the same update,
	// or "". Its folder is locked too.
	LockFile string
	// Wait is how long to wait for another run to release the folder
	// before giving up; 0 gives up at once.
	Wait time.Duration
	// Log receives one line for each thing a run should know about:
	// waiting for another run, and a repair.
	Log func(msg string)
	// Hook, when set, is called at every step of an update and of a
	// repair, with the step's name. It exists for tests that kill the
	// process at a chosen step.
	Hook func(step string)
}

const (
	// stagingDir is the hidden staging folder inside the output folder.
	stagingDir = ".codebook-update"
	// stagingSuffix names the staged lock file (.NAME + suffix).
	stagingSuffix = ".codebook-update"
	// freshSuffix names a new output folder staged whole (.NAME + suffix).
	freshSuffix = ".codebook-new"
	journalName = "journal"
	// lockNoteName, in the staging folder, names the staged lock file.
	lockNoteName = "lock"
	// pollEvery is how often a waiting run tries the lock again.
	pollEvery = 20 * time.Millisecond
)

// Open is OpenContext without a context: the wait for another run ends
// only at opt.Wait.
func Open(dir string, opt OpenOptions) (*Folder, error) {
	return OpenContext(context.Background(), dir, opt)
}

// OpenContext takes dir for one run: it locks it (see turns.go), then
// repairs what a killed run left and removes stale temporary files;
// with opt.ReadOnly it only reports them. The folder itself is not
// created here but by the update that first writes into it, so a run
// that writes nothing leaves no folder. When ctx ends during the wait
// the error is ErrInterrupted.
func OpenContext(ctx context.Context, dir string, opt OpenOptions) (_ *Folder, err error) {
	if err := checkDir(dir); err != nil {
		return nil, err
	}
	f := &Folder{dir: filepath.Clean(dir), lockFile: opt.LockFile, opt: opt}
	ok := false
	defer func() {
		if !ok { // an error, or a panic in a Hook
			f.Close()
		}
	}()
	if err := f.lock(ctx); err != nil {
		return nil, err
	}
	if err := f.recover(); err != nil {
		return nil, err
	}
	ok = true
	return f, nil
}

// checkDir refuses an output folder that cannot be one: a file, or a
// file system's root (whose generated files would be removed or
// replaced among the system's own, and which has no parent to lock).
func checkDir(dir string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	if filepath.Dir(abs) == abs {
		return fmt.Errorf("%s: is a file system root; refusing to generate into it (name a folder below it)", dir)
	}
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return fmt.Errorf("%s: not a folder", dir)
	}
	return nil
}

// Close releases the folder. Folders above it that Open made and that
// are still empty (the run wrote nothing) are removed first, while the
// flock still keeps other runs out.
func (f *Folder) Close() error {
	for _, d := range f.created {
		if os.Remove(d) != nil {
			break
		}
	}
	f.created = nil
	return f.release()
}

// exists reports whether the output folder is there.
func (f *Folder) exists() bool {
	fi, err := os.Stat(f.dir)
	return err == nil && fi.IsDir()
}

func (f *Folder) log(msg string) {
	if f.opt.Log != nil {
		f.opt.Log(msg)
	}
}

func (f *Folder) hook(step string) {
	if f.opt.Hook != nil {
		f.opt.Hook(step)
	}
}

// mkdirAll is os.MkdirAll that returns the folders it made, deepest
// first.
func mkdirAll(dir string) ([]string, error) {
	var missing []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); !errors.Is(err, fs.ErrNotExist) {
			break
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, err
	}
	return missing, nil
}
