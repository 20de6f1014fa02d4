// Package output writes a generated file set into a folder the way a
// code generator run from go generate must: atomically, only where bytes
// change, cleaning up files it generated before, and never touching a
// file a person wrote. Its check mode writes nothing and reports, with a
// diff, what a write would change, so CI can fail on stale output.
package output

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"codebook.dev/codebook/gen"
)

// Options controls Write.
type Options struct {
	// Check compares instead of writing: nothing on disk changes (dir is
	// not even created), and the Result lists what a write would do, each
	// change with a diff. What a killed run left is not repaired either
	// (see OpenOptions.ReadOnly).
	Check bool
	// Prune lets Write replace or remove generated files whose header
	// names another spec. Without it they are left alone, with an error.
	Prune bool
	// Lock is the new content of the lock file (OpenOptions.LockFile),
	// written in the same update as the Go files; nil leaves it alone.
	Lock []byte
}

// Op is what happens, or in check mode would happen, to one file.
type Op int

const (
	// Create: the file is missing from the folder.
	Create Op = iota + 1
	// Update: the file is on disk with other bytes (it is stale).
	Update
	// Remove: the file carries codebook's Code generated header but is
	// not in the new set (it is extra), e.g. left by an older spec.
	Remove
)

// String returns the word check mode prints for the change.
func (op Op) String() string {
	switch op {
	case Create:
		return "missing"
	case Update:
		return "stale"
	case Remove:
		return "extra"
	}
	return fmt.Sprintf("Op(%d)", int(op))
}

// Change is one file that differs between the folder and the new set.
type Change struct {
	// Name is the file's name inside the folder, or for the lock file
	// its path as given.
	Name string
	Op   Op
	// Lock marks the change to the lock file.
	Lock bool
	// Diff is a unified diff from the file on disk to the generated one
	// (/dev/null for a missing side). It is set only in check mode.
	Diff string
}

// Result is what Write did, or in check mode what it would do.
type Result struct {
	// Changes are the files created, rewritten or removed, by name.
	Changes []Change
	// Unchanged are the files whose bytes on disk already match.
	Unchanged []string
}

// Changed reports whether any file differs.
func (r Result) Changed() bool { return len(r.Changes) > 0 }

// Write makes dir hold files, taking and releasing the folder around
// the update; see Folder.Write. It is for callers that write one folder
// once and have no lock file; codebook generate uses Open and
// Folder.Write so that the folder is locked while it reads the lock file.
func Write(dir string, files []gen.File, opt Options) (Result, error) {
	f, err := Open(dir, OpenOptions{Create: !opt.Check, ReadOnly: opt.Check})
	if err != nil {
		return Result{}, err
	}
	defer f.Close()
	return f.Write(context.Background(), files, opt)
}

// Write makes the folder hold files (and the lock file opt.Lock), all
// or nothing (see Folder): every file whose bytes differ is staged, then
// committed with one journal. Generated files (gen.IsGenerated) that are
// not in files are removed. A file without the header is never
// overwritten or removed, nor without opt.Prune is one generated from
// another spec: every such conflict, and every invalid or repeated name,
// is reported in the error and nothing is written.
//
// With opt.Check, Write writes nothing and returns the changes with
// diffs; conflicts are still errors, since a write would fail on them.
//
// When ctx ends before the commit point, the staged files are removed
// and the error is ErrInterrupted; after it, the update is finished.
func (f *Folder) Write(ctx context.Context, files []gen.File, opt Options) (Result, error) {
	p, err := plan(f.dir, files, opt.Prune)
	if err != nil {
		return Result{}, err
	}
	if opt.Lock != nil {
		if err := p.planLock(f.lockFile, opt.Lock); err != nil {
			return Result{}, err
		}
	}
	if opt.Check {
		return p.check(f.dir), nil
	}
	return f.update(ctx, p)
}

// step is one planned change, with both sides of it.
type step struct {
	Change
	old  []byte
	new  []byte
	perm fs.FileMode
}

type planned struct {
	steps     []step
	unchanged []string
	// marker is the file that keeps the folder from building while the
	// update is applied (see markerName), or nil.
	marker []byte
}

