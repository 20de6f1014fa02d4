package gen

import (
	"fmt"
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// emitType declares the set's named type, documented with the heading,
// wire key, source tables and ranges.
func emitType(f *jen.File, s *set) {
	var lines []string
	what := "integer"
	if !s.isInt() {
		what = "string"
	}
	lines = append(lines, fmt.Sprintf("%s holds the %s codes of the %s field.", s.Name, what, quoteMsg(oneLine(s.Key))))
	// The heading's markdown marks are not part of its text.
	if d := commentLines(strings.TrimLeft(s.Doc, "# ")); len(d) > 0 {
		lines = append(lines, "")
		lines = append(lines, d...)
	}
	lines = append(lines, "", fmt.Sprintf("Read from %s.", oneLine(posList(s.Tables, s.Pos))))
	lines = append(lines, "", "Values outside the spec are kept as they are (a newer code still decodes", "and encodes unchanged); IsKnown tells them apart.")
	if s.Errors {
		lines = append(lines, "", "The codes are errors: "+s.Name+" implements error, and Err and WithMessage", "turn a received code into the error to return (nil for the success code).")
	}
	if len(s.Ranges) > 0 {
		lines = append(lines, "", "Documented ranges:", "")
		for _, r := range s.Ranges {
			lines = append(lines, "  - "+oneLine(r.Pattern)+textSummary(r.Text, s.p.langs))
		}
	}
	f.Add(doc(lines...))
	f.Add(jen.Comment("//\n//codebook:set")) // the directive codebookvet knows a code set by; go doc hides it
	f.Type().Id(s.Name).Id(s.goType)
}

// emitConsts declares one constant per member, in spec order.
func emitConsts(f *jen.File, s *set) {
	s.data.constBlock([]string{fmt.Sprintf("The members of %s, in spec order.", s.Name)}, len(s.Members), func(i int) constSpec {
		m := s.Members[i]
		val := quote(m.Value)
		if s.isInt() {
			val = strconv.FormatInt(m.Int, 10)
		}
		return constSpec{doc: func(d *data) { memberDoc(d, s, m) }, name: s.constName(m), typ: s.Name, value: val}
	})
}

// memberDoc documents a member with its code, symbol, every language's
// text, the row's other columns and the source rows. The lines go
// straight into the file, in pieces: at 100,000 members, building them
// as strings first was a fifth of what gen allocated.
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
	d.docLine(s.Name, m.GoName, " is ", value, sp, symbol, success, ".")
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
	for _, a := range m.Attrs {
		item(a.Name, oneLine(a.Value))
	}
	d.docLine()
	d.docLine("Source: ", oneLine(rowList(m)), ".")
}

// rowList names the row of each language (file:line), or the member's
// first row when the reader recorded none.
func rowList(m *spec.Member) string {
	var parts []string
	for _, t := range m.Texts {
		if t.Row == (spec.Pos{}) {
			continue
		}
		part := lineOf(t.Row) + " (" + t.Lang + ")"
		if len(m.Texts) == 1 { // the usual member, without the join
			return part
		}
		parts = append(parts, part)
	}
	if len(parts) == 0 {
		return lineOf(m.Pos)
	}
	return strings.Join(parts, ", ")
}

// posList names the tables a set was read from.
func posList(tables []spec.Pos, first spec.Pos) string {
	if len(tables) == 0 {
		return lineOf(first)
	}
	parts := make([]string, len(tables))
	for i, t := range tables {
		parts[i] = lineOf(t)
	}
	return strings.Join(parts, ", ")
}

// lineOf formats a position as file:line; columns say nothing to a
// reader of the generated docs.
func lineOf(p spec.Pos) string {
	if p.Line == 0 {
		return p.File
	}
	return p.File + ":" + strconv.Itoa(p.Line)
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
