package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"codebook.dev/codebook/gen"
)

// headSize bounds the header check: the header is the first line, and a
// file beside the generated code may be gigabytes (or, under /proc,
// endless), so no more than this is read to tell whose a file is.
const headSize = 4 << 10

// maxGenerated is the largest file with codebook's header that a run
// reads whole (to compare it or show its diff); codebook writes nothing
// near that size, so a larger one is refused rather than read.
const maxGenerated = 256 << 20

// errNotRegular marks a path that is not a regular file: the header
// check opens regular files only (a FIFO would block, a device or a
// /proc file need not end).
var errNotRegular = errors.New("not a regular file")

// openRegular opens path for reading when it is a regular file, without
// following a symbolic link in its last element or blocking on a FIFO
// put there since it was listed.
func openRegular(path string) (*os.File, fs.FileInfo, error) {
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fi, fmt.Errorf("%s: %w", path, errNotRegular)
	}
	r, err := os.OpenFile(path, os.O_RDONLY|openNoBlock, 0)
	if err != nil {
		return nil, fi, err
	}
	now, err := r.Stat()
	if err != nil || !now.Mode().IsRegular() || !os.SameFile(fi, now) {
		r.Close()
		return nil, fi, fmt.Errorf("%s: %w (it changed while being opened)", path, errNotRegular)
	}
	return r, now, nil
}

// readHead returns at most the first headSize bytes of the regular file
// at path.
func readHead(path string) ([]byte, fs.FileInfo, error) {
	r, fi, err := openRegular(path)
	if err != nil {
		return nil, fi, err
	}
	defer r.Close()
	buf := make([]byte, min(headSize, max(fi.Size(), 1)))
	n, err := io.ReadFull(r, buf)
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		err = nil
	}
	return buf[:n], fi, err
}

// readGenerated reads the whole of a file whose header was checked,
// refusing one larger than maxGenerated.
func readGenerated(path string) ([]byte, error) {
	r, fi, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	if fi.Size() > maxGenerated {
		return nil, fmt.Errorf("%s: %d bytes, far more than codebook writes; refusing to read it", path, fi.Size())
	}
	data := make([]byte, fi.Size())
	n, err := io.ReadFull(r, data)
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return data[:n], nil // shrunk since Stat
	}
	if err != nil {
		return nil, err
	}
	if m, _ := r.Read(make([]byte, 1)); m > 0 {
		return nil, fmt.Errorf("%s: grew while being read; run again", path)
	}
	return data, nil
}

// IsGeneratedFile reports whether path is a regular file that starts
// with codebook's "Code generated" header, reading no more than its
// first few kilobytes. Anything that is not a regular file is not.
func IsGeneratedFile(path string) (bool, error) {
	head, _, err := readHead(path)
	if errors.Is(err, errNotRegular) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return gen.IsGenerated(head), nil
}

// ReadGenerated returns the content of path when it is a regular file
// with codebook's header, and nil otherwise; only the first few
// kilobytes of any other file are read.
func ReadGenerated(path string) ([]byte, error) {
	ok, err := IsGeneratedFile(path)
	if err != nil || !ok {
		return nil, err
	}
	return readGenerated(path)
}
