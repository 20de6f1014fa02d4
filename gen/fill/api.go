// Package fill holds the placeholder filler that gen copies into every
// generated package whose texts have placeholders: fill.go is emitted
// as it stands, without its package clause, so its tests and fuzz
// target test the generated code itself. api.go is not copied: it gives
// gen and render the same reading of a text at generation time.
package fill

import "fmt"

// Param is one argument a member's texts take.
type Param struct {
	// Name is the placeholder's name ("min"), "" for %s and the like, or
	// the index of {0}.
	Name string
	// Syntax is the placeholder as first written: "{min}", "%s", "${x}".
	Syntax string
}

// Params returns the arguments MessageWith takes for texts (the
// fallback language's first, so that names keep its order): the
// placeholders in argument order, as codebookFill numbers them when
// given the names Names returns.
func Params(texts ...string) []Param {
	var pos []Param
	var idx []Param
	var named []Param
	for _, text := range texts {
		n := 0
		for last := 0; ; {
			start, end, name, kind := codebookPlaceholder(text, last)
			if start < 0 {
				break
			}
			last = end
			switch kind {
			case 'p':
				if n >= len(pos) {
					pos = append(pos, Param{Syntax: text[start:end]})
				}
				n++
			case 'i':
				k := 0
				for i := 0; i < len(name); i++ {
					k = k*10 + int(name[i]-'0')
				}
				for len(idx) <= k {
					idx = append(idx, Param{Name: itoa(len(idx)), Syntax: "{" + itoa(len(idx)) + "}"})
				}
			case 'n':
				if codebookFindParam(named, name) < 0 {
					named = append(named, Param{Name: name, Syntax: text[start:end]})
				}
			}
		}
	}
	// Every syntax numbers the arguments from the first: a text that
	// mixes them (rare) shares arguments by position. Names win, as the
	// caller names them.
	switch {
	case len(named) > 0:
		return named
	case len(idx) > len(pos):
		return idx
	}
	return pos
}

// Names returns the names of the named params, in order: what gen passes
// codebookFill so that every language takes the same argument for a
// name.
func Names(ps []Param) []string {
	var out []string
	for _, p := range ps {
		if p.Name != "" && !isDigits(p.Name) {
			out = append(out, p.Name)
		}
	}
	return out
}

func codebookFindParam(ps []Param, name string) int {
	for i, p := range ps {
		if p.Name == name {
			return i
		}
	}
	return -1
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// Fill fills text as the generated MessageWith does, for tests of other
// outputs that must agree with it.
func Fill(text string, args []any, names ...string) string {
	return codebookFill(text, args, fmt.Sprint, names...)
}
