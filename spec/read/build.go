package read

import (
	"strconv"

	"codebook.dev/codebook/gen/naming"
	"codebook.dev/codebook/spec"
)

// group is the tables that make one set.
type group struct {
	tables []*table
	key    string
	name   string
}

// build merges the tables of all documents into sets and names the
// payloads.
func build(docs []*docItems, diags *spec.Diags) *spec.Spec {
	s := &spec.Spec{}
	groups := groupTables(docs, diags)
	for _, g := range groups {
		if set := buildSet(g, diags); set != nil {
			s.Sets = append(s.Sets, set)
		}
	}
	uniqueSetNames(s.Sets, diags)
	var examples []*example
	for _, d := range docs {
		examples = append(examples, d.examples...)
	}
	s.Payloads = buildPayloads(examples, s.Sets, diags)
	return s
}

// groupTables puts tables into sets: by key (the latest set with that
// key), a new set for split= and for tables without header, and the
// named set for merge=.
func groupTables(docs []*docItems, diags *spec.Diags) []*group {
	var groups []*group
	latest := map[string]*group{}
	var merges []*table
	for _, d := range docs {
		for _, t := range d.tables {
			dir := t.dir
			key, name := t.key, t.name
			if dir != nil && dir.key != "" {
				key = dir.key
				if t.name == "" || t.name == naming.Type(t.key) {
					name = naming.Type(key)
				}
			}
			if dir != nil && dir.name != "" {
				name = dir.name
			}
			if name == "" {
				name = naming.Type(asciiWords(t.doc))
			}
			if dir != nil && dir.merge != "" {
				merges = append(merges, t)
				continue
			}
			g := latest[key]
			if g == nil || key == "" || dir != nil && dir.split {
				g = &group{key: key, name: name}
				groups = append(groups, g)
				if key != "" {
					latest[key] = g
				}
			} else if dir != nil && dir.name != "" {
				g.name = name
			}
			g.tables = append(g.tables, t)
		}
	}
	for _, t := range merges {
		var into *group
		for _, g := range groups {
			if g.name == t.dir.merge {
				into = g
				break
			}
		}
		if into == nil {
			diags.Errorf(t.dir.pos, "directive merge=%s: no set named %s", t.dir.merge, t.dir.merge)
			continue
		}
		into.tables = append(into.tables, t)
	}
	return groups
}

// asciiWords keeps the ASCII letters and digits of a heading, so a set
// named from a Chinese heading never starts with a Han character.
func asciiWords(s string) string {
	b := []byte{}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x80 {
			b = append(b, c)
		} else {
			b = append(b, ' ')
		}
	}
	return string(b)
}

func buildSet(g *group, diags *spec.Diags) *spec.Set {
	first := g.tables[0]
	set := &spec.Set{Name: g.name, Key: g.key, Doc: first.doc, Pos: first.pos}
	for _, t := range g.tables {
		set.Tables = append(set.Tables, t.pos)
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
	b.goNames(g)
	b.success(g)
	b.errors(g)
	return set
}

// setKind is Int when every code is a plain integer (no leading zeros,
// no letters), else String; a kind= directive decides instead.
func setKind(g *group, diags *spec.Diags) spec.Kind {
	for _, t := range g.tables {
		if t.dir != nil && t.dir.kind != nil {
			return *t.dir.kind
		}
	}
	for _, t := range g.tables {
		for _, rw := range t.rows {
			for _, c := range rw.codes {
				if !isIntShaped(c.value) {
					return spec.String
				}
			}
		}
	}
	return spec.Int
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

func uniqueSetNames(sets []*spec.Set, diags *spec.Diags) {
	names := make([]string, len(sets))
	values := make([]string, len(sets))
	for i, s := range sets {
		names[i], values[i] = s.Name, strconv.Itoa(i+1)
	}
	out, renamed := naming.Unique(names, values)
	for i, owner := range renamed {
		diags.Warnf(sets[i].Pos, "set name %s is taken by the set at %s; renamed %s", sets[i].Name, sets[owner].Pos, out[i])
	}
	for i, s := range sets {
		s.Name = out[i]
	}
}
