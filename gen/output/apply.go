package output

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
)

// check turns the plan into a report with diffs, writing nothing.
func (p *planned) check(dir string) Result {
	r := Result{Unchanged: p.unchanged}
	for _, s := range p.steps {
		path := s.Name
		if !s.Lock {
			path = filepath.Join(dir, s.Name)
		}
		oldLabel, newLabel := labels(path)
		switch s.Op {
		case Create:
			oldLabel = "/dev/null"
		case Remove:
			newLabel = "/dev/null"
		}
		s.Diff = Diff(oldLabel, s.old, newLabel, s.new)
		r.Changes = append(r.Changes, s.Change)
	}
	return r
}

// labels names the two sides of a diff as git does (a/path, b/path), so
// the diff applies with git apply or patch -p1; an absolute path is used
// as it is.
func labels(path string) (old, new string) {
	path = filepath.ToSlash(path)
	if filepath.IsAbs(path) || strings.HasPrefix(path, "/") {
		return path, path
	}
	return "a/" + path, "b/" + path
}

// update carries the plan out: stage, commit, apply (see Folder). The
// Result lists the changes once they are all in place.
func (f *Folder) update(ctx context.Context, p *planned) (Result, error) {
	r := Result{Unchanged: p.unchanged}
	if len(p.steps) == 0 {
		return r, nil
	}
	j, err := f.stage(ctx, p)
	if err != nil {
		return r, err
	}
	if err := f.commit(ctx, j); err != nil {
		return r, err
	}
	if err := f.apply(j); err != nil {
		return r, fmt.Errorf("%s: the update is committed but not finished: %w; until a codebook generate run finishes it, the folder may mix old and new files and does not build", f.dir, err)
	}
	f.created = nil // the folder now holds files: Close keeps it
	for _, s := range p.steps {
		r.Changes = append(r.Changes, s.Change)
	}
	return r, nil
}
