package gen

import (
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
)

// writeHead writes the set's type and its constants, which open the
// set's file right after the imports (see splice). The docs name no
// source positions: the header names the spec, and a line number in
// every constant made each prose edit of the spec a diff in every
// generated file (`codebook spec` prints positions).
func writeHead(s *set) {
	d := s.head
	d.decl(typeDoc(s)...)
	// The directive codebookvet knows a code set by; go doc hides it.
	d.buf.WriteString("//\n//codebook:set\n")
	d.buf.WriteString("type " + s.Name + " " + s.goType + "\n")
	d.constBlock([]string{"The members of " + s.Name + ", in spec order."}, len(s.Members), func(i int) constSpec {
		m := s.Members[i]
		val := quote(m.Value)
		if s.isInt() {
			val = strconv.FormatInt(m.Int, 10)
		}
		return constSpec{doc: func(d *data) { memberDoc(d, s, m) }, name: s.constName(m), typ: s.Name, value: val}
	})
}

// typeDoc documents the set's type: what it holds, the heading it came
// under, how unknown codes behave, and its errors and ranges.
func typeDoc(s *set) []string {
	what := "integer"
	if !s.isInt() {
		what = "string"
	}
	lines := []string{s.Name + " holds the " + what + " codes of the " + quoteMsg(oneLine(s.Key)) + " field."}
	// The heading's markdown marks are not part of its text; a one-line
	// heading is a doc heading, as gofmt would make it.
	switch d := commentLines(strings.TrimLeft(s.Doc, "# ")); len(d) {
	case 0:
	case 1:
		lines = append(lines, "", "# "+d[0])
	default:
		lines = append(lines, "")
		lines = append(lines, d...)
	}
	lines = append(lines, "", "Values outside the spec are kept as they are (a newer code still decodes", "and encodes unchanged); IsKnown tells them apart.")
	if s.Errors {
		nilFor := ""
		if succ := s.Success(); succ != nil {
			nilFor = " (nil for " + s.constName(succ) + ")"
		}
		lines = append(lines, "",
			"The codes are errors: Err and WithMessage turn a received code into the",
			"error to return"+nilFor+", and "+ofFunc(s)+" gives the code back from an",
			"error that carries one. "+s.Name+" itself is not an error.")
	}
	if len(s.Ranges) > 0 {
		lines = append(lines, "", "Documented ranges:", "")
		for _, r := range s.Ranges {
			lines = append(lines, "  - "+oneLine(r.Pattern)+textSummary(r.Text, s.p.langs))
		}
	}
	return lines
}

// memberDoc documents a member with its code, symbol, every language's
// text and the row's other columns. The lines go straight into the
// file, in pieces: at 100,000 members, building them as strings first
// was a fifth of what gen allocated.
func memberDoc(d *data, s *set, m *spec.Member) {
	value := oneLine(m.Value)
	if !s.isInt() {
		value = quoteMsg(value)
	}
	symbol, sp := "", ""
	if m.Symbol != "" {
		symbol, sp = oneLine(m.Symbol), " "
	}
	success := ""
	if m.Success {
		success = ", the success code: Err returns nil for it"
	}
	d.docLine(s.constName(m), " is ", value, sp, symbol, success, ".")
	first := true
	item := func(name, v string) {
		if v == "" {
			return
		}
		if first {
			d.docLine()
			first = false
		}
		d.docLine("  - ", oneLine(name), ": ", v)
	}
	for _, t := range m.Texts {
		item(t.Lang, oneLine(t.Text))
	}
	for _, v := range variantLines(m) {
		item(v[0], v[1])
	}
	for _, v := range behaviourLines(s, m) {
		item(v[0], v[1])
	}
	for _, a := range m.Attrs {
		if a.Of == "" {
			item(a.Name, oneLine(a.Value))
		}
	}
	if s.retry.fromText(m) {
		item("retryable", "yes, from its text")
	}
	if from := s.outcomeFrom[m]; from != "" {
		item("outcome", s.outcome[m].String()+", "+from)
	}
}

// textSummary renders texts in language order as ": en: …; zh: …".
func textSummary(text map[string]string, langs []string) string {
	var parts []string
	for _, l := range langs {
		if t := oneLine(text[l]); t != "" {
			parts = append(parts, l+": "+t)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, "; ") + ")"
}
