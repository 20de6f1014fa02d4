package output

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes one file that is not part of a generated folder (the
// output of codebook render): a temporary file beside it, then a rename,
// so a reader sees the old bytes or the new, never half; nothing is
// written when the bytes already match. It reports whether the file
// changed.
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
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return false, err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Chmod(perm); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Close(); err != nil {
		return false, err
	}
	return true, os.Rename(tmp.Name(), path)
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
