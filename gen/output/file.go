package output

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// WriteFile writes one file that is not part of a generated folder (the
// output of codebook render): a temporary file beside it, then a rename,
// so a reader sees the old bytes or the new, never half; nothing is
// written when the bytes already match. A symbolic link at path is
// written through: its target gets the bytes and the link stays. It
// reports whether the file changed.
func WriteFile(path string, data []byte) (changed bool, err error) {
	path, err = throughLink(path)
	if err != nil {
		return false, err
	}
	old, perm, err := readOld(path, int64(len(data)))
	switch {
	case err != nil:
		return false, err
	case old != nil && bytes.Equal(old, data):
		return false, nil
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

// throughLink returns the file a symbolic link at path points to, or
// path itself; a link to nothing is refused, as writing would have to
// replace the link or guess where its target should be made.
func throughLink(path string) (string, error) {
	fi, err := os.Lstat(path)
	if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return path, nil
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("%s: a symbolic link to a file that does not exist; refusing to replace the link (create its target first)", path)
	}
	return target, nil
}

// readOld returns the file at path when it may hold size bytes, with
// the permissions a new version keeps: nil for a missing file or one of
// another size (which differs without being read). Anything but a
// regular file is refused.
func readOld(path string, size int64) ([]byte, fs.FileMode, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0o644, nil
	}
	if err != nil {
		return nil, 0, err
	}
	if !fi.Mode().IsRegular() {
		return nil, 0, fmt.Errorf("%s: not a regular file; refusing to replace it", path)
	}
	if fi.Size() != size {
		return nil, fi.Mode().Perm(), nil
	}
	data, err := os.ReadFile(path)
	return data, fi.Mode().Perm(), err
}

// CheckFile is WriteFile's check mode: it writes nothing and returns the
// diff the write would make to path ("" when the file already holds
// data), labelled as Write's check mode labels its diffs.
func CheckFile(path string, data []byte) (string, error) {
	target, err := throughLink(path)
	if err != nil {
		return "", err
	}
	fi, err := os.Stat(target)
	missing := errors.Is(err, fs.ErrNotExist)
	switch {
	case err != nil && !missing:
		return "", err
	case !missing && !fi.Mode().IsRegular():
		return "", fmt.Errorf("%s: not a regular file", path)
	}
	var old []byte
	if !missing {
		if old, err = readGenerated(target); err != nil {
			return "", err
		}
	}
	if !missing && bytes.Equal(old, data) {
		return "", nil
	}
	oldLabel, newLabel := labels(path)
	if missing {
		oldLabel = "/dev/null"
	}
	return Diff(oldLabel, old, newLabel, data), nil
}
