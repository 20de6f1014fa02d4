package lock

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// field is one word of a line and the byte column it starts at.
type field struct {
	text string
	col  int
}

// record is one non-comment line.
type record struct {
	pos    spec.Pos
	fields []field
}

// Parse reads a lock file's text. Every problem is reported, each at its
// line and column; the returned lock holds every entry that was valid.
//
// The text is copied into one string once and every field is a slice of
// it, the fields of all lines share one array and the entries another:
// a lock of 100,000 codes is read with a few dozen allocations per set
// rather than several per line.
func Parse(name string, data []byte) (*Lock, spec.Diags) {
	var diags spec.Diags
	text := string(data)
	type span struct {
		pos    spec.Pos
		lo, hi int
		owner  int // a member line's set line: index in setSpans, or -1
	}
	// Sized for a lock's usual lines of four fields, so that the slices
	// are not regrown (and copied) at 100,000 lines.
	lines := strings.Count(text, "\n") + 1
	var setSpans, specSpans []span
	memberSpans := make([]span, 0, lines)
	all := make([]field, 0, 4*lines)
	lastSet := map[string]int{} // key → its latest set line so far
	for i, line := 0, 0; i <= len(text); line++ {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += i
		}
		raw := strings.TrimSuffix(text[i:end], "\r")
		i = end + 1
		pos := spec.Pos{File: name, Line: line + 1, Col: 1}
		lo := len(all)
		var ok bool
		all, ok = split(raw, pos, &diags, all)
		if !ok || len(all) == lo {
			all = all[:lo]
			continue
		}
		sp := span{pos, lo, len(all), -1}
		switch all[lo].text {
		case "set":
			if len(all)-lo > 1 {
				lastSet[all[lo+1].text] = len(setSpans)
			}
			setSpans = append(setSpans, sp)
		case "spec":
			specSpans = append(specSpans, sp)
		case "member", "removed", "reserved":
			if len(all)-lo > 1 {
				if i, ok := lastSet[all[lo+1].text]; ok {
					sp.owner = i
				}
			}
			memberSpans = append(memberSpans, sp)
		default:
			r := record{pos: pos, fields: all[lo:len(all)]}
			diags.Errorf(r.at(0), "unknown directive %q; want spec, set, member, removed or reserved", all[lo].text)
		}
	}
	rec := func(sp span) record { return record{pos: sp.pos, fields: all[sp.lo:sp.hi:sp.hi]} }
	// Members per set line, so each set's map is made at its final size.
	perSet := make([]int, len(setSpans))
	for _, sp := range memberSpans {
		if sp.hi-sp.lo == 4 && sp.owner >= 0 {
			perSet[sp.owner]++
		}
	}
	l := &Lock{file: name}
	for _, sp := range specSpans {
		l.addSpec(rec(sp), &diags)
	}
	firstName := map[string]spec.Pos{}
	owners := make([]*setLock, len(setSpans))
	for i, sp := range setSpans {
		owners[i] = l.addSet(rec(sp), perSet[i], firstName, &diags)
	}
	p := &memberParse{names: map[*setLock]map[string]int{}, entries: make([]entry, len(memberSpans))}
	for _, sp := range memberSpans {
		var owner *setLock
		if sp.owner >= 0 {
			owner = owners[sp.owner]
		}
		l.addMember(rec(sp), owner, p, &diags)
	}
	l.upgrade()
	return l, diags.Sort()
}

// upgrade reads a lock without spec lines, from before locks recorded
// their specs and kept removed codes as deprecated constants: the codes
// it lists as removed had their constants dropped, so they are reserved.
func (l *Lock) upgrade() {
	l.legacy = len(l.specs) == 0 && len(l.sets) > 0
	if !l.legacy {
		return
	}
	for _, sl := range l.sets {
		for _, e := range sl.members {
			if e.removed {
				e.reserved = true
			}
		}
	}
}

// memberParse is the state of reading member lines: the line of each
// locked Go name per set, and the entries' shared array.
type memberParse struct {
	names   map[*setLock]map[string]int
	entries []entry
}

func (r record) at(i int) spec.Pos {
	p := r.pos
	p.Col = r.fields[i].col
	return p
}

func (r record) arity(n int, diags *spec.Diags) bool {
	if len(r.fields) != n {
		diags.Errorf(r.at(0), "%q wants %d fields, has %d", r.fields[0].text, n-1, len(r.fields)-1)
		return false
	}
	return true
}

