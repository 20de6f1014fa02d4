package diff

import (
	"sort"

	"codebook.dev/codebook/spec"
)

// texts compares two texts per language; changed is the kind for a
// language both sides have.
func texts(old, new map[string]string, emit func(string, Change), changed Kind) {
	for _, lang := range union(old, new) {
		ot, oOK := old[lang]
		nt, nOK := new[lang]
		switch {
		case !oOK:
			emit(lang, Change{Kind: TranslationAdded, New: nt})
		case !nOK:
			emit(lang, Change{Kind: TranslationMissing, Old: ot})
		case ot != nt:
			emit(lang, Change{Kind: changed, Old: ot, New: nt})
		}
	}
}

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
	sort.Strings(keys)
	return keys
}

// attrs compares extra columns by header; the first cell of a header
// counts when a row repeats one.
func attrs(old, new []spec.Attr, emit func(name, ov, nv string)) {
	om, nm := attrMap(old), attrMap(new)
	for _, name := range union(om, nm) {
		if om[name] != nm[name] {
			emit(name, om[name], nm[name])
		}
	}
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
