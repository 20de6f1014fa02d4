package spec

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a position in a source document. Line and Col are 1-based; Col
// counts bytes, not runes, as go/token does.
type Pos struct {
	File string
	Line int
	Col  int
}

// String formats the position as file:line:col.
func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Less orders positions by file, line and column.
func (p Pos) Less(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

// Severity tells whether a finding stops the spec from being used.
type Severity int

const (
	Warning Severity = iota
	Error
)

func (s Severity) String() string {
	if s == Error {
		return "error"
	}
	return "warning"
}

// Diag is one finding about the input, at a position.
type Diag struct {
	Pos      Pos
	Severity Severity
	// Msg is lower case, with the offending cell quoted.
	Msg string
	// Class says whether a warning puts a meaning in doubt, and how;
	// Strict turns those into errors.
	Class Class
}

// String formats the finding as "file:line:col: message"; warnings are
// prefixed with "warning: " after the position.
func (d Diag) String() string {
	if d.Severity == Warning {
		return d.Pos.String() + ": warning: " + d.Msg
	}
	return d.Pos.String() + ": " + d.Msg
}

// Diags collects findings; every finding is kept, none stops the reading.
type Diags []Diag

// Errorf adds an error at pos.
func (ds *Diags) Errorf(pos Pos, format string, args ...any) {
	*ds = append(*ds, Diag{Pos: pos, Severity: Error, Msg: fmt.Sprintf(format, args...)})
}

// Warnf adds a warning at pos that leaves every meaning of the spec
// as the page gives it (a repair of spelling, a renamed Go name).
func (ds *Diags) Warnf(pos Pos, format string, args ...any) {
	*ds = append(*ds, Diag{Pos: pos, Severity: Warning, Msg: fmt.Sprintf(format, args...)})
}

// Doubtf adds a warning at pos that puts a meaning in doubt, of class
// c: -strict makes it an error.
func (ds *Diags) Doubtf(c Class, pos Pos, format string, args ...any) {
	*ds = append(*ds, Diag{Pos: pos, Severity: Warning, Msg: fmt.Sprintf(format, args...), Class: c})
}

// Sort orders findings by position, then severity and message, and drops
// exact duplicates.
func (ds Diags) Sort() Diags {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Pos != b.Pos {
			return a.Pos.Less(b.Pos)
		}
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		return a.Msg < b.Msg
	})
	out := ds[:0]
	for i, d := range ds {
		if i > 0 && d == ds[i-1] {
			continue
		}
		out = append(out, d)
	}
	return out
}

// HasErrors reports whether any finding is an error.
func (ds Diags) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Errors returns only the errors.
func (ds Diags) Errors() Diags { return ds.filter(Error) }

// Warnings returns only the warnings.
func (ds Diags) Warnings() Diags { return ds.filter(Warning) }

func (ds Diags) filter(s Severity) Diags {
	var out Diags
	for _, d := range ds {
		if d.Severity == s {
			out = append(out, d)
		}
	}
	return out
}

// Err returns the errors as one error value, or nil when there are none.
func (ds Diags) Err() error {
	errs := ds.Errors()
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// Error joins the findings, one per line.
func (ds Diags) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}

// Strict returns the findings with every warning that puts a meaning in
// doubt (a Class other than Note) made an error, its class named at the
// end of the message: for a team that owns its spec and wants such a
// page fixed, not read.
func (ds Diags) Strict() Diags {
	out := make(Diags, len(ds))
	for i, d := range ds {
		if d.Severity == Warning && d.Class != Note {
			d.Severity = Error
			d.Msg += " (-strict: " + d.Class.String() + ")"
		}
		out[i] = d
	}
	return out
}
