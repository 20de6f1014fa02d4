package diff

import (
	"sort"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// Report is the result of Compare: the changes, sorted, and the rows of
// the markdown report, worst level first.
type Report struct {
	Old, New string
	// Pinned reports that both sides had a lock, so Go names came from
	// the locks rather than from the current texts.
	Pinned  bool
	Changes []Change
	// Langs are the text languages the report shows side by side: en,
	// zh, then any other, sorted.
	Langs []string
	// Levels holds the report's rows per level, ERROR first; a level
	// without changes is left out.
	Levels []*LevelReport
}

// LevelReport is the rows of one level.
type LevelReport struct {
	Level Level
	Rows  []*Row
	// More counts the rows left out to keep the report short enough for
	// a pull-request comment (see rowCap).
	More int
}

// Row is what changed at one level about one member, one set or one
// payload field: the changes, why they matter and, for a member, its
// old and new text per language.
type Row struct {
	Level Level
	Scope Scope
	// Set is the set or payload's Go name.
	Set string
	// Value is the code, range pattern, symbol or JSON key; "" for the
	// set or payload itself.
	Value string
	// Name is the Go constant (the new one when the member still exists).
	Name    string
	Changes []Change
	// Why says what breaks, one phrase per distinct reason.
	Why      []string
	Old, New []string // aligned with Report.Langs; empty when not a member
}

// rowCap bounds the rows shown per level. GitHub takes comments of up to
// 65,536 characters; 200 rows of a few hundred bytes stay under it with
// room for the texts.
var rowCap = map[Level]int{Error: 200, Warning: 100, Info: 50}

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

func newReport(old, new Side, pairs []pair, changes []Change, index members, mv moves) *Report {
	r := &Report{Old: old.Name, New: new.Name, Changes: changes, Pinned: !old.Lock.Empty() && !new.Lock.Empty()}
	r.Langs = langs(pairs)
	bySet := map[string]pair{}
	for _, p := range pairs {
		bySet[pick(setName(p.new), setName(p.old))] = p
		if p.old != nil {
			if _, ok := bySet[p.old.Name]; !ok {
				bySet[p.old.Name] = p
			}
		}
	}
	for _, l := range []Level{Error, Warning, Info} {
		lr := &LevelReport{Level: l}
		for _, c := range changes {
			if c.Level == l {
				lr.place(r, c, bySet[c.Set], index, mv)
			}
		}
		if len(lr.Rows) > rowCap[l] {
			lr.More = len(lr.Rows) - rowCap[l]
			lr.Rows = lr.Rows[:rowCap[l]]
		}
		if len(lr.Rows) > 0 {
			r.Levels = append(r.Levels, lr)
		}
	}
	return r
}

// place puts a change on its row: the last row when it is about the
// same thing, else a new one.
func (lr *LevelReport) place(r *Report, c Change, p pair, index members, mv moves) {
	if n := len(lr.Rows); n > 0 {
		if row := lr.Rows[n-1]; row.Scope == c.Scope && row.Set == c.Set && row.Value == c.Member {
			row.Changes = append(row.Changes, c)
			row.addWhy(c)
			return
		}
	}
	row := &Row{Level: c.Level, Scope: c.Scope, Set: c.Set, Value: c.Member, Changes: []Change{c}}
	row.addWhy(c)
	lr.Rows = append(lr.Rows, row)
	if c.Scope != ScopeSet || c.Member == "" || isRangeOrSymbol(c.Kind) {
		return
	}
	om, nm := index.get(p.old, c.Member), index.get(p.new, c.Member)
	if m, ok := mv[c.Member]; ok && om == nil && m.to == p.new {
		om = index.get(m.from, c.Member)
	}
	switch {
	case nm != nil:
		row.Name = goname.Const(p.new.Name, nm.GoName)
	case om != nil:
		row.Name = goname.Const(p.old.Name, om.GoName)
	default:
		return
	}
	for _, l := range r.Langs {
		row.Old = append(row.Old, text(om, l))
		row.New = append(row.New, text(nm, l))
	}
}

func (row *Row) addWhy(c Change) {
	w := why(c)
	for _, x := range row.Why {
		if x == w {
			return
		}
	}
	row.Why = append(row.Why, w)
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

// langs lists the languages of all sets' members: English and Chinese
// first, as the providers' documents put them, then the rest sorted.
func langs(pairs []pair) []string {
	seen := map[string]bool{}
	for _, p := range pairs {
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
