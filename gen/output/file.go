package output

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes data to path the way Write writes generated files
// (temporary file and rename, nothing written when the bytes already
// match), for files that are not generated code and so carry no header,
// such as a lock file that people review and commit. It reports whether
// the file changed.
func WriteFile(path string, data []byte) (changed bool, err error) {
	old, err := os.ReadFile(path)
	switch {
	case err == nil && bytes.Equal(old, data):
		return false, nil
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return false, err
	}
	perm := fs.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		perm = fi.Mode().Perm()
	}
	dir, name := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return false, err
	}
	return true, writeFile(dir, name, data, perm)
}

// CheckFile is WriteFile's check mode: it writes nothing and returns the
// diff the write would make to path ("" when the file already holds
// data), labelled as Write's check mode labels its diffs.
func CheckFile(path string, data []byte) (string, error) {
	old, err := os.ReadFile(path)
	missing := errors.Is(err, fs.ErrNotExist)
	switch {
	case err != nil && !missing:
		return "", err
	case !missing && bytes.Equal(old, data):
		return "", nil
	}
	oldLabel, newLabel := labels(path)
	if missing {
		oldLabel = "/dev/null"
	}
	return Diff(oldLabel, old, newLabel, data), nil
}
