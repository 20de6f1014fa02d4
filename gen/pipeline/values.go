package pipeline

import (
	"sort"
	"strconv"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/lock"
)

// typed is a constant's type and code value.
type typed struct{ typ, value string }

// byName returns each declared constant's type and value.
func (d declared) byName() map[string]typed {
	out := map[string]typed{}
	for t, vs := range d.consts {
		for v, name := range vs {
			out[name] = typed{t, v}
		}
	}
	return out
}

// keepValues is the rule that a constant never changes value: a name
// the existing output declares for one code never names another code
// (or another type) in the new output, whatever the lock or the
// directives say. Services compare received codes against these
// constants, so a re-pointed constant compiles and quietly tests for
// another code. Renames are KeepNames' business; this catches names
// swapped between codes (by hand in the lock, or by directives) and
// pinned from another spec's lock. Each error stands at the lock line
// that gives the name to its new code, else at the spec's member, else
// at the old declaration.
func keepValues(old, cur declared, s *spec.Spec, pins lock.Pins) spec.Diags {
	var diags spec.Diags
	was, now := old.byName(), cur.byName()
	names := make([]string, 0, len(was))
	for n := range was {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		o, c := was[n], now[n]
		if c == (typed{}) || c == o {
			continue
		}
		at, text := responsible(s, pins, c)
		if at.File == "" {
			at = pos(old.pos[n])
		}
		if c.typ != o.typ {
			diags.Errorf(at, "constant %s would change from %s %s to %s %s%s; code comparing against it would test another code. Keep its name where it was, or re-point it on purpose with -rename-ok", n, o.typ, o.value, c.typ, c.value, text)
			continue
		}
		diags.Errorf(at, "constant %s would change value from %s to %s%s; code comparing against it would silently test another code. Keep each name with its code (swap the lock's names back), or re-point it on purpose with -rename-ok", n, o.value, c.value, text)
	}
	return diags
}

// responsible is where the new output's constant t gets its name: the
// lock line that pins the name, or the spec's member; and the code's
// first text, quoted, to say what the constant would now mean.
func responsible(s *spec.Spec, pins lock.Pins, t typed) (spec.Pos, string) {
	for _, set := range s.Sets {
		if set.Name != t.typ {
			continue
		}
		m := set.Member(t.value)
		if m == nil {
			continue
		}
		text := ""
		if len(m.Texts) > 0 && m.Texts[0].Text != "" {
			text = " (" + strconv.Quote(m.Texts[0].Text) + ")"
		}
		if e, ok := pins.Lookup(set, t.value); ok && e.Pos.Line > 0 && e.Name == m.GoName {
			return e.Pos, text
		}
		return m.Pos, text
	}
	return spec.Pos{}, ""
}