// addSet reads "set KEY NAME [SECTION]" and returns the set, or nil.
func (l *Lock) addSet(r record, members int, firstName map[string]spec.Pos, diags *spec.Diags) *setLock {
	if len(r.fields) != 4 && !r.arity(3, diags) {
		return nil
	}
	key, name, section := r.fields[1].text, r.fields[2].text, ""
	if len(r.fields) == 4 {
		section = r.fields[3].text
	}
	if !validName(r, 2, diags) {
		return nil
	}
	if prev := l.sets[id(key, section)]; prev != nil {
		if section == "" {
			diags.Errorf(r.at(1), "set %q is locked twice", key)
		} else {
			diags.Errorf(r.at(1), "set %q of section %q is locked twice", key, section)
		}
		return nil
	}
	if p, dup := firstName[name]; dup {
		diags.Errorf(r.at(2), "go name %q is already locked for another set at line %d", name, p.Line)
		return nil
	}
	firstName[name] = r.at(2)
	sl := &setLock{key: key, section: section, name: name, pos: r.at(2), members: make(map[string]*entry, members)}
	l.put(sl)
	return sl
}

// addMember reads a member or removed line of the set line above it
// with its key (owner), or of the first set with its key.
func (l *Lock) addMember(r record, owner *setLock, p *memberParse, diags *spec.Diags) {
	if !r.arity(4, diags) {
		return
	}
	key, value, name := r.fields[1].text, r.fields[2].text, r.fields[3].text
	sl := owner
	if sl == nil {
		sl = l.byKey(key)
	}
	if sl == nil {
		diags.Errorf(r.at(1), "no set line for key %q", key)
		return
	}
	if value == "" {
		diags.Errorf(r.at(2), "empty code value")
		return
	}
	if !validName(r, 3, diags) {
		return
	}
	if sl.members[value] != nil {
		diags.Errorf(r.at(2), "code %q of set %q is locked twice", value, key)
		return
	}
	names := p.names[sl]
	if names == nil {
		names = make(map[string]int, len(sl.members)+1)
		p.names[sl] = names
	}
	if line, dup := names[name]; dup {
		diags.Errorf(r.at(3), "go name %q is already locked in set %q at line %d", name, key, line)
		return
	}
	names[name] = r.pos.Line
	e := &p.entries[0]
	p.entries = p.entries[1:]
	kw := r.fields[0].text
	*e = entry{name: name, removed: kw != "member", reserved: kw == "reserved", line: int32(r.pos.Line), col: int32(r.fields[3].col)}
	sl.members[value] = e
}

func validName(r record, i int, diags *spec.Diags) bool {
	if !goname.IsExported(r.fields[i].text) {
		diags.Errorf(r.at(i), "%q is not an exported go identifier of ascii letters and digits", r.fields[i].text)
		return false
	}
	return true
}

// split appends a line's fields to out: bare words or Go-quoted
// strings. A line whose first field starts with "#" is a comment. On a
// bad field it reports it and returns false.
func split(line string, pos spec.Pos, diags *spec.Diags, out []field) ([]field, bool) {
	first := len(out)
	for i := 0; i < len(line); {
		if line[i] == ' ' || line[i] == '\t' {
			i++
			continue
		}
		if len(out) == first && line[i] == '#' {
			break
		}
		p := pos
		p.Col = i + 1
		if line[i] == '"' {
			lit, err := strconv.QuotedPrefix(line[i:])
			if err != nil {
				diags.Errorf(p, "malformed quoted field %q", clip(line[i:]))
				return out, false
			}
			s, _ := strconv.Unquote(lit)
			out = append(out, field{text: s, col: i + 1})
			i += len(lit)
			if i < len(line) && line[i] != ' ' && line[i] != '\t' {
				p.Col = i + 1
				diags.Errorf(p, "missing space after quoted field %q", lit)
				return out, false
			}
			continue
		}
		j := i
		for j < len(line) && line[j] != ' ' && line[j] != '\t' {
			j++
		}
		if !utf8.ValidString(line[i:j]) {
			diags.Errorf(p, "invalid utf-8 in %q; quote the field", line[i:j])
			return out, false
		}
		out = append(out, field{text: line[i:j], col: i + 1})
		i = j
	}
	return out, true
}

// clip shortens a quoted excerpt so one bad line cannot flood the output.
func clip(s string) string {
	const max = 40
	if len(s) > max {
		return s[:max] + "…"
	}
	return s
}
