package output

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"time"
)

// One run at a time: every run on a folder flocks the same object, the
// folder's parent, never the folder itself. The folder comes and goes
// (a first run that fails removes the folder it would have made), and a
// run waiting on a removed folder's flock would then go on in a folder
// that no longer exists; its parent is there before the folder and
// outlives it. Every run takes it whatever its lock file, so two runs
// that differ only in -lock still take turns.
//
// A run also creates missing folders above the output folder, and a run
// that fails removes those again. A waiter may therefore hold the flock
// of a folder that was just removed; it checks, once it holds a flock,
// that the path still names the folder it locked, and starts again when
// not. So a waiter never goes on under a flock nobody else can see.

// lockTargets are the folders to flock, sorted so that two runs never
// each hold one and wait for the other: the output folder's parent and
// the lock file's folder, when they exist.
func (f *Folder) lockTargets() ([]string, error) {
	parent, err := lockParent(f.dir)
	if err != nil {
		return nil, err
	}
	want := []string{parent}
	if f.lockFile != "" {
		want = append(want, filepath.Dir(f.lockFile))
	}
	var dirs []string
	for _, d := range want {
		abs, err := filepath.Abs(d)
		if err != nil {
			return nil, err
		}
		if real, err := filepath.EvalSymlinks(abs); err == nil {
			abs = real
		}
		if fi, err := os.Stat(abs); err == nil && fi.IsDir() && !slices.Contains(dirs, abs) {
			dirs = append(dirs, abs)
		}
	}
	slices.Sort(dirs)
	return dirs, nil
}

// lockParent is the folder whose flock stands for dir: the parent of
// the folder dir names once symbolic links are followed, so that runs
// naming one folder by two paths still meet.
func lockParent(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return filepath.Dir(real), nil
	}
	return filepath.Dir(abs), nil
}

// lock takes every lock target, waiting up to opt.Wait in all, and
// returns ErrInterrupted as soon as ctx ends.
func (f *Folder) lock(ctx context.Context) error {
	deadline := time.Now().Add(f.opt.Wait)
	said := false
	for {
		if f.opt.Create {
			parent, err := lockParent(f.dir)
			if err != nil {
				return err
			}
			made, err := mkdirAll(parent)
			if err != nil {
				return err
			}
			f.created = append(made, f.created...)
		}
		dirs, err := f.lockTargets()
		if err != nil {
			return err
		}
		gone := false
		for _, d := range dirs {
			if gone, err = f.lockDir(ctx, d, deadline, &said); err != nil || gone {
				break
			}
		}
		if err != nil {
			return err
		}
		if !gone {
			f.hook("locked")
			return nil
		}
		f.release()
	}
}

// lockDir waits until deadline for the flock on d, saying once that it
// waits and, if it gives up, why. gone reports that d was removed or
// replaced while this run waited: the caller starts again.
func (f *Folder) lockDir(ctx context.Context, d string, deadline time.Time, said *bool) (gone bool, err error) {
	h, err := os.Open(d)
	if err != nil {
		return false, err
	}
	for {
		busy, err := tryLock(h)
		if err != nil {
			h.Close()
			return false, fmt.Errorf("%s: locking against other codebook runs: %w", d, err)
		}
		if !busy {
			break
		}
		if !time.Now().Before(deadline) {
			h.Close()
			return false, fmt.Errorf("%s: another codebook run is still using it; gave up after waiting %v (raise -wait to wait longer)", f.dir, f.opt.Wait)
		}
		if !*said {
			f.log(fmt.Sprintf("%s: another codebook run is using it; waiting up to %v", f.dir, f.opt.Wait))
			f.hook("waiting")
			*said = true
		}
		t := time.NewTimer(min(pollEvery, time.Until(deadline)))
		select {
		case <-ctx.Done():
			t.Stop()
			h.Close()
			return false, ErrInterrupted
		case <-t.C:
		}
	}
	f.held = append(f.held, h)
	held, herr := h.Stat()
	now, nerr := os.Stat(d)
	return herr != nil || nerr != nil || !os.SameFile(held, now), nil
}

// release drops every flock this run holds.
func (f *Folder) release() error {
	var errs []error
	for _, h := range f.held {
		errs = append(errs, h.Close())
	}
	f.held = nil
	return errors.Join(errs...)
}
