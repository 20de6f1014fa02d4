// Package spec is codebook's model of a provider's error-code document:
// code sets (enums) with their members and texts per language, ranges,
// and the JSON payload examples that carry those codes.
//
// The model is what every other part of codebook shares: the reader in
// spec/read builds it from markdown, gen turns it into Go, and spec/diff
// compares two revisions of it. It holds no markdown and no Go; Go names
// are resolved once by spec/goname (Resolve) from what the reader
// recorded, before anything is emitted, so every consumer sees the same
// identifiers.
package spec

import (
	"fmt"
	"slices"
	"strings"
)

// Kind is the value kind of a code set.
type Kind int

const (
	// Int sets hold integer codes (int64, negatives included).
	Int Kind = iota
	// String sets hold codes that are not plain integers: tokens such as
	// PENDING, codes with leading zeros ("00") or letters ("MC999").
	String
)

// String returns "int" or "string", the spelling used in JSON output.
func (k Kind) String() string {
	if k == String {
		return "string"
	}
	return "int"
}

// MarshalText makes Kind encode as "int" or "string".
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText accepts "int" and "string".
func (k *Kind) UnmarshalText(b []byte) error {
	switch string(b) {
	case "int":
		*k = Int
	case "string":
		*k = String
	default:
		return fmt.Errorf("unknown kind %q", b)
	}
	return nil
}

// Spec is the model of one or more documents read together.
type Spec struct {
	Sets     []*Set
	Payloads []*Payload
	// Tables accounts for the tables of the pages read; nil for a Spec
	// not made by the reader.
	Tables *Tables
}

// Tables counts the tables the reader saw on the pages and read, and
// says why each of the others was skipped.
type Tables struct {
	Seen, Read int
	Skipped    []TableSkip
}

// TableSkip is a table the reader saw and did not read, and why.
type TableSkip struct {
	Pos    Pos
	Reason string
}

// Set returns the code set with the given Go name, or nil.
func (s *Spec) Set(name string) *Set {
	for _, set := range s.Sets {
		if set.Name == name {
			return set
		}
	}
	return nil
}

// TextLanguages returns the languages of order that some member of the
// set has text in, in that order: the set's text columns, for the Go
// package's Message and the rendered pages alike.
func (s *Set) TextLanguages(order []string) []string {
	var out []string
	for _, l := range order {
		if slices.ContainsFunc(s.Members, func(m *Member) bool { return m.HasText(l) }) {
			out = append(out, l)
		}
	}
	return out
}

// HasText reports whether m has text in lang: blank text is no
// translation, so it neither opens a language column nor hides a
// fallback.
func (m *Member) HasText(lang string) bool { return strings.TrimSpace(m.Text(lang)) != "" }

// Languages returns every language that some member has a non-empty
// text in, the fallback first: en when any text is English, else the
// first in sorted order. The Go package's Message and the rendered
// pages agree on it.
func (s *Spec) Languages() []string {
	seen := map[string]bool{}
	for _, st := range s.Sets {
		for _, m := range st.Members {
			for _, t := range m.Texts {
				if t.Text != "" {
					seen[t.Lang] = true
				}
			}
		}
	}
	langs := make([]string, 0, len(seen))
	for l := range seen {
		langs = append(langs, l)
	}
	slices.SortFunc(langs, func(a, b string) int {
		switch {
		case a == b:
			return 0
		case a == "en":
			return -1
		case b == "en":
			return 1
		case a < b:
			return -1
		}
		return 1
	})
	return langs
}

// Set is a code set: one enum in the generated package.
type Set struct {
	// Name is the Go type name, e.g. "FailedCode".
	Name string
	// Key is the wire key: the JSON field the codes travel in, e.g.
	// "failedCode". Tables are merged by key.
	Key  string
	Kind Kind
	// Doc is the text of the nearest heading above the set's first table.
	Doc string
	// Errors reports that the set's codes are errors (an error type is
	// generated). A success member, if any, is never an error.
	Errors  bool
	Members []*Member
	// Ranges are documented ranges such as "214xx": not members, but
	// part of what the provider promised about the set.
	Ranges []*Range
	// Columns records which behaviour columns the set's tables have.
	Columns Columns
	// HTTPStatus is the status an http-status= directive gives the codes
	// without one of their own (100..599); 0 when none. See
	// spec/semantics for the fallback when neither says.
	HTTPStatus int
	// Status is what an outcome= directive says: Yes makes the set a
	// status set (IsSuccess, IsFailure, IsPending, IsTerminal), No keeps
	// it from being one, Unset leaves it to columns and text cues.
	Status Tri
	// Tables are the positions of the tables the set was read from, in
	// document order.
	Tables []Pos
	// Pos is the position of the set's first table.
	Pos Pos
	// Explicit reports a Go name someone wrote down (a name= directive or
	// a lock line) rather than one derived: a rename generate may make
	// over its earlier output.
	Explicit bool
	// Naming is what the reader saw that names the set; goname.Resolve
	// chooses Name from it (goname.SetName) when Name is empty.
	Naming SetNaming
}

