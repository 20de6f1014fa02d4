package read

import (
	"strings"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/read/page"
)

// outsideCodes replaces every run of the stream's blocks that reads as
// codes (see findOutside) with a table block of the grid it makes, so
// the stream reads it like any table, in its place.
func (r *reader) outsideCodes() {
	flow := make([]flowBlock, 0, len(r.blocks))
	at := make([]int, 0, len(r.blocks)) // the stream index of each flow block
	candidates := 0
	for i := range r.blocks {
		b := &r.blocks[i]
		if b.inList || b.Kind == page.Comment {
			continue
		}
		fb := r.flowOf(b)
		if fb.kind != flowOther && fb.kind != flowCode {
			candidates++
		}
		flow = append(flow, fb)
		at = append(at, i)
	}
	if candidates < minOutside {
		return
	}
	runs := findOutside(flow)
	if len(runs) == 0 {
		return
	}
	out := make([]block, 0, len(r.blocks))
	next := 0
	for k := range runs {
		run := &runs[k]
		from, to := at[run.from], at[run.to-1]+1
		out = append(out, r.blocks[next:from]...)
		out = append(out, r.outsideBlock(run))
		for _, b := range r.blocks[from:to] {
			if b.Kind == page.Comment {
				out = append(out, b)
			}
		}
		next = to
	}
	r.blocks = append(out, r.blocks[next:]...)
}

// flowOf is a stream block as the recognisers see it. A markdown
// paragraph keeps its markup and its lines, which set codes apart.
func (r *reader) flowOf(b *block) flowBlock {
	switch b.Kind {
	case page.Heading:
		return flowBlock{kind: flowHeading, level: b.Level, text: b.Text, off: b.Off}
	case page.Paragraph:
		return r.flowParagraph(b)
	case page.List:
		return flowBlock{kind: flowList, items: flatItems(nil, b.Items), off: b.Off}
	case page.DefList:
		var items []flowItem
		for _, d := range b.Defs {
			for _, t := range d.Descs {
				items = append(items, flowItem{term: d.Term, termOff: d.Off, text: oneLine(t.Text), off: t.Off})
			}
			if len(d.Descs) == 0 {
				items = append(items, flowItem{term: d.Term, termOff: d.Off, off: d.Off})
			}
		}
		return flowBlock{kind: flowDefs, items: items, off: b.Off}
	case page.Code:
		return flowBlock{kind: flowCode}
	}
	return flowBlock{kind: flowOther}
}

// flowParagraph is a paragraph, or its lines when two or more of them
// start with a code (most paragraphs are prose, and cost no more than a
// look at each line).
func (r *reader) flowParagraph(b *block) flowBlock {
	raw, off := b.Text, b.Off
	if b.md {
		raw = r.src.text[b.Off:b.End]
	}
	if strings.IndexByte(raw, '\n') < 0 || codeLines(raw) < minOutside {
		return flowBlock{kind: flowParagraph, text: strings.TrimSpace(raw), off: off}
	}
	var items []flowItem
	for pos := 0; pos <= len(raw); {
		end := strings.IndexByte(raw[pos:], '\n')
		if end < 0 {
			end = len(raw) - pos
		}
		line := raw[pos : pos+end]
		lead := len(line) - len(strings.TrimLeft(line, " \t"))
		if t := strings.TrimSpace(line); t != "" {
			o := off + pos + lead
			if !b.md {
				o = off
			}
			items = append(items, flowItem{text: t, off: o})
		}
		pos += end + 1
	}
	return flowBlock{kind: flowLines, text: oneLine(raw), off: off, items: items}
}

// codeLines counts the lines of s that start with a code, up to
// minOutside.
func codeLines(s string) int {
	n := 0
	for s != "" && n < minOutside {
		line := s
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			line, s = s[:i], s[i+1:]
		} else {
			s = ""
		}
		line = strings.TrimSpace(line)
		if line == "" || line[0] >= 'a' && line[0] <= 'z' {
			// Prose: a code line starts with a digit, a capital, a
			// bullet or markup.
			continue
		}
		if _, ok := splitCodeLine(line); ok {
			n++
		}
	}
	return n
}

// flatItems appends a list's items and, after each, the items nested in
// it: a list of codes nests codes under codes, and none may be lost.
func flatItems(out []flowItem, items []page.Item) []flowItem {
	for _, it := range items {
		out = append(out, flowItem{text: strings.TrimSpace(it.Text), off: it.Off})
		out = flatItems(out, it.Items)
	}
	return out
}

// oneLine is s with its lines joined by spaces.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\t") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

// outsideBlock is the table block a run of codes outside tables makes,
// under the section heading that names it, with the warnings that say
// how it was read and which items held no code.
func (r *reader) outsideBlock(run *outsideRun) block {
	g := run.grid
	g.doc = run.section
	g.pos = r.src.pos(g.start)
	r.diags.Doubtf(spec.Repaired, g.pos, "%s", run.warn)
	for _, d := range run.drops {
		r.diags.Doubtf(spec.Skipped, r.src.pos(d.off), "list item %s starts with no code; not read as a member", quote(cut(d.text, 60)))
	}
	return block{Block: page.Block{Kind: page.Table, Off: g.start, End: g.stop}, grid: g}
}

// cut shortens s to at most n bytes on a rune boundary, marking the cut.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
