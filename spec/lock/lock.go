// Package lock keeps the Go names of generated code sets stable across
// revisions of a spec.
//
// Names derived from a provider's message text change whenever the
// message is reworded, and every rename breaks importers of the
// generated package. The lock file, committed beside the spec, pins each
// set's type name and each member's Go name by wire key and code value.
// codebook generate applies it on every run (Apply), adds what is new
// (Update) and never forgets a removed code: it stays reserved, so a
// code the provider reuses for something else is flagged, and its name
// is never handed to another member.
//
// # File format
//
// A lock file is UTF-8 text, one entry per line; blank lines and lines
// starting with "#" are comments. Fields are separated by spaces or tabs.
// A key or value that is empty or holds spaces, quotes, '#' or anything
// but printable characters is written as a Go double-quoted string.
//
//	set KEY NAME             the set with wire key KEY is the Go type NAME
//	member KEY VALUE NAME    code VALUE of that set is the constant NAME+...
//	removed KEY VALUE NAME   code VALUE was removed; VALUE and NAME stay reserved
//
// Bytes writes the sets sorted by key, each set line followed by its
// codes in value order (integers numerically, then other codes by
// bytes), so a new code is one added line and a removed code one changed
// word in a pull request's diff.
package lock

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"codebook.dev/codebook/spec"
)

// Lock is the parsed content of a lock file. The zero value is an empty
// lock, ready to use.
type Lock struct {
	sets map[string]*setLock // by wire key
}

// setLock is one set's entries.
type setLock struct {
	key     string
	name    string
	members map[string]*entry // by canonical value
}

// entry pins one code's Go name; removed codes stay as reserved entries.
type entry struct {
	name    string
	removed bool
}

// Entry is one code's line of the lock, as the diff reads it.
type Entry struct {
	Value string
	// Name is the member's Go name without the type prefix.
	Name string
	// Removed marks a code that was removed from the spec and is kept
	// reserved.
	Removed bool
}

// PathFor returns the default lock path for a spec file: its path with
// the extension replaced by ".lock" (spec/opi.md → spec/opi.lock).
func PathFor(specPath string) string {
	return strings.TrimSuffix(specPath, filepath.Ext(specPath)) + ".lock"
}

// Load reads the lock file at path. A missing file gives an empty lock
// and a nil error, so the first generate run starts one. Syntax errors
// are returned together, one "file:line:col: message" per line.
func Load(path string) (*Lock, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return &Lock{}, nil
	}
	if err != nil {
		return nil, err
	}
	l, diags := Parse(path, data)
	if err := diags.Err(); err != nil {
		return nil, err
	}
	return l, nil
}

// Empty reports whether the lock has no sets.
func (l *Lock) Empty() bool { return l == nil || len(l.sets) == 0 }

// Keys returns the wire keys of the locked sets, sorted.
func (l *Lock) Keys() []string {
	if l == nil {
		return nil
	}
	keys := make([]string, 0, len(l.sets))
	for k := range l.sets {
		keys = append(keys, k)
	}
	sortStrings(keys)
	return keys
}

// SetName returns the Go type name locked for the set with wire key key.
func (l *Lock) SetName(key string) (string, bool) {
	if l == nil {
		return "", false
	}
	sl := l.sets[key]
	if sl == nil {
		return "", false
	}
	return sl.name, true
}

// Entries returns the codes locked for the set with wire key key, in
// value order, removed ones included.
func (l *Lock) Entries(key string) []Entry {
	if l == nil || l.sets[key] == nil {
		return nil
	}
	sl := l.sets[key]
	out := make([]Entry, 0, len(sl.members))
	for _, v := range sortedValues(sl.members) {
		e := sl.members[v]
		out = append(out, Entry{Value: v, Name: e.name, Removed: e.removed})
	}
	return out
}

// Lookup returns the locked entry of a code.
func (l *Lock) Lookup(key, value string) (Entry, bool) {
	if l == nil || l.sets[key] == nil {
		return Entry{}, false
	}
	e := l.sets[key].members[value]
	if e == nil {
		return Entry{}, false
	}
	return Entry{Value: value, Name: e.name, Removed: e.removed}, true
}

// KeyFor returns the lock key that a spec set is pinned by: its own key
// when the lock has it, otherwise the key of the locked set it was
// matched to by code values (a table whose headers were translated), or
// "" when the set is new. It follows the same matching as Apply.
func (l *Lock) KeyFor(s *spec.Spec, set *spec.Set) string {
	if sl := l.match(s)[set]; sl != nil {
		return sl.key
	}
	return ""
}

// Clone returns a deep copy of the lock.
func (l *Lock) Clone() *Lock {
	c := &Lock{}
	if l == nil {
		return c
	}
	for _, sl := range l.sets {
		n := &setLock{key: sl.key, name: sl.name, members: make(map[string]*entry, len(sl.members))}
		for v, e := range sl.members {
			ec := *e
			n.members[v] = &ec
		}
		c.put(n)
	}
	return c
}

func (l *Lock) put(sl *setLock) {
	if l.sets == nil {
		l.sets = map[string]*setLock{}
	}
	l.sets[sl.key] = sl
}
