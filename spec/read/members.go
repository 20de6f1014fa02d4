package read

import (
	"slices"
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
)

// setBuilder merges rows into the members of one set.
type setBuilder struct {
	set     *spec.Set
	diags   *spec.Diags
	byValue map[string]*mstate
	states  []*mstate
	// slab hands out members and their states from shared arrays.
	slab slab
}

// slab allocates members and states in blocks: one allocation per
// block instead of two per member is most of what a 100,000-row table
// costs the garbage collector.
type slab struct {
	members []spec.Member
	states  []mstate
	// want is how many more members the set's rows may give, so that a
	// small set does not get a whole block.
	want int
}

const slabSize = 256

func (s *slab) next() (*spec.Member, *mstate) {
	if len(s.members) == 0 {
		n := min(max(s.want, 1), slabSize)
		s.members = make([]spec.Member, n)
		s.states = make([]mstate, n)
	}
	s.want--
	m, ms := &s.members[0], &s.states[0]
	s.members, s.states = s.members[1:], s.states[1:]
	return m, ms
}

// mstate is a member being built and where its parts came from.
type mstate struct {
	m     *spec.Member
	first *row
	// inTable is the code's first row in the table of its latest row:
	// a row in that table is the same code again in one table (a
	// variant), not a translation.
	inTable *row
	// langs are the languages of the tables the member has a row in;
	// it may share its array with a table's langs, so it is never
	// appended to in place (see addLangs).
	langs    []string
	fallback *row
	// behFrom are the later rows that filled behaviour fields the first
	// row left blank, in behaviourKinds order, to name both cells of a
	// conflict; nil while the first row gave them all.
	behFrom *[len(behaviourKinds)]*row
}

var langNames = map[string]string{"en": "English", "zh": "Chinese"}

func langName(l string) string {
	if n, ok := langNames[l]; ok {
		return n
	}
	return l
}

func (b *setBuilder) addRow(rw *row) {
	for _, p := range rw.ranges {
		b.addRange(rw, p)
	}
	for _, c := range rw.codes {
		v, n, ok := b.canonical(c)
		if !ok {
			continue
		}
		ms := b.byValue[v]
		if ms == nil {
			b.newMember(rw, v, n)
			continue
		}
		b.mergeRow(ms, rw, v)
	}
}

// canonical returns the value as the model keeps it: decimal for Int
// sets, as written for String sets.
func (b *setBuilder) canonical(c code) (string, int64, bool) {
	if b.set.Kind == spec.String {
		return c.value, 0, true
	}
	if t := strings.TrimPrefix(c.value, "-"); allDigits(t) && !isIntShaped(c.value) {
		n, err := strconv.ParseInt(c.value, 10, 64)
		if err == nil {
			b.diags.Doubtf(spec.Repaired, c.pos, "code %q has a leading zero in a set of integers; read as %d", c.value, n)
			return strconv.FormatInt(n, 10), n, true
		}
	}
	if !isIntShaped(c.value) {
		b.diags.Doubtf(spec.Skipped, c.pos, "code %q is not an integer, unlike the set's other codes; row skipped (a kind=string directive reads the set as strings)", c.value)
		return "", 0, false
	}
	n, err := strconv.ParseInt(c.value, 10, 64)
	if err != nil {
		b.diags.Errorf(c.pos, "integer %q is outside int64", c.value)
		return "", 0, false
	}
	// An int-shaped value is already the decimal form: no new string.
	return c.value, n, true
}

func (b *setBuilder) newMember(rw *row, v string, n int64) {
	m, ms := b.slab.next()
	*m = spec.Member{
		Value: v, Int: n, Symbol: rw.symbol, Pos: rw.pos,
		Texts:     make([]spec.Text, 0, len(rw.text)),
		Attrs:     append([]spec.Attr(nil), rw.attrs...),
		Behaviour: rw.beh, Parent: rw.parent, SharedRow: len(rw.codes) > 1,
	}
	for _, t := range rw.text {
		m.SetText(t.lang, t.text, rw.pos)
	}
	*ms = mstate{m: m, first: rw, inTable: rw, langs: rw.table.langs}
	if rw.fallback != "" {
		ms.fallback = rw
	}
	b.byValue[v] = ms
	b.states = append(b.states, ms)
	b.set.Members = append(b.set.Members, m)
}

