package lock

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"codebook.dev/codebook/spec/read"
)

// Load reads the lock file at path with read.DefaultMaxSize; see LoadMax.
func Load(path string) (*Lock, error) { return LoadMax(path, read.DefaultMaxSize) }

// LoadMax reads the lock file at path, reading no more than limit bytes:
// a wrong path (/dev/zero, a log) fails at once with the size error
// every command gives for a spec over -max-size. A missing file gives an
// empty lock and a nil error, so the first generate run starts one. A
// file that is not a lock (see Check) is refused whole, so that a path
// given by mistake is never overwritten; a lock with bad lines gives
// them all, one "file:line:col: message" per line.
func LoadMax(path string, limit int64) (*Lock, error) {
	if limit <= 0 {
		limit = read.DefaultMaxSize
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return &Lock{file: path}, nil
	}
	data, err := read.ReadFile(path, limit)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return Decode(path, data)
}

// Decode parses data read from name (a path, or REV:path from git) as a
// lock, refusing data that is not one (see Check).
func Decode(name string, data []byte) (*Lock, error) {
	if err := Check(name, data); err != nil {
		return nil, err
	}
	l, diags := Parse(name, data)
	if err := diags.Err(); err != nil {
		return nil, err
	}
	return l, nil
}

// Check refuses data that is not a lock file: text without the header
// codebook writes, with errors, and without a single line that starts
// with a lock keyword (a Go file, a spec, a binary). A lock with a bad
// line is still a lock: Parse reports its lines. Lock paths are written to, so a lock flag pointing at
// the wrong file must stop the run before anything is overwritten. Empty
// data is an empty lock.
func Check(name string, data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 || bytes.HasPrefix(data, []byte(headerLine)) {
		return nil
	}
	_, diags := Parse(name, data)
	if !diags.HasErrors() || hasKeywordLine(data) {
		return nil
	}
	first := diags[0]
	return fmt.Errorf("%s: not a codebook lock file (no lock header, and %s); refusing to read or overwrite it: give the lock's path, or -lock none", first.Pos, first.Msg)
}

// hasKeywordLine reports a line whose first word is a lock keyword.
func hasKeywordLine(data []byte) bool {
	for _, line := range bytes.Split(data, []byte("\n")) {
		word, _, _ := bytes.Cut(bytes.TrimLeft(line, " \t"), []byte(" "))
		switch string(bytes.TrimRight(word, "\t\r")) {
		case "spec", "set", "member", "removed", "reserved":
			return true
		}
	}
	return false
}
