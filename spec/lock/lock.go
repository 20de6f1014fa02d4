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
//	spec PATH sha256:HEX     the lock belongs to the spec at PATH (relative
//	                         to the lock's folder) with that digest
//	set KEY NAME [SECTION]   the set with wire key KEY (under the heading
//	                         SECTION) is the Go type NAME
//	member KEY VALUE NAME    code VALUE of that set is the constant NAME+...
//	removed KEY VALUE NAME   code VALUE was removed from the spec; the
//	                         constant stays, deprecated, and VALUE and
//	                         NAME stay reserved
//	reserved KEY VALUE NAME  code VALUE was removed and its constant
//	                         dropped; VALUE and NAME stay reserved
//
// A lock without spec lines was written before locks recorded their
// specs: its removed lines are read as reserved ones (their constants
// were dropped when they were removed), and the next write upgrades it.
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
	"path/filepath"
	"strings"

	"codebook.dev/codebook/spec"
)

// Lock is the parsed content of a lock file. The zero value is an empty
// lock, ready to use.
type Lock struct {
	sets map[string]*setLock // by id: key and section
	// file is the name positions use: the path the lock was read from.
	file string
	// specs are the spec lines; legacy marks a lock read without any.
	specs  []Spec
	legacy bool
}

// setLock is one set's entries.
type setLock struct {
	key     string
	section string
	name    string
	members map[string]*entry // by canonical value
	// pos is the set line's name field, zero for a set added by Update;
	// renamed marks a set whose name Update changed since it was read.
	pos     spec.Pos
	renamed bool
}

// entry pins one code's Go name; removed codes stay as reserved entries.
type entry struct {
	name    string
	removed bool
	// reserved marks a removed code whose constant is dropped.
	reserved bool
	// renamed marks an entry whose name Update changed since it was
	// read: its line no longer gives the name.
	renamed bool
	// line and col are where the name field stands in the file, zero for
	// an entry added by Update.
	line, col int32
}

// Entry is one code's line of the lock, as the diff reads it.
type Entry struct {
	Value string
	// Name is the member's Go name without the type prefix.
	Name string
	// Removed marks a code that was removed from the spec and is kept
	// reserved; Reserved that its deprecated constant is dropped too.
	Removed, Reserved bool
	// Pos is where the lock file gives it Name (the name field), or the
	// zero Pos for a code the file did not hold or whose name Update has
	// changed since: the line responsible for the name, if any.
	Pos spec.Pos
}

// PathFor returns the default lock path for a spec file: its path with
// the extension replaced by ".lock" (spec/opi.md → spec/opi.lock).
func PathFor(specPath string) string {
	return strings.TrimSuffix(specPath, filepath.Ext(specPath)) + ".lock"
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
		out = append(out, sl.entry(v))
	}
	return out
}

func (sl *setLock) entry(v string) Entry {
	e := sl.members[v]
	return Entry{Value: v, Name: e.name, Removed: e.removed, Reserved: e.reserved, Pos: sl.at(e)}
}

// at is where the lock file gives e its name.
func (sl *setLock) at(e *entry) spec.Pos {
	if e.line == 0 || e.renamed {
		return spec.Pos{}
	}
	return spec.Pos{File: sl.pos.File, Line: int(e.line), Col: int(e.col)}
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
	return sl.entry(value), true
}

// Clone returns a deep copy of the lock.
func (l *Lock) Clone() *Lock {
	c := &Lock{}
	if l == nil {
		return c
	}
	c.file, c.legacy = l.file, l.legacy
	c.specs = append([]Spec(nil), l.specs...)
	for _, sl := range l.sets {
		n := &setLock{key: sl.key, section: sl.section, name: sl.name, pos: sl.pos, renamed: sl.renamed, members: make(map[string]*entry, len(sl.members))}
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

// SetPos returns where the lock file gives the set with wire key key its
// type name (its set line's name field), unless Update renamed it since.
func (l *Lock) SetPos(key string) (spec.Pos, bool) {
	return l.byKey(key).line()
}

func (sl *setLock) line() (spec.Pos, bool) {
	if sl == nil || sl.pos.Line == 0 || sl.renamed {
		return spec.Pos{}, false
	}
	return sl.pos, true
}
