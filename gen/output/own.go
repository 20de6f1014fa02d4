package output

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"codebook.dev/codebook/gen"
)

// ownership decides which generated files on disk belong to this run:
// those whose header line is the one this run writes, that is, which
// name the same spec. Two specs pointed at one folder by mistake would
// otherwise delete each other's files.
type ownership struct {
	// header is this run's first line ("" when it generates nothing, so
	// that no file on disk is taken for its own).
	header string
	prune  bool
}

// mayReplace returns an error naming both specs when data, a generated
// file at path, comes from another spec and pruning was not asked for.
func (o ownership) mayReplace(path string, data []byte, verb string) error {
	line := firstLine([]gen.File{{Data: data}})
	if o.prune || line == o.header {
		return nil
	}
	return fmt.Errorf("%s: generated from %s, not from %s; left alone (do two specs share this folder?); run with -prune to %s it",
		path, headerSpec(line), headerSpec(o.header), verb)
}

// firstLine is the first line of the first file, without line ending.
func firstLine(files []gen.File) string {
	if len(files) == 0 {
		return ""
	}
	line, _, _ := bytes.Cut(files[0].Data, []byte("\n"))
	return string(bytes.TrimSuffix(line, []byte("\r")))
}

// headerSpec is the spec list a header line names, as written there.
func headerSpec(line string) string {
	if line == "" {
		return "(nothing)"
	}
	prefix, suffix, _ := strings.Cut(gen.Header([]string{specMark}), specMark)
	return strings.TrimSuffix(strings.TrimPrefix(line, prefix), suffix)
}

// specMark stands for the spec path when splitting gen.Header into the
// text before and after it.
const specMark = "SPEC"

// planLock adds the lock file to the plan when its bytes change. It has
// no header: it is replaced whatever it holds, as a lock belongs to the
// spec beside it.
func (p *planned) planLock(path string, data []byte) error {
	if path == "" {
		return fmt.Errorf("a lock file's content was given but no path (OpenOptions.LockFile)")
	}
	s := step{Change: Change{Name: path, Op: Update, Lock: true}, new: data, perm: 0o644}
	old, err := os.ReadFile(path)
	switch {
	case os.IsNotExist(err):
		s.Op = Create
	case err != nil:
		return err
	case bytes.Equal(old, data):
		return nil
	default:
		s.old = old
		if fi, err := os.Stat(path); err == nil {
			s.perm = fi.Mode().Perm()
		}
	}
	p.steps = append(p.steps, s)
	return nil
}
