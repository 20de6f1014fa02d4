// Package lock keeps the Go names of generated code sets stable across
// revisions of a spec.
//
// Names derived from a provider's message text change whenever the
// message is reworded, and every rename breaks importers of the
// generated package. The lock file, committed beside the spec, pins each
// set's type name and each member's Go name by wire key and code value.
// codebook generate applies it on every run (GoPins: goname.Resolve pins
// the names with it), adds what is new (Update) and never forgets a removed code: it stays reserved, so a
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
//	set KEY NAME [SECTION]   the set with wire key KEY (under the heading
//	                         SECTION) is the Go type NAME
//	member KEY VALUE NAME    code VALUE of that set is the constant NAME+...
//	removed KEY VALUE NAME   code VALUE was removed; VALUE and NAME stay reserved
//
// A member line belongs to the nearest set line above it with its key,
// so one key can have several sets, one per section: the reader splits
// a key's tables by heading when their codes mean different things.
// Sets are paired with the spec's by ident.Pair, the definition the
// diff uses too.
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
)

// Lock is the parsed content of a lock file. The zero value is an empty
// lock, ready to use.
type Lock struct {
	sets map[string]*setLock // by id: key and section
}

// setLock is one set's entries.
type setLock struct {
	key     string
	section string
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

func id(key, section string) string { return key + "\x00" + section }

// ordered returns the locked sets by key, then section.
func (l *Lock) ordered() []*setLock {
	if l == nil {
		return nil
	}
	ids := make([]string, 0, len(l.sets))
	for k := range l.sets {
		ids = append(ids, k)
	}
	sortStrings(ids)
	out := make([]*setLock, len(ids))
	for i, k := range ids {
		out[i] = l.sets[k]
	}
	return out
}

// Keys returns the wire keys of the locked sets, sorted; a key shared by
// sets of several sections is listed once.
func (l *Lock) Keys() []string {
	var keys []string
	for _, sl := range l.ordered() {
		if n := len(keys); n == 0 || keys[n-1] != sl.key {
			keys = append(keys, sl.key)
		}
	}
	return keys
}

// byKey returns the first locked set (by section) with the wire key.
func (l *Lock) byKey(key string) *setLock {
	for _, sl := range l.ordered() {
		if sl.key == key {
			return sl
		}
	}
	return nil
}

// SetName returns the Go type name locked for the set with wire key key
// (the first section's, when several sets share the key).
func (l *Lock) SetName(key string) (string, bool) {
	if sl := l.byKey(key); sl != nil {
		return sl.name, true
	}
	return "", false
}

// Entries returns the codes locked for the set with wire key key (the
// first section's), in value order, removed ones included.
func (l *Lock) Entries(key string) []Entry {
	sl := l.byKey(key)
	if sl == nil {
		return nil
	}
	return sl.entries()
}

func (sl *setLock) entries() []Entry {
	out := make([]Entry, 0, len(sl.members))
	for _, v := range sortedValues(sl.members) {
		e := sl.members[v]
		out = append(out, Entry{Value: v, Name: e.name, Removed: e.removed})
	}
	return out
}

// Lookup returns the locked entry of a code of the set with wire key key
// (the first section's).
func (l *Lock) Lookup(key, value string) (Entry, bool) {
	return l.byKey(key).lookup(value)
}

func (sl *setLock) lookup(value string) (Entry, bool) {
	if sl == nil || sl.members[value] == nil {
		return Entry{}, false
	}
	e := sl.members[value]
	return Entry{Value: value, Name: e.name, Removed: e.removed}, true
}

// Clone returns a deep copy of the lock.
func (l *Lock) Clone() *Lock {
	c := &Lock{}
	if l == nil {
		return c
	}
	for _, sl := range l.sets {
		n := &setLock{key: sl.key, section: sl.section, name: sl.name, members: make(map[string]*entry, len(sl.members))}
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
	l.sets[id(sl.key, sl.section)] = sl
}
