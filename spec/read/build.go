package read

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"codebook.dev/codebook/spec"
)

// group is the tables that make one set.
type group struct {
	tables []*table
	key    string
	// naming is what the tables say about the set's name, in the
	// page's words; the Go name is chosen after reading.
	naming spec.SetNaming
	// texts indexes the group's codes to their texts, built when a
	// later table with the same key must be checked against it.
	texts map[string][]langText
	// ints and codes count the integer codes and all codes among the
	// sampled rows of the group's tables (see otherKind).
	ints, codes int
}

// build merges the tables of all documents into sets and gathers the
// payloads. Sets carry what names them (Set.Naming, the page's words)
// and no name: goname.Resolve chooses it after reading, makes set and
// payload names unique and derives the members' and fields' names.
func build(docs []*docItems, diags *spec.Diags) *spec.Spec {
	s := &spec.Spec{}
	groups := joinRangeTables(groupTables(docs, diags), diags)
	for _, g := range groups {
		if set := buildSet(g, diags); set != nil {
			s.Sets = append(s.Sets, set)
		}
	}
	var examples []*example
	for _, d := range docs {
		examples = append(examples, d.examples...)
	}
	s.Payloads = buildPayloads(examples, s.Sets)
	return s
}

// groupTables puts tables into sets: by key (the latest set with that
// key), a new set for split= and for tables without header, and the
// named set for merge= (see mergeTarget).
func groupTables(docs []*docItems, diags *spec.Diags) []*group {
	var groups []*group
	latest := map[string]*group{}
	// sectioned marks a key whose sections have proved to be sets of
	// their own (a code means another thing under another heading):
	// every further section of it is a set of its own too ("Common
	// errors" after "Accounts API" and "Payments API").
	sectioned := map[string]bool{}
	var merges []*table
	for _, d := range docs {
		for _, t := range d.tables {
			dir := t.dir
			if dir != nil && dir.merge != "" {
				merges = append(merges, t)
				continue
			}
			naming := spec.SetNaming{Header: t.name, Key: t.key, Heading: t.doc}
			key := t.key
			if dir != nil && dir.key != "" {
				key, naming.KeyDirective = dir.key, dir.key
			}
			if dir != nil {
				naming.Directive = dir.name
			}
			g := latest[key]
			if g != nil && key != "" && (dir == nil || dir.name == "") &&
				(g.disagrees(t) || g.otherKind(t) || t.doc != g.naming.Heading && (sectioned[key] || typeHeading(t.doc))) {
				// The same code with another meaning under another
				// heading, or codes of another kind (integers beside
				// names): a set of its own, named from its section.
				g.naming.Shared = true
				naming.Split = true
				sectioned[key] = true
				g = nil
			}
			if g == nil || key == "" || dir != nil && dir.split {
				g = &group{key: key, naming: naming}
				groups = append(groups, g)
				if key != "" {
					latest[key] = g
				}
			} else if dir != nil && dir.name != "" {
				g.naming.Directive = dir.name
			}
			g.add(t)
		}
	}
	for _, t := range merges {
		into := mergeTarget(groups, t.dir.merge)
		if into == nil {
			diags.Errorf(t.dir.pos, "directive merge=%s: no set named %s", t.dir.merge, t.dir.merge)
			continue
		}
		into.tables = append(into.tables, t)
	}
	return groups
}

// mergeTarget finds the set a merge= directive names: the one whose
// name= directive it is, else the first whose header or key (as written
// or given by key=), else whose heading, spells it: merge=ErrorCode
// finds the table under "Error Code" or error_code. The reader compares
// words; the Go name is goname's to choose, after reading.
func mergeTarget(groups []*group, name string) *group {
	for _, g := range groups {
		if g.naming.Directive == name {
			return g
		}
	}
	for _, words := range []func(n spec.SetNaming) []string{
		func(n spec.SetNaming) []string { return []string{n.Header, n.KeyDirective, n.Key} },
		func(n spec.SetNaming) []string { return []string{asciiWords(n.Heading)} },
	} {
		for _, g := range groups {
			if g.naming.Directive != "" {
				continue
			}
			for _, w := range words(g.naming) {
				if spells(name, w) {
					return g
				}
			}
		}
	}
	return nil
}

