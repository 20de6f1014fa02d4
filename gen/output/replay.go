package output

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// apply carries out a committed journal and then removes it and the
// staging folder. Every step may already have been done by a run that
// was killed, so a missing staged file or an already removed file is
// fine. The marker stands in the folder from before the first Go file
// changes until after the last. A file without codebook's header is
// never replaced or removed, whatever the journal says. An error leaves
// the journal (and the marker) for the next run.
func (f *Folder) apply(j *journal) error {
	stage := filepath.Join(f.dir, stagingDir)
	var refused []string
	if len(j.Put)+len(j.Del) > 0 {
		if err := f.placeMarker(stage); err != nil {
			return err
		}
	}
	for _, name := range j.Put {
		if !mayApply(filepath.Join(f.dir, name)) {
			refused = append(refused, name)
			continue
		}
		if err := renameIfThere(filepath.Join(stage, name), filepath.Join(f.dir, name)); err != nil {
			return err
		}
		f.hook("apply " + name)
	}
	if j.Lock != "" {
		if err := renameIfThere(filepath.Join(f.dir, j.LockTemp), filepath.Join(f.dir, j.Lock)); err != nil {
			return err
		}
		f.hook("apply lock")
	}
	for _, name := range j.Del {
		if !mayApply(filepath.Join(f.dir, name)) {
			refused = append(refused, name)
			continue
		}
		if err := os.Remove(filepath.Join(f.dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
		f.hook("apply del " + name)
	}
	if len(refused) > 0 {
		f.log(fmt.Sprintf("%s: the journal names files without codebook's header (%s); left them alone", f.dir, strings.Join(refused, ", ")))
	}
	if err := removeGenerated(filepath.Join(f.dir, markerName)); err != nil {
		return err
	}
	f.hook("marker removed")
	// The journal goes last but for the empty folder, so that a run
	// killed here leaves either the journal or nothing to report.
	if err := os.Remove(filepath.Join(stage, lockNoteName)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.Remove(filepath.Join(stage, journalName)); err != nil {
		return err
	}
	f.hook("journal removed")
	// Only what the journal refused to move can still be staged.
	return os.RemoveAll(stage)
}

// placeMarker moves the staged marker into the folder; a marker already
// moved by a killed run is fine.
func (f *Folder) placeMarker(stage string) error {
	if !mayApply(filepath.Join(f.dir, markerName)) {
		return fmt.Errorf("%s: not codebook's file; refusing to replace it", filepath.Join(f.dir, markerName))
	}
	if err := renameIfThere(filepath.Join(stage, markerName), filepath.Join(f.dir, markerName)); err != nil {
		return err
	}
	f.hook("marker placed")
	return nil
}

// mayApply reports whether a journal entry may touch path: it is
// missing (moved or removed already, or new), or a regular file with
// codebook's header.
func mayApply(path string) bool {
	ok, err := IsGeneratedFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return true
	}
	return err == nil && ok
}

// removeGenerated removes path when it is codebook's file.
func removeGenerated(path string) error {
	ok, err := IsGeneratedFile(path)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && !ok) {
		return nil
	}
	if err != nil {
		return err
	}
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

func renameIfThere(from, to string) error {
	err := os.Rename(from, to)
	if errors.Is(err, fs.ErrNotExist) {
		if _, serr := os.Lstat(from); errors.Is(serr, fs.ErrNotExist) {
			return nil // moved by an earlier, interrupted apply
		}
	}
	return err
}