// plan compares files with dir and collects every conflict before
// anything is written.
func plan(dir string, files []gen.File, prune bool) (*planned, error) {
	var errs []error
	onDisk, err := readDir(dir)
	if err != nil {
		return nil, err
	}
	own := ownership{header: firstLine(files), prune: prune}
	p := &planned{marker: markerFor(files)}
	if e := onDisk[markerName]; e != nil {
		if ok, _ := IsGeneratedFile(filepath.Join(dir, markerName)); !ok {
			errs = append(errs, fmt.Errorf("%s: codebook keeps this name for the file that stands in the folder while it replaces files; rename yours", filepath.Join(dir, markerName)))
		}
	}
	seen := map[string]bool{}
	for _, f := range files {
		if err := checkName(f.Name); err != nil {
			errs = append(errs, err)
			continue
		}
		if f.Name == markerName {
			errs = append(errs, fmt.Errorf("generated file name %q is kept for codebook's own use", f.Name))
			continue
		}
		if seen[f.Name] {
			errs = append(errs, fmt.Errorf("file %q generated twice", f.Name))
			continue
		}
		seen[f.Name] = true
		s, err := planFile(dir, f, onDisk[f.Name], own)
		switch {
		case err != nil:
			errs = append(errs, err)
		case s == nil:
			p.unchanged = append(p.unchanged, f.Name)
		default:
			p.steps = append(p.steps, *s)
		}
	}
	for _, name := range sortedKeys(onDisk) {
		if seen[name] || !onDisk[name].Type().IsRegular() {
			continue
		}
		path := filepath.Join(dir, name)
		head, _, err := readHead(path)
		if errors.Is(err, errNotRegular) {
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !gen.IsGenerated(head) {
			continue
		}
		if err := own.mayReplace(path, head, "remove"); err != nil {
			errs = append(errs, err)
			continue
		}
		data, err := readGenerated(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		p.steps = append(p.steps, step{Change: Change{Name: name, Op: Remove}, old: data})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.SortFunc(p.steps, func(a, b step) int { return strings.Compare(a.Name, b.Name) })
	slices.Sort(p.unchanged)
	return p, nil
}

// planFile decides what to do with one generated file; nil means its
// bytes on disk already match.
func planFile(dir string, f gen.File, cur fs.DirEntry, own ownership) (*step, error) {
	path := filepath.Join(dir, f.Name)
	if cur == nil {
		return &step{Change: Change{Name: f.Name, Op: Create}, new: f.Data, perm: 0o644}, nil
	}
	if !cur.Type().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file; refusing to replace it with generated code", path)
	}
	head, _, err := readHead(path)
	if err != nil {
		return nil, err
	}
	if !gen.IsGenerated(head) {
		return nil, fmt.Errorf("%s: has no \"// Code generated by codebook\" header; refusing to overwrite a file codebook did not write", path)
	}
	old, err := readGenerated(path)
	if err != nil {
		return nil, err
	}
	if bytes.Equal(old, f.Data) {
		return nil, nil
	}
	if err := own.mayReplace(path, old, "replace"); err != nil {
		return nil, err
	}
	info, err := cur.Info()
	if err != nil {
		return nil, err
	}
	return &step{Change: Change{Name: f.Name, Op: Update}, old: old, new: f.Data, perm: info.Mode().Perm()}, nil
}

// readDir lists dir by name, leaving out hidden files (our temporary
// files among them, and editors' swap files); a missing dir is empty.
func readDir(dir string) (map[string]fs.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	m := make(map[string]fs.DirEntry, len(entries))
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), ".") {
			m[e.Name()] = e
		}
	}
	return m, nil
}

// checkName accepts plain file names only: a generated name must not
// reach outside the folder, and hidden names are ignored by the go tool.
func checkName(name string) error {
	if name == "" || strings.HasPrefix(name, ".") || strings.ContainsAny(name, `/\:`) ||
		filepath.Base(name) != name || !filepath.IsLocal(name) {
		return fmt.Errorf("invalid generated file name %q: want a plain file name", name)
	}
	return nil
}

func sortedKeys(m map[string]fs.DirEntry) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
