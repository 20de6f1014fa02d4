package lock

import (
	"crypto/sha256"
	"encoding/hex"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/read"
)

// Spec is one spec file a lock belongs to: its path relative to the
// lock's folder, with forward slashes (so the lock reads the same from
// any working directory and OS), and the sha256 of its bytes.
type Spec struct {
	Path   string
	Digest string
	pos    spec.Pos // the spec line's path field, when read from a file
}

const digestPrefix = "sha256:"

// SpecOf describes the spec at specPath, whose bytes are data, for the
// lock at lockPath.
func SpecOf(lockPath, specPath string, data []byte) Spec {
	sum := sha256.Sum256(data)
	return Spec{Path: relTo(lockPath, specPath), Digest: digestPrefix + hex.EncodeToString(sum[:])}
}

// SpecsOf describes the spec files at paths for the lock at lockPath,
// reading each (no more than limit bytes) for its digest. A file that
// cannot be read is left out: the reader reports it.
func SpecsOf(lockPath string, paths []string, limit int64) []Spec {
	var out []Spec
	for _, p := range paths {
		if data, err := read.ReadFile(p, limit); err == nil {
			out = append(out, SpecOf(lockPath, p, data))
		}
	}
	return out
}

// relTo is target's path from the folder of the lock at lockPath; a path
// that has no relative form (another volume) stays absolute.
func relTo(lockPath, target string) string {
	dir, err1 := filepath.Abs(filepath.Dir(lockPath))
	abs, err2 := filepath.Abs(target)
	if err1 != nil || err2 != nil {
		return filepath.ToSlash(filepath.Clean(target))
	}
	if rel, err := filepath.Rel(dir, abs); err == nil {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}

// Specs returns the specs the lock records, in file order.
func (l *Lock) Specs() []Spec {
	if l == nil {
		return nil
	}
	return append([]Spec(nil), l.specs...)
}

// SetSpecs records the specs the lock belongs to, replacing the old
// record; Bytes writes them first. A lock without spec lines stops being
// a legacy one: its reserved codes are written as such.
func (l *Lock) SetSpecs(specs []Spec) {
	l.specs = make([]Spec, len(specs))
	for i, s := range specs {
		l.specs[i] = Spec{Path: s.Path, Digest: s.Digest}
	}
	l.legacy = false
}

// Legacy reports a lock read without spec lines: written before locks
// recorded their specs (or by hand). It is read as it always was, and
// upgraded when written.
func (l *Lock) Legacy() bool { return l != nil && l.legacy }

// CheckSpecs refuses a lock that belongs to other specs than run, the
// specs being read: none of its recorded specs has the path of one of
// them or (a spec that was moved) the digest. A lock copied from another
// spec would pin this spec's sets to that spec's names, renaming the
// type and pointing constants at other codes. The error stands at the
// lock's first spec line. A lock that records no spec is accepted.
func (l *Lock) CheckSpecs(run []Spec) spec.Diags {
	var diags spec.Diags
	if l == nil || len(l.specs) == 0 {
		return diags
	}
	for _, have := range l.specs {
		for _, want := range run {
			if path.Clean(have.Path) == path.Clean(want.Path) || have.Digest == want.Digest {
				return diags
			}
		}
	}
	var theirs, ours []string
	for _, s := range l.specs {
		theirs = append(theirs, s.Path)
	}
	for _, s := range run {
		ours = append(ours, s.Path)
	}
	diags.Errorf(l.specs[0].pos, "lock belongs to %s, not to %s (paths from the lock's folder; no digest matches either); a lock from another spec would rename this spec's types and point its constants at other codes. Give this spec's lock with -lock, or, if the spec moved and changed, edit the spec line to its path",
		quoteList(theirs), quoteList(ours))
	return diags
}

func quoteList(paths []string) string {
	q := make([]string, len(paths))
	for i, p := range paths {
		q[i] = strconv.Quote(p)
	}
	return strings.Join(q, ", ")
}

// addSpec reads "spec PATH sha256:HEX".
func (l *Lock) addSpec(r record, diags *spec.Diags) {
	if !r.arity(3, diags) {
		return
	}
	p, digest := r.fields[1].text, r.fields[2].text
	if p == "" {
		diags.Errorf(r.at(1), "empty spec path")
		return
	}
	hexPart, ok := strings.CutPrefix(digest, digestPrefix)
	if _, err := hex.DecodeString(hexPart); !ok || err != nil || len(hexPart) != 2*sha256.Size {
		diags.Errorf(r.at(2), "spec digest %q: want sha256: and 64 hex digits", clip(digest))
		return
	}
	for _, s := range l.specs {
		if s.Path == p {
			diags.Errorf(r.at(1), "spec %q is recorded twice", p)
			return
		}
	}
	l.specs = append(l.specs, Spec{Path: p, Digest: digest, pos: r.at(1)})
}
