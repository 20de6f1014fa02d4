package render

import (
	"path/filepath"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/lock"
	"codebook.dev/codebook/spec/read"
)

// Read reads the spec files as one spec and pins its Go names with the
// lock file at lockPath ("" for none), as codebook generate does before
// it generates, so that a template's names are the Go package's. The
// lock is only read: generate is what records new codes in it. err is a
// lock file that cannot be loaded. maxSize is the largest spec or lock
// file read (0: read.DefaultMaxSize).
func Read(paths []string, lockPath string, maxSize int64) (*spec.Spec, spec.Diags, error) {
	if maxSize <= 0 {
		maxSize = read.DefaultMaxSize
	}
	s, diags := read.FilesMax(maxSize, paths...)
	if diags.HasErrors() || lockPath == "" {
		diags = append(diags, goname.Resolve(s, nil)...)
		return s, diags.Sort(), nil
	}
	lk, err := lock.LoadMax(lockPath, maxSize)
	if err != nil {
		return nil, diags, err
	}
	// A lock of another spec would give the page that spec's names;
	// generate refuses it too.
	if d := lk.CheckSpecs(lock.SpecsOf(lockPath, paths, maxSize)); d.HasErrors() {
		return nil, append(diags, d...).Sort(), nil
	}
	diags = append(diags, goname.Resolve(s, lk)...)
	return s, diags.Sort(), nil
}

// Sources are the spec paths as a header names them: as given, with
// forward slashes so the output does not depend on the OS.
func Sources(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.ToSlash(p)
	}
	return out
}