// typeHeading reports a heading that is one identifier (codec_status,
// PaymentError): the name of a type, as API references head each enum,
// so the tables under it are a set of their own.
func typeHeading(h string) bool {
	if h == "" {
		return false
	}
	for i := 0; i < len(h); i++ {
		if c := h[i]; !isLetter(c) && !isDigit(c) && c != '_' && c != '.' {
			return false
		}
	}
	return isLetter(h[0]) && (strings.ContainsAny(h, "_.") || camelCode(h) || lowerCamel(h))
}

// add puts t into the group, and its texts into the index disagrees
// keeps once it has been built.
func (g *group) add(t *table) {
	g.tables = append(g.tables, t)
	i, n := intCodes(t)
	g.ints, g.codes = g.ints+i, g.codes+n
	if g.texts != nil {
		g.index(t)
	}
}

// sampleRows bounds the rows of each table that disagrees compares: a
// section that reuses codes with other meanings shows it in its first
// rows, and a long set continued over many tables must not pay for an
// index of every code.
const sampleRows = 64

func (g *group) index(t *table) {
	for _, rw := range t.rows[:min(len(t.rows), sampleRows)] {
		for _, c := range rw.codes {
			if _, ok := g.texts[c.value]; !ok {
				g.texts[c.value] = rw.text
			}
		}
	}
}

// sharesLanguage reports a table with a text language the group's
// tables have.
func (g *group) sharesLanguage(t *table) bool {
	for _, gt := range g.tables {
		for _, l := range gt.langs {
			if slices.Contains(t.langs, l) {
				return true
			}
		}
	}
	return false
}

// disagrees reports a table whose codes mean something else than the
// same codes in the group: most codes the two share have a different
// text in a language both give. Translations (no language in common)
// and a set continued in parts (no code in common) agree.
func (g *group) disagrees(t *table) bool {
	if !g.sharesLanguage(t) {
		// A translation: nothing to compare, and no index to build.
		return false
	}
	if g.texts == nil {
		g.texts = map[string][]langText{}
		for _, gt := range g.tables {
			g.index(gt)
		}
	}
	shared, differ := 0, 0
	for _, rw := range t.rows[:min(len(t.rows), sampleRows)] {
		for _, c := range rw.codes {
			old, ok := g.texts[c.value]
			if !ok {
				continue
			}
			for _, a := range old {
				for _, b := range rw.text {
					if a.lang != b.lang {
						continue
					}
					shared++
					if !sameMeaning(a.text, b.text) {
						differ++
					}
				}
			}
		}
	}
	// A strict majority: generic codes (-1, 0) are often reworded from
	// one section to the next, and one of two shared codes differing
	// says nothing.
	return differ > 0 && 2*differ > shared
}

// otherKind reports a table under another heading whose codes are all
// of the other kind than the group's (names such as NotFound where the
// group has only integers, or the reverse): not a set continued in
// parts, which would make one string set of both.
func (g *group) otherKind(t *table) bool {
	if t.doc == g.tables[len(g.tables)-1].doc {
		return false
	}
	ti, tn := intCodes(t)
	return g.codes > 0 && tn > 0 && (g.ints == g.codes && ti == 0 || g.ints == 0 && ti == tn)
}

// intCodes counts the integer codes among a table's first rows, and
// all its codes there.
func intCodes(t *table) (ints, n int) {
	for _, rw := range t.rows[:min(len(t.rows), sampleRows)] {
		for _, c := range rw.codes {
			n++
			if isIntCode(c.value) {
				ints++
			}
		}
	}
	return ints, n
}

// sameMeaning reports two texts of one code that say the same: equal
// but for case, spaces and punctuation, or sharing most of their words
// (Latin) or character pairs (Han). "Limit exceeded" and "Limit was
// exceeded" agree; "钱包不存在" and "类别名称过长" do not.
func sameMeaning(a, b string) bool {
	wa, wb := textUnits(a), textUnits(b)
	if len(wa) == 0 || len(wb) == 0 {
		return len(wa) == len(wb)
	}
	common := 0
	for u := range wa {
		if wb[u] {
			common++
		}
	}
	union := len(wa) + len(wb) - common
	// Most units shared, or the shorter text inside the longer one
	// ("成功" and "成功开通", "Success" and "Success, order created"):
	// a text said at more length, not another meaning.
	return 5*common >= 3*union || common == min(len(wa), len(wb))
}

