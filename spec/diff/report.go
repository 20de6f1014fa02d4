package diff

import (
	"sort"

	"codebook.dev/codebook/gen/naming"
	"codebook.dev/codebook/spec"
)

// Report is the result of Compare: the changes, sorted, and the old and
// new texts of every member that changed, for the markdown report.
type Report struct {
	Old, New string
	// Pinned reports that both sides had a lock, so Go identifier
	// changes are reported (see the identifier rule in locked.go).
	Pinned  bool
	Changes []Change
	// Sets holds, per set with changes, the rows the markdown report
	// shows, in the order of Changes.
	Sets []*SetReport
	// Payloads holds the changes about payloads.
	Payloads []Change
}

// SetReport is one set's part of the report.
type SetReport struct {
	Name string
	// Langs are the text languages shown side by side: en, zh, then
	// any other, sorted.
	Langs []string
	// Notes are the changes not about one member: the set itself,
	// ranges, symbols that moved.
	Notes []Change
	Rows  []*Row
}

// Row is a member with changes: its old and new text per language.
type Row struct {
	Value string
	// Name is the Go constant (the new one when the member still exists).
	Name     string
	Level    Level
	Changes  []Change
	Old, New []string // aligned with SetReport.Langs
}

// Count returns how many changes have the given level.
func (r *Report) Count(l Level) int {
	n := 0
	for _, c := range r.Changes {
		if c.Level == l {
			n++
		}
	}
	return n
}

// Max returns the highest level found and whether there was any change.
func (r *Report) Max() (Level, bool) {
	if len(r.Changes) == 0 {
		return Info, false
	}
	top := Info
	for _, c := range r.Changes {
		top = max(top, c.Level)
	}
	return top, true
}

func newReport(old, new Side, pairs []pair, changes []Change, index members) *Report {
	r := &Report{Old: old.Name, New: new.Name, Changes: changes, Pinned: !old.Lock.Empty() && !new.Lock.Empty()}
	byName := map[string]*SetReport{}
	bySet := map[string]pair{}
	for _, p := range pairs {
		bySet[pick(setName(p.new), setName(p.old))] = p
	}
	for _, c := range changes {
		if c.Scope == ScopePayload {
			r.Payloads = append(r.Payloads, c)
			continue
		}
		sr := byName[c.Set]
		if sr == nil {
			p := bySet[c.Set]
			sr = &SetReport{Name: c.Set, Langs: langs(p)}
			byName[c.Set] = sr
			r.Sets = append(r.Sets, sr)
		}
		sr.place(c, bySet[c.Set], index)
	}
	return r
}

// place puts a change on its member's row, or among the set's notes.
func (sr *SetReport) place(c Change, p pair, index members) {
	om, nm := index.get(p.old, c.Member), index.get(p.new, c.Member)
	if c.Member == "" || (om == nil && nm == nil) || isRangeOrSymbol(c.Kind) {
		sr.Notes = append(sr.Notes, c)
		return
	}
	if n := len(sr.Rows); n > 0 && sr.Rows[n-1].Value == c.Member {
		row := sr.Rows[n-1]
		row.Changes = append(row.Changes, c)
		row.Level = max(row.Level, c.Level)
		return
	}
	row := &Row{Value: c.Member, Level: c.Level, Changes: []Change{c}}
	if nm != nil {
		row.Name = naming.Const(p.new.Name, nm.GoName)
	} else {
		row.Name = naming.Const(p.old.Name, om.GoName)
	}
	for _, l := range sr.Langs {
		row.Old = append(row.Old, text(om, l))
		row.New = append(row.New, text(nm, l))
	}
	sr.Rows = append(sr.Rows, row)
}

func isRangeOrSymbol(k Kind) bool {
	switch k {
	case RangeAdded, RangeRemoved, RangeChanged, RangeTextChanged, ValueChanged:
		return true
	}
	return false
}

func text(m *spec.Member, lang string) string {
	if m == nil {
		return ""
	}
	return m.Text(lang)
}

// langs lists the languages of both sides' members: English and Chinese
// first, as the providers' documents put them, then the rest sorted.
func langs(p pair) []string {
	seen := map[string]bool{}
	for _, s := range []*spec.Set{p.old, p.new} {
		if s == nil {
			continue
		}
		for _, m := range s.Members {
			for _, t := range m.Texts {
				seen[t.Lang] = true
			}
		}
	}
	out := []string{}
	for _, l := range []string{"en", "zh"} {
		if seen[l] {
			out = append(out, l)
			delete(seen, l)
		}
	}
	var rest []string
	for l := range seen {
		rest = append(rest, l)
	}
	sort.Strings(rest)
	return append(out, rest...)
}