// mergeRow adds a later row for a code already seen: an exact duplicate
// in the same table is dropped with a warning; any other row adds what
// the member lacks (a translation's texts, a column it has no cell in)
// and keeps every text that differs from the member's as a variant, so
// that no meaning is lost (docs/conflicts.md).
func (b *setBuilder) mergeRow(ms *mstate, rw *row, v string) {
	m := ms.m
	if ms.inTable.table != rw.table {
		ms.inTable = rw
	} else {
		if ms.inTable.sameCells(rw) {
			b.diags.Warnf(rw.pos, "duplicate row for code %q kept once (first at %s)", v, ms.inTable.pos)
			return
		}
		// One code listed under several causes: the first row gives the
		// member, the others stay as its variants.
		b.diags.Doubtf(spec.Several, rw.pos, "code %q again with a different row (first at %s); kept as a variant of the first", v, ms.inTable.pos)
		b.addVariant(m, rw, rw.text)
		b.mergeSymbol(m, rw, v)
		b.mergeBehaviour(ms, rw, v)
		return
	}
	var other []langText
	for _, lt := range sortedTexts(rw.text) {
		l, t := lt.lang, lt.text
		old, ok := m.Lookup(l)
		switch {
		case !ok:
			m.SetText(l, t, rw.pos)
		case old.Text != t:
			b.diags.Doubtf(spec.Conflict, rw.pos, "code %q has conflicting %s texts: %q here, %q at %s; the first is its text, this one a variant", v, langName(l), t, old.Text, old.Row)
			other = append(other, lt)
		}
	}
	if len(other) > 0 {
		b.addVariant(m, rw, other)
	}
	b.mergeSymbol(m, rw, v)
	b.mergeBehaviour(ms, rw, v)
	switch {
	case m.Parent == "":
		m.Parent = rw.parent
	case rw.parent != "" && rw.parent != m.Parent:
		b.diags.Doubtf(spec.Conflict, rw.pos, "code %q is under main code %q here, %q at %s; kept the first", v, rw.parent, m.Parent, m.Pos)
	}
	b.mergeAttrs(m, rw, v)
	ms.langs = addLangs(ms.langs, rw.table.langs)
	if ms.fallback == nil && rw.fallback != "" {
		ms.fallback = rw
	}
}

// mergeSymbol takes a later row's symbol when the member has none; a
// different one is reported and the first kept.
func (b *setBuilder) mergeSymbol(m *spec.Member, rw *row, v string) {
	switch {
	case m.Symbol == "":
		m.Symbol = rw.symbol
	case rw.symbol != "" && rw.symbol != m.Symbol:
		b.diags.Doubtf(spec.Conflict, rw.pos, "code %q has conflicting symbols: %q here, %q at %s; kept the first", v, rw.symbol, m.Symbol, m.Pos)
	}
}

// addVariant keeps a further row's texts, and those of its attributes
// that differ from the member's, as a variant of the member.
func (b *setBuilder) addVariant(m *spec.Member, rw *row, texts []langText) {
	va := spec.Variant{Pos: rw.pos}
	for _, lt := range sortedTexts(texts) {
		if !slices.Contains(m.Messages(lt.lang), lt.text) {
			va.Texts = append(va.Texts, spec.Text{Lang: lt.lang, Text: lt.text, Row: rw.pos})
		}
	}
	for _, a := range rw.attrs {
		if old, ok := attrValue(m.Attrs, a.Name); !ok || old != a.Value {
			va.Attrs = append(va.Attrs, a)
		}
	}
	// A text said again (a third section repeating the second's) is
	// kept once.
	if len(va.Texts) > 0 || len(va.Attrs) > 0 {
		m.Variants = append(m.Variants, va)
	}
}

// sortedTexts returns a row's texts by language, so that findings about
// them come in a fixed order.
func sortedTexts(ts []langText) []langText {
	ts = slices.Clone(ts)
	slices.SortFunc(ts, func(a, b langText) int { return strings.Compare(a.lang, b.lang) })
	return ts
}

