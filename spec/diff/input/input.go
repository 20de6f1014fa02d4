// Package input loads one side of codebook diff: a markdown file, a
// folder of them, or a file or folder at a git revision (REV:path), each
// with the lock file beside it.
package input

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/diff"
	"codebook.dev/codebook/spec/lock"
	"codebook.dev/codebook/spec/read"
)

// NoLock is the Options.Lock value that ignores lock files.
const NoLock = "none"

// Options tune Load.
type Options struct {
	// Dir is the directory git runs in; "" is the current one. Paths on
	// disk are taken as given.
	Dir string
	// Lock is the lock file to use instead of the default (the first
	// spec file's path with extension .lock, at the same revision), or
	// NoLock. An explicit path is read from disk and must exist; a
	// missing default lock just means the side has none.
	Lock string
	// MaxSize is the largest spec file read, in bytes, on disk or at a
	// revision; 0 means read.DefaultMaxSize.
	MaxSize int64
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return read.DefaultMaxSize
	}
	return o.MaxSize
}

// Load reads the spec that arg names. arg is a file or folder on disk
// when one exists at that path (a folder gives its *.md files, sorted,
// not its subfolders); otherwise REV:path, a file or folder at a git
// revision as git rev-parse spells it (path from the repository's root,
// or ./path from Dir). The lock beside the spec is read from the same
// place; a missing lock gives a nil Side.Lock.
//
// Findings in the spec and the lock come back as diags, positioned with
// arg's spelling (HEAD~1:spec/opi.md:12:3); err is for a side that
// cannot be read at all.
func Load(arg string, opt Options) (diff.Side, spec.Diags, error) {
	src, err := locate(arg, opt)
	if err != nil {
		return diff.Side{}, nil, err
	}
	docs, err := src.docs()
	if err != nil {
		return diff.Side{}, nil, err
	}
	s, diags := readDocs(docs)
	side := diff.Side{Name: arg, Spec: s}
	l, ldiags, err := loadLock(src, docs[0].name, opt.Lock, opt.maxSize())
	if err != nil {
		return diff.Side{}, nil, err
	}
	side.Lock = l
	return side, append(diags, ldiags...).Sort(), nil
}

// doc is one markdown document: the name positions use, and its bytes.
type doc struct {
	name string
	data []byte
}

// source is where a side's files come from.
type source interface {
	docs() ([]doc, error)
	// file returns a file beside the spec; ok is false when it is absent.
	file(name string) (data []byte, ok bool, err error)
}

func locate(arg string, opt Options) (source, error) {
	if _, err := os.Stat(arg); err == nil {
		return disk{arg, opt.maxSize()}, nil
	}
	if rev, path, ok := strings.Cut(arg, ":"); ok && !isWindowsDrive(arg) {
		return gitRev{dir: opt.Dir, rev: rev, path: path, limit: opt.maxSize()}, nil
	}
	return nil, fmt.Errorf("%s: no such file or folder (use REV:path for a git revision)", arg)
}

// isWindowsDrive keeps C:\spec from being read as revision "C".
func isWindowsDrive(arg string) bool {
	return len(arg) >= 3 && arg[1] == ':' && (arg[2] == '\\' || arg[2] == '/') &&
		('a' <= arg[0]|0x20 && arg[0]|0x20 <= 'z')
}

// disk is a file or folder on disk.
type disk struct {
	path  string
	limit int64
}

func (d disk) docs() ([]doc, error) {
	paths, err := markdownFiles(d.path)
	if err != nil {
		return nil, err
	}
	var docs []doc
	for _, p := range paths {
		data, err := read.ReadFile(p, d.limit)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", p, err)
		}
		docs = append(docs, doc{p, data})
	}
	return docs, nil
}

func markdownFiles(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, e := range entries {
		if e.Type().IsRegular() && strings.HasSuffix(e.Name(), ".md") {
			paths = append(paths, filepath.Join(path, e.Name()))
		}
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("%s: no *.md files in the folder", path)
	}
	sort.Strings(paths)
	return paths, nil
}

// file reads a file beside the spec, no more than the limit: a lock at
// /dev/zero fails at once, as a spec there does.
func (d disk) file(name string) ([]byte, bool, error) {
	if _, err := os.Stat(name); errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	data, err := read.ReadFile(name, d.limit)
	if err != nil {
		return nil, false, fmt.Errorf("%s: %v", name, err)
	}
	return data, true, nil
}

// loadLock reads the lock for a side whose first document is first, no
// larger than limit. A file that is not a lock at all is an error, not
// a list of findings on every line.
func loadLock(src source, first, override string, limit int64) (*lock.Lock, spec.Diags, error) {
	switch override {
	case NoLock:
		return nil, nil, nil
	case "":
		src, override = withLock(src, first)
	default:
		// A lock named on the command line must exist: a typo must not
		// silently turn pinning off.
		if _, err := os.Stat(override); err != nil {
			return nil, nil, err
		}
		src = disk{limit: limit}
	}
	data, ok, err := src.file(override)
	if err != nil || !ok {
		return nil, nil, err
	}
	name := lockName(src, override)
	if err := lock.Check(name, data); err != nil {
		return nil, nil, err
	}
	l, diags := lock.Parse(name, data)
	return l, diags, nil
}

// withLock returns where the default lock of a side lives: beside its
// first document, at the same revision.
func withLock(src source, first string) (source, string) {
	if g, ok := src.(gitRev); ok {
		_, path, _ := strings.Cut(first, ":")
		return g, lock.PathFor(path)
	}
	return src, lock.PathFor(first)
}

func lockName(src source, path string) string {
	if g, ok := src.(gitRev); ok {
		return g.rev + ":" + path
	}
	return path
}

// readDocs reads the documents as one spec.
func readDocs(docs []doc) (*spec.Spec, spec.Diags) {
	rd := make([]read.Doc, len(docs))
	for i, d := range docs {
		rd[i] = read.Doc{Name: d.name, Data: d.data}
	}
	return read.Sources(rd...)
}
