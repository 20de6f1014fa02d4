package diff

import (
	"maps"
	"slices"

	"codebook.dev/codebook/spec"
)

// texts compares two texts per language, both sorted by language as
// spec.Member.Texts is; changed is the kind for a language both sides
// have. Changes come in language order.
func texts(old, new []spec.Text, emit func(string, Change), changed Kind) {
	for len(old) > 0 || len(new) > 0 {
		switch {
		case len(new) == 0 || len(old) > 0 && old[0].Lang < new[0].Lang:
			emit(old[0].Lang, Change{Kind: TranslationMissing, Old: old[0].Text})
			old = old[1:]
		case len(old) == 0 || new[0].Lang < old[0].Lang:
			emit(new[0].Lang, Change{Kind: TranslationAdded, New: new[0].Text})
			new = new[1:]
		default:
			if old[0].Text != new[0].Text {
				emit(old[0].Lang, Change{Kind: changed, Old: old[0].Text, New: new[0].Text})
			}
			old, new = old[1:], new[1:]
		}
	}
}

// rangeTexts returns a range's texts sorted by language, for texts.
func rangeTexts(text map[string]string) []spec.Text {
	ts := make([]spec.Text, 0, len(text))
	for _, l := range slices.Sorted(maps.Keys(text)) {
		ts = append(ts, spec.Text{Lang: l, Text: text[l]})
	}
	return ts
}

// attrs compares extra columns by header; the first cell of a header
// counts when a row repeats one.
func attrs(old, new []spec.Attr, emit func(name, ov, nv string)) {
	om, nm := attrMap(old), attrMap(new)
	typed := behaviourAttrs(old, new)
	for _, name := range union(om, nm) {
		if typed[name] {
			// Compared as behaviour: its change (or its sameness,
			// "Yes" → "是") is reported there, once.
			continue
		}
		if om[name] != nm[name] {
			emit(name, om[name], nm[name])
		}
	}
}

// behaviourAttrs names the attributes that are behaviour cells on either
// side.
func behaviourAttrs(old, new []spec.Attr) map[string]bool {
	m := map[string]bool{}
	for _, as := range [][]spec.Attr{old, new} {
		for _, a := range as {
			if a.Behaviour {
				m[a.Name] = true
			}
		}
	}
	return m
}

func attrMap(as []spec.Attr) map[string]string {
	m := map[string]string{}
	for _, a := range as {
		if _, dup := m[a.Name]; !dup {
			m[a.Name] = a.Value
		}
	}
	return m
}

// union returns the keys of a and b, sorted.
func union(a, b map[string]string) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}