// SetNaming is what a set's tables say about its name, as the reader
// found it; the choice is goname.SetName's.
type SetNaming struct {
	// Header is the name the key column's header gives, in words (the
	// vocabulary's ErrorCode, or the header's own: error_code, Payment
	// Error Code), or "".
	Header string
	// Key is the key the header gives; KeyDirective a key= directive
	// that replaced it.
	Key, KeyDirective string
	// Heading is the section heading above the set's first table.
	Heading string
	// Directive is a name= directive (the last of the set's tables).
	Directive string
	// Split: the set's codes mean something else than an earlier set's
	// with its key, so it was read as a set of its own.
	Split bool
	// Shared: a later section's set was split off this one's key.
	Shared bool
}

// Member returns the member with the given canonical value, or nil.
func (s *Set) Member(value string) *Member {
	for _, m := range s.Members {
		if m.Value == value {
			return m
		}
	}
	return nil
}

// Success returns the success member, or nil.
func (s *Set) Success() *Member {
	for _, m := range s.Members {
		if m.Success {
			return m
		}
	}
	return nil
}

// Member is one code of a set.
type Member struct {
	// Value is the canonical text of the code: the decimal form for Int
	// sets ("-10001"), the code as written for String sets ("00").
	Value string
	// Int is the value of an Int set's member; zero for String sets.
	Int int64
	// Symbol is the symbolic name the table gives, e.g.
	// "OPI_GENERAL_ERROR"; empty when there is none.
	Symbol string
	// GoName is the member's Go name without the type prefix, e.g.
	// "GeneralError"; the constant is goname.Const(Set.Name, GoName).
	// The reader sets it only for a go.VALUE= directive; goname.Resolve
	// derives the rest.
	GoName string
	// Texts holds the member's text per BCP 47 language tag ("en",
	// "zh"), sorted by tag, at most one per tag. It is a slice, not a
	// map, because a member has one or two languages: at 100,000
	// members, two maps per member were most of the model's memory.
	// Use Text, Lookup and SetText rather than indexing it.
	Texts []Text
	// Attrs are the extra columns of the row (HTTP status, 处理建议 …),
	// in column order.
	Attrs []Attr
	// Behaviour is what the row's behaviour columns say (HTTP status,
	// retryable, result status, category); see Set.Columns.
	Behaviour Behaviour
	// Parent is the Value of the member this one refines, for sub-codes
	// read from a table whose rows nest under a main code (alipay's
	// code/sub_code); "" for a top-level code.
	Parent string
	// Variants are the member's further texts: rows after its first that
	// give the same code with other words (a provider listing one code
	// under several causes, or a merged table that says it otherwise),
	// in document order. The member's own texts come from its first
	// row; Messages lists both.
	Variants []Variant
	// Success marks the success member (e.g. 10000 SUCCESS).
	Success bool
	// Outcome is the outcome an outcome.VALUE= directive gives the code
	// (ResultUnknown for one still pending); ResultUnset when none.
	Outcome Result
	// SharedRow records that the member's row lists several codes with
	// one text: a name from that text gets the code appended, so the
	// codes do not collide (see goname.Resolve).
	SharedRow bool
	// Explicit reports a Go name someone wrote down (a go.VALUE=
	// directive or a lock line) rather than one derived from the symbol
	// or text.
	Explicit bool
	// Pos is the position of the member's first row.
	Pos Pos
}

// Variant is a further row of the same code and the texts it gives,
// sorted by tag as Member.Texts.
type Variant struct {
	Texts []Text
	// Attrs are the row's extra columns whose cells differ from the
	// member's (or that the member lacks).
	Attrs []Attr
	Pos   Pos
}

// Text returns the variant's text in lang, or "" when it has none.
func (v Variant) Text(lang string) string {
	for _, t := range v.Texts {
		if t.Lang == lang {
			return t.Text
		}
	}
	return ""
}