// textUnits is the set of lower-case Latin words and Han character
// pairs of a text.
func textUnits(s string) map[string]bool {
	out := map[string]bool{}
	var han []rune
	flush := func() {
		if len(han) == 1 {
			out[string(han)] = true
		}
		for i := 0; i+1 < len(han); i++ {
			out[string(han[i:i+2])] = true
		}
		han = han[:0]
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		for _, r := range w {
			if unicode.Is(unicode.Han, r) {
				han = append(han, r)
				continue
			}
			flush()
		}
		flush()
		if !hasHan(w) {
			out[w] = true
		}
	}
	return out
}

func buildSet(g *group, diags *spec.Diags) *spec.Set {
	first := g.tables[0]
	set := &spec.Set{Key: g.key, Naming: g.naming, Doc: first.doc, Pos: first.pos}
	for _, t := range g.tables {
		set.Explicit = set.Explicit || t.dir != nil && t.dir.name != ""
		set.Tables = append(set.Tables, t.pos)
		set.Columns.HTTPStatus = set.Columns.HTTPStatus || t.columns.HTTPStatus
		set.Columns.Retryable = set.Columns.Retryable || t.columns.Retryable
		set.Columns.Result = set.Columns.Result || t.columns.Result
		set.Columns.Category = set.Columns.Category || t.columns.Category
	}
	set.Kind = setKind(g, diags)
	rows := 0
	for _, t := range g.tables {
		rows += len(t.rows)
	}
	b := &setBuilder{set: set, diags: diags, byValue: make(map[string]*mstate, rows), slab: slab{want: rows}}
	set.Members = make([]*spec.Member, 0, rows)
	for _, t := range g.tables {
		for _, rw := range t.rows {
			b.addRow(rw)
		}
	}
	b.fallbacks()
	b.translations(g)
	b.overrideNames(g)
	b.success(g)
	b.errors(g)
	b.service(g)
	return set
}

// setKind is Int when every code is a plain integer (no leading zeros,
// no letters), else String; a kind= directive decides instead. A few
// odd cells among many integers (at most one in ten, in a set of ten
// codes or more) do not turn the set into strings: they are reported
// where they stand (see canonical). When odd cells do make a mostly
// integer set a string set, each of them says so.
func setKind(g *group, diags *spec.Diags) spec.Kind {
	for _, t := range g.tables {
		if t.dir != nil && t.dir.kind != nil {
			return *t.dir.kind
		}
	}
	var odd []code
	n := 0
	for _, t := range g.tables {
		for _, rw := range t.rows {
			for _, c := range rw.codes {
				n++
				if !isIntShaped(c.value) {
					odd = append(odd, c)
				}
			}
		}
	}
	switch {
	case len(odd) == 0:
		return spec.Int
	case n >= 10 && 10*len(odd) <= n && !slices.ContainsFunc(odd, func(c code) bool { return isHexCode(c.value) }):
		// A hex code is no odd cell: its spelling cannot round-trip
		// through an integer, so the set keeps strings.
		return spec.Int
	case 2*len(odd) < n && !fixedWidth(g):
		others := ""
		if len(odd) > 1 {
			others = fmt.Sprintf(" and %d other codes", len(odd)-1)
		}
		diags.Doubtf(spec.Repaired, odd[0].pos, "code %q%s make the set a string set (%d of its %d codes are integers); a kind=int directive reads it as integers", odd[0].value, others, n-len(odd), n)
	}
	return spec.String
}

// fixedWidth reports codes written to one width, some with leading
// zeros ("00", "05", "51"): strings on purpose, not integers gone wrong.
func fixedWidth(g *group) bool {
	width, zero := -1, false
	for _, t := range g.tables {
		for _, rw := range t.rows {
			for _, c := range rw.codes {
				if width >= 0 && len(c.value) != width {
					return false
				}
				width = len(c.value)
				zero = zero || len(c.value) > 1 && c.value[0] == '0'
			}
		}
	}
	return zero
}

// isIntShaped reports a decimal integer as a Go int would print it: no
// sign but '-', no leading zeros, no "-0".
func isIntShaped(s string) bool {
	t := s
	if len(t) > 0 && t[0] == '-' {
		t = t[1:]
		if t == "0" {
			return false
		}
	}
	return allDigits(t) && (t == "0" || t[0] != '0')
}