// addLangs returns have with the languages of more that it lacks; have
// is copied before it grows, since it may be a table's own slice.
func addLangs(have, more []string) []string {
	for _, l := range more {
		if !slices.Contains(have, l) {
			have = append(slices.Clip(have), l)
		}
	}
	return have
}

func (b *setBuilder) addRange(rw *row, pattern string) {
	for _, r := range b.set.Ranges {
		if r.Pattern != pattern {
			continue
		}
		// A range listed in an overview and again in the list: texts
		// the first row lacks are taken; others are reported.
		added := false
		for _, t := range rw.text {
			if old, ok := r.Text[t.lang]; !ok {
				r.Text[t.lang], added = t.text, true
			} else if old != t.text {
				b.diags.Doubtf(spec.Conflict, rw.pos, "range %q again with %s text %q; kept %q from %s", pattern, t.lang, t.text, old, r.Pos)
				added = true
			}
		}
		if !added {
			b.diags.Warnf(rw.pos, "duplicate range %q kept once (first at %s)", pattern, r.Pos)
		}
		return
	}
	r := &spec.Range{Pattern: pattern, Text: map[string]string{}, Pos: rw.pos}
	r.Lo, r.Hi, _ = rangeBounds(pattern)
	for _, t := range rw.text {
		r.Text[t.lang] = t.text
	}
	if _, ok := r.Text["en"]; !ok && rw.fallback != "" {
		r.Text["en"] = rw.fallback
	}
	b.set.Ranges = append(b.set.Ranges, r)
}

// fallbacks fills the English text of members that have none from Latin
// text found under a Chinese header; when the member has English text
// already, a different fallback is reported, never merged.
func (b *setBuilder) fallbacks() {
	for _, ms := range b.states {
		rw := ms.fallback
		if rw == nil {
			continue
		}
		en, ok := ms.m.Lookup("en")
		switch {
		case !ok:
			ms.m.SetText("en", rw.fallback, rw.pos)
		case en.Text != rw.fallback:
			b.diags.Doubtf(spec.Conflict, rw.pos, "untranslated text %q under a Chinese header differs from the English text %q at %s; kept the English text", rw.fallback, en.Text, en.Row)
		}
	}
}

// translations reports members that have no row in the tables of one of
// the set's languages, naming both the member's row and that table.
func (b *setBuilder) translations(g *group) {
	firstTable := map[string]*table{}
	var langs []string
	for _, t := range g.tables {
		for _, l := range t.langs {
			if firstTable[l] == nil {
				firstTable[l] = t
				langs = append(langs, l)
			}
		}
	}
	if len(langs) < 2 {
		return
	}
	for _, ms := range b.states {
		for _, l := range langs {
			if !slices.Contains(ms.langs, l) {
				b.diags.Doubtf(spec.Untranslated, ms.m.Pos, "code %q has no row in the %s table at %s", ms.m.Value, langName(l), firstTable[l].pos)
			}
		}
	}
}

// success marks the success member: success= names it (or none), else
// the member whose symbol is SUCCESS or whose text is exactly "Success"
// or "成功".
func (b *setBuilder) success(g *group) {
	for _, t := range g.tables {
		d := t.dir
		if d == nil || d.success == "" {
			continue
		}
		if d.success == "none" {
			return
		}
		for _, m := range b.set.Members {
			if m.Value == d.success || b.set.Kind == spec.Int && m.Value == strings.TrimPrefix(d.success, "+") {
				m.Success = true
				return
			}
		}
		b.diags.Errorf(d.successPos, "directive success=%s: no such code in the set", d.success)
		return
	}
	for _, m := range b.set.Members {
		if m.Symbol == "SUCCESS" || strings.EqualFold(m.Text("en"), "success") || m.Text("zh") == "成功" {
			m.Success = true
			return
		}
	}
}

// errors decides Set.Errors: errors= decides, else a success member or
// a key or header that says error or failure makes the set an error set.
func (b *setBuilder) errors(g *group) {
	for _, t := range g.tables {
		if t.dir != nil && t.dir.errors != nil {
			b.set.Errors = *t.dir.errors
			return
		}
	}
	if b.set.Success() != nil || saysError(b.set.Key) {
		b.set.Errors = true
		return
	}
	for _, t := range g.tables {
		if saysError(t.keyHeader) {
			b.set.Errors = true
			return
		}
	}
}
