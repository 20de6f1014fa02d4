package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

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
