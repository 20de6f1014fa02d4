package output

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrInterrupted is returned when the context ends before the commit
// point: the staged files are gone and nothing changed.
var ErrInterrupted = errors.New("interrupted before the update; nothing was changed")

// stage writes every changed file into the staging folder and the new
// lock beside the lock file, and returns the journal that commits them.
// On error or cancellation it removes what it staged.
//
// When the output folder does not exist yet, the whole new folder is
// staged beside it (freshRoot, the staging folder inside it) and its
// rename into place is the commit point: a first run leaves the folder
// complete or leaves none.
func (f *Folder) stage(ctx context.Context, p *planned) (_ *journal, err error) {
	j := &journal{base: f.dir}
	if !f.exists() {
		j.base = f.freshRoot()
		if err := os.Mkdir(j.base, 0o777); err != nil {
			return nil, f.stagingErr(err)
		}
	}
	stage := filepath.Join(j.base, stagingDir)
	if err := os.Mkdir(stage, 0o777); err != nil {
		if j.base != f.dir {
			os.Remove(j.base)
		}
		return nil, f.stagingErr(err)
	}
	defer func() {
		if err != nil {
			f.rollback(j.base, j.LockTemp)
		}
	}()
	f.hook("stage")
	for _, s := range p.steps {
		if ctx.Err() != nil {
			return nil, ErrInterrupted
		}
		switch {
		case s.Op == Remove:
			j.Del = append(j.Del, s.Name)
		case s.Lock:
			if err := f.stageLock(j, s); err != nil {
				return nil, err
			}
		case j.base != f.dir:
			// A new folder: the file is staged where it will stay.
			if err := f.writeStaged(filepath.Join(j.base, s.Name), s, s.Name); err != nil {
				return nil, err
			}
		default:
			if err := f.writeStaged(filepath.Join(stage, s.Name), s, s.Name); err != nil {
				return nil, err
			}
			j.Put = append(j.Put, s.Name)
		}
	}
	if p.marker != nil && len(j.Put)+len(j.Del) > 0 {
		m := step{new: p.marker, perm: 0o644}
		if err := f.writeStaged(filepath.Join(stage, markerName), m, "marker"); err != nil {
			return nil, err
		}
	}
	if ctx.Err() != nil {
		return nil, ErrInterrupted
	}
	return j, nil
}

// stagingErr explains a staging folder that is already there: Open
// repaired the folder, so only a run that Open did not keep out (no
// flock on this system) made it since.
func (f *Folder) stagingErr(err error) error {
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s: another codebook run is updating this folder", f.dir)
	}
	return err
}

// stageLock writes the new lock file beside the old one, after a note
// in the staging folder that names it.
func (f *Folder) stageLock(j *journal, s step) error {
	rel, err := relTo(f.dir, s.Name)
	if err != nil {
		return err
	}
	// The note comes first: from here on a staged lock may exist, and a
	// run that finds no journal must find it.
	note := filepath.Join(j.base, stagingDir, lockNoteName)
	if err := os.WriteFile(note, []byte(strconv.Quote(rel)+"\n"), 0o666); err != nil {
		return err
	}
	j.Lock, j.LockTemp = rel, lockTempFor(rel)
	path := f.lockTempPath(j.base, j.LockTemp)
	if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
		return err
	}
	return f.writeStaged(path, s, "lock")
}

// freshRoot is where a folder that does not exist yet is staged whole:
// beside it, so that its rename into place stays on one file system.
func (f *Folder) freshRoot() string {
	return filepath.Join(filepath.Dir(f.dir), "."+filepath.Base(f.dir)+freshSuffix)
}

// lockTempPath is where the staged lock named relative to the output
// folder is while base is the staging root: inside a new folder staged
// whole when the lock is to live inside the output folder.
func (f *Folder) lockTempPath(base, lockTemp string) string {
	if base != f.dir && filepath.IsLocal(lockTemp) {
		return filepath.Join(base, lockTemp)
	}
	return filepath.Join(f.dir, lockTemp)
}

// writeStaged writes a staged file in two halves, so that a test can
// kill the process with a file half written.
func (f *Folder) writeStaged(path string, s step, what string) error {
	// O_TRUNC, not O_EXCL: a staged lock abandoned by a run on another
	// folder that shares this lock file must not block this one.
	w, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	half := len(s.new) / 2
	_, err = w.Write(s.new[:half])
	if err == nil {
		f.hook("stage " + what + " half")
		_, err = w.Write(s.new[half:])
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(path, s.perm)
	}
	f.hook("stage " + what)
	return err
}

// commit writes the journal under a temporary name and renames it into
// place: the commit point. For a new folder the commit point is the
// rename of the folder staged whole into place, journal inside. An
// interruption is honoured up to the rename; from there the update is
// finished, by this run or the next.
func (f *Folder) commit(ctx context.Context, j *journal) error {
	stage := filepath.Join(j.base, stagingDir)
	tmp := filepath.Join(stage, journalName+".tmp")
	data := j.encode()
	w, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err == nil {
		_, err = w.Write(data[:len(data)/2])
		f.hook("journal half")
		if err == nil {
			_, err = w.Write(data[len(data)/2:])
		}
		if cerr := w.Close(); err == nil {
			err = cerr
		}
	}
	if err == nil && ctx.Err() != nil {
		err = ErrInterrupted
	}
	if err == nil {
		err = os.Rename(tmp, filepath.Join(stage, journalName))
	}
	if err == nil && j.base != f.dir {
		f.hook("journal")
		err = f.renameFresh(j.base)
	}
	if err != nil {
		f.rollback(j.base, j.LockTemp)
		return err
	}
	f.hook("committed")
	return nil
}

// renameFresh moves a folder staged whole into place. An empty folder
// made there meanwhile is replaced (rename does that); anything else
// makes the rename fail, and the update is rolled back.
func (f *Folder) renameFresh(base string) error {
	err := os.Rename(base, f.dir)
	if err != nil {
		return fmt.Errorf("%s: cannot move the new folder into place: %w", f.dir, err)
	}
	return nil
}

// relTo is target relative to dir, both made absolute first so that
// either may be given relative to the working directory.
func relTo(dir, target string) (string, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	absTarget, err := filepath.Abs(target)
	if err != nil {
		return "", err
	}
	return filepath.Rel(absDir, absTarget)
}

// rollback removes an uncommitted update's staged files: the staged lock
// (named by lockTemp, relative to the folder, or by the staging
// folder's note), then the staging folder, or the whole new folder
// staged at base. Errors are ignored: this runs on a path that is
// already failing, and the next run tries again.
func (f *Folder) rollback(base, lockTemp string) {
	stage := filepath.Join(base, stagingDir)
	if lockTemp == "" {
		lockTemp = readLockNote(stage)
	}
	if lockTemp != "" {
		os.Remove(f.lockTempPath(base, lockTemp))
	}
	if base != f.dir {
		os.RemoveAll(base)
		return
	}
	os.RemoveAll(stage)
}

// readLockNote returns the staged lock a staging folder's note names,
// or "" when there is no complete note (then no lock was staged).
func readLockNote(stage string) string {
	data, err := os.ReadFile(filepath.Join(stage, lockNoteName))
	if err != nil {
		return ""
	}
	line, ok := strings.CutSuffix(string(data), "\n")
	rel, err := strconv.Unquote(line)
	if !ok || err != nil || rel == "" {
		return ""
	}
	return lockTempFor(rel)
}