// Messages returns every non-blank text the member has in lang: its own
// first, then its variants', in document order, each once.
func (m *Member) Messages(lang string) []string {
	var out []string
	add := func(t string) {
		if strings.TrimSpace(t) != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	add(m.Text(lang))
	for _, v := range m.Variants {
		add(v.Text(lang))
	}
	return out
}

// Text is one language's text of a member and the row it came from.
type Text struct {
	// Lang is the BCP 47 language tag, e.g. "en".
	Lang string
	// Text is the text, possibly empty.
	Text string
	// Row is the position of the row that gave the text; the zero Pos
	// when none was recorded (a model built by hand).
	Row Pos
}

// Langs returns the member's text languages, sorted.
func (m *Member) Langs() []string {
	langs := make([]string, len(m.Texts))
	for i, t := range m.Texts {
		langs[i] = t.Lang
	}
	return langs
}

// Text returns the member's text in lang, or "" when it has none.
func (m *Member) Text(lang string) string {
	t, _ := m.Lookup(lang)
	return t.Text
}

// Lookup returns the member's text entry for lang and whether there is
// one; unlike Text it tells an empty text from a missing language.
func (m *Member) Lookup(lang string) (Text, bool) {
	if i, ok := m.find(lang); ok {
		return m.Texts[i], true
	}
	return Text{}, false
}

// Row returns the position of the row that gave the text in lang, and
// false when the member has no text in lang or no row was recorded.
func (m *Member) Row(lang string) (Pos, bool) {
	t, ok := m.Lookup(lang)
	if !ok || t.Row == (Pos{}) {
		return Pos{}, false
	}
	return t.Row, true
}

// SetText sets the member's text in lang and the row it came from,
// replacing any text it had in lang and keeping Texts sorted.
func (m *Member) SetText(lang, text string, row Pos) {
	i, ok := m.find(lang)
	if ok {
		m.Texts[i] = Text{Lang: lang, Text: text, Row: row}
		return
	}
	m.Texts = slices.Insert(m.Texts, i, Text{Lang: lang, Text: text, Row: row})
}

// find returns the index of lang in Texts, or where it would be
// inserted. A linear scan: members have one or two languages.
func (m *Member) find(lang string) (int, bool) {
	for i, t := range m.Texts {
		if t.Lang >= lang {
			return i, t.Lang == lang
		}
	}
	return len(m.Texts), false
}

// Attr is an extra column of a row: its header and the cell.
type Attr struct {
	Name  string
	Value string
	// Behaviour marks the cell of a behaviour column (retryable, HTTP
	// status, result, category): Member.Behaviour holds its typed
	// meaning, which is what a comparison should look at ("Yes" and
	// "是" are the same answer). The reader keeps such a cell as an
	// attribute only when it says more than its value ("Yes, after
	// 1s") or cannot be read.
	Behaviour bool
	// Of is the behaviour column of such a cell, as Columns.Names
	// spells it (httpStatus, retryable, result, category); "" for
	// other columns.
	Of string
}

// Range is a documented range of codes, such as "214xx".
type Range struct {
	// Pattern is the range as written, e.g. "214xx".
	Pattern string
	// Lo and Hi bound the range (inclusive) for Int sets.
	Lo, Hi int64
	Text   map[string]string
	Pos    Pos
}

// Payload is a JSON example from the document.
type Payload struct {
	// Name is the Go type name of the payload, e.g. "DisbursementFailed".
	Name   string
	Fields []*Field
	// Example is the JSON text as it stands in the document.
	Example string
	Pos     Pos
	// Naming is what the reader saw that names the payload;
	// goname.Resolve chooses Name from it (goname.PayloadName) when Name
	// is empty.
	Naming PayloadNaming
}

// PayloadNaming is what a JSON example says about its name, as the
// reader found it; the choice is goname.PayloadName's.
type PayloadNaming struct {
	// Directive is a payload= directive.
	Directive string
	// Event is a dotted event name in an event-like field
	// (disbursement.failed).
	Event string
	// ErrorResponse: the example has code and message fields.
	ErrorResponse bool
	// Heading is the nearest heading above the example.
	Heading string
	// N is the example's place among the document's examples, from 1.
	N int
}

// Field is one top-level field of a payload.
type Field struct {
	// Name is the JSON key, e.g. "failedCode".
	Name string
	// GoName is the struct field's Go name, e.g. "FailedCode".
	GoName string
	// Type is the JSON type of the example value: "integer", "number",
	// "string", "boolean", "object", "array" or "null".
	Type string
	// Set is the Go name of the code set linked by wire key, or "".
	Set string
	// Link is the linked set itself, as the reader found it; after
	// goname.Resolve, Set is its final name. Nil in a model built by
	// hand, whose Set is taken as given.
	Link *Set
	// Example is the example value as JSON text, e.g. `"FAILED"`.
	Example string
}
