package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
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
// Go files are replaced with a journal, not a directory swap: the output
// folder also holds files people wrote (tests, examples), and the lock
// file lives elsewhere, beside the spec; a swapped folder would have to
// copy the first and could not take the second along. The journal
// protocol (see Write):
//
//  1. stage: every file that changes is written in full into the hidden
//     staging folder DIR/.codebook-update (same file system as DIR, and
//     ignored by the go tool), and the new lock file beside the lock
//     as .NAME.codebook-update; the staging folder records that lock path
//     first, so an abandoned staged lock can be found;
//  2. commit: the journal (the list of renames and removals, with a
//     checksum) is written to a temporary name in the staging folder and
//     renamed to DIR/.codebook-update/journal. That rename is the commit
//     point;
//  3. apply: each staged file is renamed over its target (the lock file
//     too) and each generated file that is no longer produced is
//     removed; then the journal and the staging folder go.
//
// A run killed before step 2 leaves the folder and lock as they were,
// plus staging files; one killed in step 3 leaves a mix of old and new
// files, plus the journal. Either way the next run on the folder (a
// check included) first rolls back (removes the staging files) or
// rolls forward (redoes step 3, which is idempotent: a staged file
// already moved is skipped), and says so. SIGINT and SIGTERM are caught
// by the command: before the commit point it rolls back, after it it
// finishes, so they leave no repair to do.
//
// Files are not synced to disk: the guarantee is against the process
// dying, not the machine; everything here can be generated again.
//
// Runs on one folder are serialised with flock(2) on the folder itself
// and on the lock file's folder (so no lock file is left behind, and
// the kernel releases it when a process dies). Where flock is missing
// (Windows), runs are not serialised.
type Folder struct {
	dir      string
	lockFile string
	held     []*os.File
	created  []string // folders Open made, deepest first
	opt      OpenOptions
}

// OpenOptions control Open.
type OpenOptions struct {
	// Create makes the folder (and its parents) when it is missing, as a
	// write needs. Without it a missing folder stays missing: there is
	// nothing to lock or repair.
	Create bool
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
	journalName   = "journal"
	// lockNoteName, in the staging folder, names the staged lock file.
	lockNoteName = "lock"
	// pollEvery is how often a waiting run tries the lock again.
	pollEvery = 20 * time.Millisecond
)

// Open takes dir for one run: it creates it if asked, locks it (and the
// lock file's folder), then repairs what a killed run left and removes
// stale temporary files.
func Open(dir string, opt OpenOptions) (_ *Folder, err error) {
	f := &Folder{dir: dir, lockFile: opt.LockFile, opt: opt}
	ok := false
	defer func() {
		if !ok { // an error, or a panic in a Hook
			f.Close()
		}
	}()
	if opt.Create {
		if f.created, err = mkdirAll(dir); err != nil {
			return nil, err
		}
	}
	if err := f.lock(); err != nil {
		return nil, err
	}
	if err := f.recover(); err != nil {
		return nil, err
	}
	ok = true
	return f, nil
}

// Close releases the folder; a folder Open created that is still empty
// (the run wrote nothing) is removed again.
func (f *Folder) Close() error {
	for _, d := range f.created {
		if os.Remove(d) != nil {
			break
		}
	}
	f.created = nil
	var errs []error
	for _, h := range f.held {
		errs = append(errs, h.Close())
	}
	f.held = nil
	return errors.Join(errs...)
}

// exists reports whether the output folder is there.
func (f *Folder) exists() bool {
	fi, err := os.Stat(f.dir)
	return err == nil && fi.IsDir()
}

// lock flocks the output folder and the lock file's folder, in path
// order so that two runs cannot each hold one and wait for the other.
func (f *Folder) lock() error {
	var dirs []string
	want := []string{f.dir}
	if f.lockFile != "" {
		want = append(want, filepath.Dir(f.lockFile))
	}
	for _, d := range want {
		abs, err := filepath.Abs(d)
		if err != nil {
			return err
		}
		if fi, err := os.Stat(abs); err == nil && fi.IsDir() && !slices.Contains(dirs, abs) {
			dirs = append(dirs, abs)
		}
	}
	slices.Sort(dirs)
	for _, d := range dirs {
		if err := f.lockDir(d); err != nil {
			return err
		}
	}
	f.hook("locked")
	return nil
}

// lockDir waits up to opt.Wait for the flock on d, saying once that it
// waits and, if it gives up, why.
func (f *Folder) lockDir(d string) error {
	h, err := os.Open(d)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(f.opt.Wait)
	for said := false; ; {
		busy, err := tryLock(h)
		if err != nil {
			h.Close()
			return fmt.Errorf("%s: locking against other codebook runs: %w", d, err)
		}
		if !busy {
			break
		}
		if !time.Now().Before(deadline) {
			h.Close()
			return fmt.Errorf("%s: another codebook run is still using it; gave up after waiting %v (raise -wait to wait longer)", d, f.opt.Wait)
		}
		if !said {
			f.log(fmt.Sprintf("%s: another codebook run is using it; waiting up to %v", d, f.opt.Wait))
			said = true
		}
		time.Sleep(min(pollEvery, time.Until(deadline)))
	}
	f.held = append(f.held, h)
	return nil
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
