package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// check turns the plan into a report with diffs, writing nothing.
func (p *planned) check(dir string) Result {
	r := Result{Unchanged: p.unchanged}
	for _, s := range p.steps {
		oldLabel, newLabel := labels(filepath.Join(dir, s.Name))
		switch s.Op {
		case Create:
			oldLabel = "/dev/null"
		case Remove:
			newLabel = "/dev/null"
		}
		s.Diff = Diff(oldLabel, s.old, newLabel, s.new)
		r.Changes = append(r.Changes, s.Change)
	}
	return r
}

// labels names the two sides of a diff as git does (a/path, b/path), so
// the diff applies with git apply or patch -p1; an absolute path is used
// as it is.
func labels(path string) (old, new string) {
	path = filepath.ToSlash(path)
	if filepath.IsAbs(path) || strings.HasPrefix(path, "/") {
		return path, path
	}
	return "a/" + path, "b/" + path
}

// apply carries the plan out: writes first, removals last, so a failed
// write never leaves the folder with fewer files than before. The Result
// lists what was done up to an error.
func (p *planned) apply(dir string) (Result, error) {
	r := Result{Unchanged: p.unchanged}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return r, err
	}
	for _, s := range p.steps {
		if s.Op == Remove {
			continue
		}
		if err := writeFile(dir, s.Name, s.new, s.perm); err != nil {
			return r, err
		}
		r.Changes = append(r.Changes, s.Change)
	}
	for _, s := range p.steps {
		if s.Op != Remove {
			continue
		}
		// A file already gone (another run removed it) is what we wanted.
		if err := os.Remove(filepath.Join(dir, s.Name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return r, err
		}
		r.Changes = append(r.Changes, s.Change)
	}
	return r, nil
}

// writeFile replaces dir/name atomically: the bytes go to a temporary
// file in the same folder (so the rename cannot cross file systems),
// which is then renamed over the old file. The file is not synced: it is
// reproducible from the spec, and a rename is atomic for readers either
// way.
func writeFile(dir, name string, data []byte, perm fs.FileMode) (err error) {
	f, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
			err = fmt.Errorf("writing %s: %w", filepath.Join(dir, name), err)
		}
	}()
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp, perm); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, name))
}
