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

// apply carries out a committed journal and then removes it and the
// staging folder. Every step may already have been done by a run that
// was killed, so a missing staged file or an already removed file is
// fine. The marker stands in the folder from before the first Go file
// changes until after the last. A file without codebook's header is
// never replaced or removed, whatever the journal says. An error leaves
// the journal (and the marker) for the next run.
func (f *Folder) apply(j *journal) error {
	stage := filepath.Join(f.dir, stagingDir)
	var refused []string
	if len(j.Put)+len(j.Del) > 0 {
		if err := f.placeMarker(stage); err != nil {
			return err
		}
	}
	for _, name := range j.Put {
		if !mayApply(filepath.Join(f.dir, name)) {
			refused = append(refused, name)
			continue
		}
		if err := renameIfThere(filepath.Join(stage, name), filepath.Join(f.dir, name)); err != nil {
			return err
		}
		f.hook("apply " + name)
	}
	if j.Lock != "" {
		if err := renameIfThere(filepath.Join(f.dir, j.LockTemp), filepath.Join(f.dir, j.Lock)); err != nil {
			return err
		}
		f.hook("apply lock")
	}
	for _, name := range j.Del {
		if !mayApply(filepath.Join(f.dir, name)) {
			refused = append(refused, name)
			continue
		}
		if err := os.Remove(filepath.Join(f.dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		f.hook("apply del " + name)
	}
	if len(refused) > 0 {
		f.log(fmt.Sprintf("%s: the journal names files without codebook's header (%s); left them alone", f.dir, strings.Join(refused, ", ")))
	}
	if err := removeGenerated(filepath.Join(f.dir, markerName)); err != nil {
		return err
	}
	f.hook("marker removed")
	// The journal goes last but for the empty folder, so that a run
	// killed here leaves either the journal or nothing to report.
	if err := os.Remove(filepath.Join(stage, lockNoteName)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.Remove(filepath.Join(stage, journalName)); err != nil {
		return err
	}
	f.hook("journal removed")
	// Only what the journal refused to move can still be staged.
	return os.RemoveAll(stage)
}

// placeMarker moves the staged marker into the folder; a marker already
// moved by a killed run is fine.
func (f *Folder) placeMarker(stage string) error {
	if !mayApply(filepath.Join(f.dir, markerName)) {
		return fmt.Errorf("%s: not codebook's file; refusing to replace it", filepath.Join(f.dir, markerName))
	}
	if err := renameIfThere(filepath.Join(stage, markerName), filepath.Join(f.dir, markerName)); err != nil {
		return err
	}
	f.hook("marker placed")
	return nil
}

// mayApply reports whether a journal entry may touch path: it is
// missing (moved or removed already, or new), or a regular file with
// codebook's header.
func mayApply(path string) bool {
	ok, err := IsGeneratedFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return true
	}
	return err == nil && ok
}

// removeGenerated removes path when it is codebook's file.
func removeGenerated(path string) error {
	ok, err := IsGeneratedFile(path)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && !ok) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
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

func renameIfThere(from, to string) error {
	err := os.Rename(from, to)
	if errors.Is(err, fs.ErrNotExist) {
		if _, serr := os.Lstat(from); errors.Is(serr, fs.ErrNotExist) {
			return nil // moved by an earlier, interrupted apply
		}
	}
	return err
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

// recover finishes or undoes what a killed run left, before this run
// reads anything, and says what it did. Read-only, it says what it
// found and what will finish it, and changes nothing.
func (f *Folder) recover() error {
	if fresh := f.freshRoot(); exists(fresh) {
		if f.opt.ReadOnly {
			f.log(fmt.Sprintf("%s: an earlier run was interrupted before creating this folder; its staged files in %s are left for the next generate to remove", f.dir, fresh))
		} else {
			f.hook("recover rollback")
			f.rollback(fresh, "")
			if exists(fresh) {
				return fmt.Errorf("%s: cannot remove the staging files of an interrupted run", fresh)
			}
			f.log(fmt.Sprintf("%s: an earlier run was interrupted before creating this folder; removed its staged files", f.dir))
		}
	}
	if !f.exists() {
		return nil
	}
	stage := filepath.Join(f.dir, stagingDir)
	if exists(stage) {
		if f.opt.ReadOnly {
			f.report(stage)
		} else if err := f.repair(stage); err != nil {
			return err
		}
	}
	if f.opt.ReadOnly {
		return nil
	}
	return f.removeLegacyTemps()
}

// report says, changing nothing, what a killed run left in stage.
func (f *Folder) report(stage string) {
	if entries, err := os.ReadDir(stage); err == nil && len(entries) == 0 {
		return // nothing staged, or all of it applied
	}
	if _, err := os.Lstat(filepath.Join(stage, journalName)); err == nil {
		f.log(fmt.Sprintf("%s: an earlier run was interrupted while replacing files (its journal is %s); the folder may mix two runs' files and does not build until a codebook generate run finishes the update; -check changes nothing", f.dir, filepath.Join(stage, journalName)))
		return
	}
	f.log(fmt.Sprintf("%s: an earlier run was interrupted before its update; its staged files in %s change nothing and the next generate removes them", f.dir, stage))
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

func (f *Folder) repair(stage string) error {
	if entries, err := os.ReadDir(stage); err == nil && len(entries) == 0 {
		// Made, or emptied, by a run killed before staging anything or
		// after finishing: nothing was left half done.
		return os.Remove(stage)
	}
	data, err := os.ReadFile(filepath.Join(stage, journalName))
	if errors.Is(err, fs.ErrNotExist) {
		f.hook("recover rollback")
		f.rollback(f.dir, "")
		if exists(stage) {
			return fmt.Errorf("%s: cannot remove the staging files of an interrupted run", stage)
		}
		f.log(fmt.Sprintf("%s: an earlier run was interrupted before its update; removed its staged files (the folder was left as it was)", f.dir))
		return nil
	}
	if err != nil {
		return err
	}
	j, err := parseJournal(data)
	if err != nil {
		// A journal is renamed into place whole, so only an edit or a
		// crash of the machine gets here. Nothing says which files are
		// new; this run rewrites every file that differs anyway.
		f.rollback(f.dir, "")
		f.log(fmt.Sprintf("%s: removed the damaged journal of an interrupted run (%v); the folder may mix two runs' files until this run rewrites them", f.dir, err))
		return nil
	}
	f.hook("recover forward")
	if err := f.apply(j); err != nil {
		return fmt.Errorf("%s: finishing the update of an interrupted run: %w", f.dir, err)
	}
	msg := fmt.Sprintf("%s: an earlier run was interrupted while replacing files; finished its update (%d written, %d removed", f.dir, len(j.Put), len(j.Del))
	if j.Lock != "" {
		msg += ", lock file " + filepath.Join(f.dir, j.Lock)
	}
	f.log(msg + ")")
	return nil
}

// legacyTemp returns NAME for the temporary files of codebook versions
// that renamed file by file (".NAME.123456.tmp"), left behind when such
// a run was killed, else "".
func legacyTemp(file string) string {
	s, ok := strings.CutSuffix(file, ".tmp")
	if !ok || !strings.HasPrefix(s, ".") {
		return ""
	}
	i := strings.LastIndexByte(s, '.')
	name, digits := s[1:max(i, 1)], s[i+1:]
	if i <= 1 || digits == "" || strings.Trim(digits, "0123456789") != "" {
		return ""
	}
	return name
}

// removeLegacyTemps removes those files: in the output folder the ones
// of Go files, beside the lock file the ones of the lock.
func (f *Folder) removeLegacyTemps() error {
	var stale []string
	collect := func(dir string, match func(name string) bool) error {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if name := legacyTemp(e.Name()); name != "" && e.Type().IsRegular() && match(name) {
				stale = append(stale, filepath.Join(dir, e.Name()))
			}
		}
		return nil
	}
	if err := collect(f.dir, func(n string) bool { return strings.HasSuffix(n, ".go") }); err != nil {
		return err
	}
	if f.lockFile != "" {
		base := filepath.Base(f.lockFile)
		if err := collect(filepath.Dir(f.lockFile), func(n string) bool { return n == base }); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	for _, p := range stale {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	if len(stale) > 0 {
		f.log(fmt.Sprintf("%s: removed %d temporary file(s) left by killed runs of an older codebook", f.dir, len(stale)))
	}
	return nil
}
