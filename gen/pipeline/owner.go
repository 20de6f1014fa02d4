package pipeline

import (
	"os"
	"path/filepath"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/lock"
)

// owned is the lock and the run's specs as the lock records them.
type owned struct {
	lk    *lock.Lock
	specs []lock.Spec
	err   error
}

// loadOwned loads the lock (bounded by limit, as the specs are) and
// describes the specs for it: their paths from the lock's folder and
// their digests. A spec that cannot be read is left out; the reader
// reports it.
func loadOwned(lockPath string, specs []string, limit int64) owned {
	lk, err := lock.LoadMax(lockPath, limit)
	if err != nil {
		return owned{err: err}
	}
	return owned{lk: lk, specs: lock.SpecsOf(lockPath, specs, limit)}
}

// check refuses a lock that belongs to other specs, and notes a lock in
// the format from before locks recorded their specs.
func (o owned) check(lockPath string) spec.Diags {
	diags := o.lk.CheckSpecs(o.specs)
	if o.lk.Legacy() {
		diags.Warnf(spec.Pos{File: lockPath, Line: 1, Col: 1}, "lock file records no spec (written by an older codebook); its removed codes are read as reserved, and this run rewrites it with its specs")
	}
	return diags
}

// lockNotGenerated refuses a lock path that is one of the files the run
// generates (-lock out/opi/opi.go): one write would destroy the other.
func lockNotGenerated(opt Options, files []gen.File) spec.Diags {
	var diags spec.Diags
	if opt.Output == "" {
		return diags
	}
	lockAbs, err := filepath.Abs(opt.Lock)
	if err != nil {
		return diags
	}
	lockInfo, statErr := os.Stat(opt.Lock)
	for _, f := range files {
		p := filepath.Join(opt.Output, f.Name)
		abs, err := filepath.Abs(p)
		same := err == nil && abs == lockAbs
		if !same && statErr == nil {
			if info, err := os.Stat(p); err == nil && os.SameFile(info, lockInfo) {
				same = true
			}
		}
		if same {
			diags.Errorf(spec.Pos{File: opt.Lock}, "the lock file is %s, a file this run generates; give the lock a path of its own (default: the spec's path with extension .lock)", filepath.ToSlash(p))
		}
	}
	return diags
}
