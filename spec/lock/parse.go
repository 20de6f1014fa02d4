package lock

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"codebook.dev/codebook/gen/naming"
	"codebook.dev/codebook/spec"
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
func Parse(name string, data []byte) (*Lock, spec.Diags) {
	var diags spec.Diags
	var sets, members []record
	for i, raw := range bytes.Split(data, []byte("\n")) {
		raw = bytes.TrimSuffix(raw, []byte("\r"))
		pos := spec.Pos{File: name, Line: i + 1, Col: 1}
		fields, ok := split(raw, pos, &diags)
		if !ok || len(fields) == 0 {
			continue
		}
		r := record{pos: pos, fields: fields}
		switch fields[0].text {
		case "set":
			sets = append(sets, r)
		case "member", "removed":
			members = append(members, r)
		default:
			diags.Errorf(r.at(0), "unknown directive %q; want set, member or removed", fields[0].text)
		}
	}
	l := &Lock{}
	firstName := map[string]spec.Pos{}
	for _, r := range sets {
		l.addSet(r, firstName, &diags)
	}
	names := map[*setLock]map[string]spec.Pos{}
	for _, r := range members {
		l.addMember(r, names, &diags)
	}
	return l, diags.Sort()
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

func (l *Lock) addSet(r record, firstName map[string]spec.Pos, diags *spec.Diags) {
	if !r.arity(3, diags) {
		return
	}
	key, name := r.fields[1].text, r.fields[2].text
	if !validName(r, 2, diags) {
		return
	}
	if prev := l.sets[key]; prev != nil {
		diags.Errorf(r.at(1), "set %q is locked twice", key)
		return
	}
	if p, dup := firstName[name]; dup {
		diags.Errorf(r.at(2), "go name %q is already locked for another set at line %d", name, p.Line)
		return
	}
	firstName[name] = r.at(2)
	l.put(&setLock{key: key, name: name, members: map[string]*entry{}})
}

func (l *Lock) addMember(r record, names map[*setLock]map[string]spec.Pos, diags *spec.Diags) {
	if !r.arity(4, diags) {
		return
	}
	key, value, name := r.fields[1].text, r.fields[2].text, r.fields[3].text
	sl := l.sets[key]
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
	if names[sl] == nil {
		names[sl] = map[string]spec.Pos{}
	}
	if p, dup := names[sl][name]; dup {
		diags.Errorf(r.at(3), "go name %q is already locked in set %q at line %d", name, key, p.Line)
		return
	}
	names[sl][name] = r.at(3)
	sl.members[value] = &entry{name: name, removed: r.fields[0].text == "removed"}
}

func validName(r record, i int, diags *spec.Diags) bool {
	if !naming.IsExported(r.fields[i].text) {
		diags.Errorf(r.at(i), "%q is not an exported go identifier of ascii letters and digits", r.fields[i].text)
		return false
	}
	return true
}

// split cuts a line into fields: bare words or Go-quoted strings. A line
// whose first field starts with "#" is a comment.
func split(line []byte, pos spec.Pos, diags *spec.Diags) ([]field, bool) {
	var out []field
	for i := 0; i < len(line); {
		if line[i] == ' ' || line[i] == '\t' {
			i++
			continue
		}
		if len(out) == 0 && line[i] == '#' {
			break
		}
		p := pos
		p.Col = i + 1
		if line[i] == '"' {
			lit, err := strconv.QuotedPrefix(string(line[i:]))
			if err != nil {
				diags.Errorf(p, "malformed quoted field %q", clip(line[i:]))
				return nil, false
			}
			s, _ := strconv.Unquote(lit)
			out = append(out, field{text: s, col: i + 1})
			i += len(lit)
			if i < len(line) && line[i] != ' ' && line[i] != '\t' {
				p.Col = i + 1
				diags.Errorf(p, "missing space after quoted field %q", lit)
				return nil, false
			}
			continue
		}
		j := i
		for j < len(line) && line[j] != ' ' && line[j] != '\t' {
			j++
		}
		if !utf8.Valid(line[i:j]) {
			diags.Errorf(p, "invalid utf-8 in %q; quote the field", line[i:j])
			return nil, false
		}
		out = append(out, field{text: string(line[i:j]), col: i + 1})
		i = j
	}
	return out, true
}

// clip shortens a quoted excerpt so one bad line cannot flood the output.
func clip(b []byte) string {
	const max = 40
	if len(b) > max {
		return string(b[:max]) + "…"
	}
	return string(b)
}
