package diff

import (
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/ident"
)

// meaning reports a code whose text changed in every language both
// sides give, each beyond a typo-sized edit (ident.TypoSized): the
// provider now means something else by it, the most dangerous change a
// client can miss. The change shows every language at once: Lang lists
// them, space-separated, and Old and New hold one line per language in
// that order.
func meaning(old, new []spec.Text) (Change, bool) {
	var langs, olds, news []string
	for _, ot := range old {
		var nt spec.Text
		found := false
		for _, t := range new {
			if t.Lang == ot.Lang {
				nt, found = t, true
			}
		}
		if !found || ot.Text == "" || nt.Text == "" {
			continue
		}
		if ident.TypoSized(ot.Text, nt.Text) {
			return Change{}, false
		}
		langs, olds, news = append(langs, ot.Lang), append(olds, ot.Text), append(news, nt.Text)
	}
	if len(langs) == 0 {
		return Change{}, false
	}
	return Change{Kind: MeaningChanged, Lang: strings.Join(langs, " "), Old: strings.Join(olds, "\n"), New: strings.Join(news, "\n")}, true
}

// meaningWhat lists each language's old and new text.
func meaningWhat(c Change) string {
	langs := strings.Fields(c.Lang)
	olds, news := strings.Split(c.Old, "\n"), strings.Split(c.New, "\n")
	var parts []string
	for i, l := range langs {
		if i < len(olds) && i < len(news) {
			parts = append(parts, l+" "+strconv.Quote(olds[i])+" → "+strconv.Quote(news[i]))
		}
	}
	return "meaning changed: " + strings.Join(parts, ", ")
}

// behaviour reports the behaviour columns a service acts on (HTTP
// status, retryable, result status) that changed; Attr names the column.
func behaviour(o, n spec.Behaviour, emit func(Change)) {
	status := func(s int) string {
		if s == 0 {
			return ""
		}
		return strconv.Itoa(s)
	}
	for _, x := range []struct{ col, old, new string }{
		{"httpStatus", status(o.HTTPStatus), status(n.HTTPStatus)},
		{"retryable", o.Retryable.String(), n.Retryable.String()},
		{"result", o.Result.String(), n.Result.String()},
	} {
		if x.old != x.new {
			emit(Change{Kind: BehaviourChanged, Attr: x.col, Old: x.old, New: x.new})
		}
	}
}
