// Package spec is codebook's model of a provider's error-code document:
// code sets (enums) with their members and texts per language, ranges,
// and the JSON payload examples that carry those codes.
//
// The model is what every other part of codebook shares: the reader in
// spec/read builds it from markdown, gen turns it into Go, and spec/diff
// compares two revisions of it. It holds no markdown and no Go; Go names
// are resolved by the reader (with the rules in gen/naming) before
// anything is emitted, so every consumer sees the same identifiers.
package spec

import (
	"fmt"
	"sort"
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
	// Tables are the positions of the tables the set was read from, in
	// document order.
	Tables []Pos
	// Pos is the position of the set's first table.
	Pos Pos
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
	// "GeneralError"; the constant is Set.Name + GoName.
	GoName string
	// Text holds the member's text per BCP 47 language tag ("en", "zh").
	Text map[string]string
	// Attrs are the extra columns of the row (HTTP status, 处理建议 …),
	// in column order.
	Attrs []Attr
	// Success marks the success member (e.g. 10000 SUCCESS).
	Success bool
	// Pos is the position of the member's first row.
	Pos Pos
	// Rows holds the position of the row that gave each language's text.
	Rows map[string]Pos
}

// Langs returns the member's text languages, sorted.
func (m *Member) Langs() []string {
	langs := make([]string, 0, len(m.Text))
	for l := range m.Text {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	return langs
}

// Attr is an extra column of a row: its header and the cell.
type Attr struct {
	Name  string
	Value string
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
	// Example is the example value as JSON text, e.g. `"FAILED"`.
	Example string
}
