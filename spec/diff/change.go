// Package diff compares two revisions of a spec and says, for each
// change, whether it breaks importers of the generated package or
// clients on the wire.
//
// Sets are matched by wire key, then by Go type name, then by their
// codes (a table whose headers were translated keeps its rows); members
// are matched by code value, never by name or text. Every change gets a
// level in the direction-aware spirit of oasdiff — codes are response
// values, so a removed code breaks clients while an added one only
// breaks exhaustive handling — and removed codes stay reserved in the
// lock as buf keeps removed field numbers.
package diff

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Level is how bad a change is for importers and clients.
type Level int

const (
	// Info changes nothing a program relies on: texts, translations.
	Info Level = iota
	// Warning compiles and keeps the wire, but breaks exhaustive
	// handling: a switch over the codes misses a new member.
	Warning
	// Error breaks importers or the wire: a removed or moved member, a
	// renamed Go identifier, a code reused for something else, a kind
	// change. A code whose text now says something else in every
	// language is a Warning: the wire and the build hold, the behaviour
	// a caller coded for may not.
	Error
)

// String returns "INFO", "WARNING" or "ERROR".
func (l Level) String() string {
	switch l {
	case Error:
		return "ERROR"
	case Warning:
		return "WARNING"
	}
	return "INFO"
}

// MarshalText encodes the level as its name.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// ParseLevel reads a level name as String writes it.
func ParseLevel(s string) (Level, bool) {
	for _, l := range []Level{Info, Warning, Error} {
		if l.String() == s {
			return l, true
		}
	}
	return Info, false
}

// Scope says what a change is about.
type Scope string

const (
	// ScopeSet changes are about a code set (Member empty) or one of its
	// members, ranges or symbols.
	ScopeSet Scope = "set"
	// ScopePayload changes are about a payload (Member empty) or one of
	// its fields (Member is the JSON key).
	ScopePayload Scope = "payload"
)

// Change is one difference between the old and the new spec.
type Change struct {
	Level Level
	Kind  Kind
	Scope Scope
	// Set is the set or payload's Go name: the new one when both sides
	// have it.
	Set string
	// Member is what in the set changed: a code value, a range pattern
	// (range kinds), a symbolic name (value-changed) or a JSON key
	// (field kinds); empty for the set or payload itself.
	Member string
	// Lang is the language of a text or translation change.
	Lang string
	// Attr is the column header of an attr-changed change.
	Attr string
	// Old and New are the values before and after; which value depends
	// on Kind (see the rules table). Empty means absent.
	Old, New string

	// oldSet and newSet are the set's names on each side ("" when
	// absent); Inverse swaps them.
	oldSet, newSet string
}

// String formats the change as one text line: "LEVEL set member: what".
func (c Change) String() string {
	s := c.Level.String() + " " + safe(c.Set)
	if c.Member != "" {
		s += " " + safe(c.Member)
	}
	return s + ": " + c.What()
}

// What describes the change in words, lower case, values quoted.
func (c Change) What() string {
	r := rules[c.Kind]
	if r.what == nil {
		return string(c.Kind)
	}
	if !r.quoted {
		c.Old, c.New = safe(c.Old), safe(c.New)
	}
	return r.what(c)
}

// Brief is What without the texts, for reports that show the old and
// new texts beside the change.
func (c Change) Brief() string {
	switch c.Kind {
	case MeaningChanged:
		return "meaning changed (" + c.Lang + ")"
	case TextChanged:
		return c.Lang + " text changed"
	case TranslationAdded:
		return c.Lang + " translation added"
	case TranslationMissing:
		return c.Lang + " translation missing"
	}
	return c.What()
}

// Inverse is the change diff(new, old) reports for this one.
func (c Change) Inverse() Change {
	i := c
	i.Old, i.New = c.New, c.Old
	i.oldSet, i.newSet = c.newSet, c.oldSet
	i.Set = pick(i.newSet, i.oldSet)
	if inv := rules[c.Kind].inverse; inv != "" {
		i.Kind = inv
	}
	i.Level = level(i)
	return i
}

func pick(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// less orders changes by scope, set, member (codes numerically), then
// kind, language and values, so output never depends on map order.
func less(a, b Change) bool {
	if a.Scope != b.Scope {
		return a.Scope == ScopeSet
	}
	if a.Set != b.Set {
		return a.Set < b.Set
	}
	if a.Member != b.Member {
		return valueLess(a.Member, b.Member)
	}
	if a.Kind != b.Kind {
		return rules[a.Kind].order < rules[b.Kind].order
	}
	if a.Lang != b.Lang {
		return a.Lang < b.Lang
	}
	if a.Attr != b.Attr {
		return a.Attr < b.Attr
	}
	if a.Old != b.Old {
		return a.Old < b.Old
	}
	return a.New < b.New
}

// valueLess puts the set itself ("") first, then integer codes
// numerically, then every other member by bytes.
func valueLess(a, b string) bool {
	if a == "" || b == "" {
		return a == ""
	}
	ai, aerr := strconv.ParseInt(a, 10, 64)
	bi, berr := strconv.ParseInt(b, 10, 64)
	switch {
	case aerr == nil && berr == nil:
		if ai != bi {
			return ai < bi
		}
	case aerr == nil:
		return true
	case berr == nil:
		return false
	}
	return a < b
}

// safe returns s as is when it is one printable word, else Go-quoted:
// spec text can hold newlines, bidi controls or invalid UTF-8, and none
// of it may split a line or reorder what a reviewer sees.
func safe(s string) string {
	if !utf8.ValidString(s) {
		return strconv.Quote(s)
	}
	for _, r := range s {
		if r == ' ' || !unicode.IsPrint(r) || r == '"' {
			return strconv.Quote(s)
		}
	}
	return s
}
