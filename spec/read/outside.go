package read

import (
	"fmt"
	"slices"
	"strings"
)

// Not every page puts its codes in a table. Doc sites list them as a
// heading per code with the messages under it (<h4>-1021
// INVALID_TIMESTAMP</h4> and a list), as definition lists, or as list
// items and lines that start with a code ("`E1001` — Invalid amount",
// "410 - No fault"). A person reads each run as a table of code, name
// and message, so the reader turns each into a grid with a header of
// its own words and reads it like any other table. Code blocks are
// examples and never give codes.

// flowKind is what a block outside tables is, for the recognisers.
type flowKind uint8

const (
	flowOther flowKind = iota // a table, code block or anything that ends a run
	flowHeading
	flowParagraph
	flowList
	flowDefs  // a definition list
	flowCode  // a code block: an example inside a code's section
	flowLines // a paragraph whose lines are items ("410 - No fault")
)

// flowBlock is one block of the page in document order, with its text
// as written (markup kept, so that a code in a code span is seen).
type flowBlock struct {
	kind  flowKind
	level int // a heading's level
	text  string
	off   int // offset of the block's first byte in the normalised source
	items []flowItem
}

// flowItem is a list item, a line of a paragraph, or one dt/dd pair.
type flowItem struct {
	term    string // the dt of a definition list
	termOff int
	text    string
	off     int
}

// outsideRun is a run of blocks that reads as a table: blocks from up to
// to, and the grid they make.
type outsideRun struct {
	from, to int
	grid     *grid
	// section is the heading above a run of code headings, which names
	// the set; "" for lists, which take the heading the walk is under.
	section string
	warn    string
	drops   []flowItem // items of the run that hold no code
}

// Fewest items or headings that make a run: one code under a heading
// is prose as often as not.
const minOutside = 2

// minWords is the fewest items of a list whose codes are words
// (card_declined) and no code by their shape: two such items are as
// often a payload's fields ("error_code – the integer error code").
const minWords = 3

// findOutside returns every run of blocks that reads as codes, in order.
func findOutside(blocks []flowBlock) []outsideRun {
	var runs []outsideRun
	for i := 0; i < len(blocks); i++ {
		var run outsideRun
		var ok bool
		switch blocks[i].kind {
		case flowHeading:
			run, ok = headingRun(blocks, i)
		case flowList:
			if run, ok = recordRun(blocks, i); !ok {
				run, ok = listRun(blocks, i)
			}
		case flowLines:
			if run, ok = listRun(blocks, i); !ok {
				run, ok = paraRun(blocks, i)
			}
		case flowParagraph:
			run, ok = paraRun(blocks, i)
		case flowDefs:
			run, ok = defsRun(blocks, i)
		}
		if ok {
			runs = append(runs, run)
			i = run.to - 1
		}
	}
	return runs
}

// codeItem is a line that starts with a code: the code, a symbolic name
// when one follows an integer code, and the message.
type codeItem struct {
	code, name, msg string
	codeOff, msgOff int  // offsets within the line
	marked          bool // the code was in a code span, bold or quotes
	sep             bool // a separator (—, -, :) stood after the code
}

// splitCodeLine reads a line as a code and its text: "`E1001` — Invalid
// amount", "**1001**: 参数错误", "-1021 INVALID_TIMESTAMP", "410 - No
// fault", "InvalidRequest: the request …".
func splitCodeLine(s string) (codeItem, bool) {
	var it codeItem
	i := skipBullet(s)
	code, end, marked := leadingCode(s, i)
	if code == "" {
		return it, false
	}
	colon := strings.HasSuffix(code, ":")
	code = strings.TrimRight(code, ":.")
	if !isCodeToken(code) || strings.ContainsAny(code, ".-/") && isDateOrVersion(strings.TrimPrefix(code, "-")) || lowerCamel(code) {
		return it, false
	}
	it.code, it.codeOff, it.marked = code, i, marked
	j := skipSpaces(s, end)
	if k := skipSeparator(s, j); k > j {
		it.sep = true
		j = skipSpaces(s, k)
	} else if j == end && j < len(s) && !colon {
		// Nothing between the code and the text: "E1001Invalid".
		return it, false
	}
	it.sep = it.sep || colon
	// A word that is no code by its shape (card_declined, InvalidRequest)
	// is one when markup or a separator sets it apart from its text;
	// the list it stands in must still speak of codes (listContext).
	if !looksLikeCode(code) && !((marked || it.sep) && codeWord(code)) {
		return it, false
	}
	it.msgOff = j
	rest := s[j:]
	if !it.sep && dateUnit(rest) {
		// "2024 年 3 月：…" is a date, not code 2024.
		return it, false
	}
	if allDigits(strings.TrimPrefix(code, "-")) {
		if name, after := leadingName(rest); name != "" {
			it.name = name
			k := skipSpaces(rest, after)
			k = skipSpaces(rest, skipSeparator(rest, k))
			it.msgOff = j + k
			rest = rest[k:]
		}
	}
	it.msg = strings.TrimSpace(rest)
	if it.msg == "" && it.name == "" || enumValue(it.msg) {
		return it, false
	}
	return it, true
}

// enumValue reports the value of an enum declaration ("CODEC_OK = 0,"):
// a number, not a message.
func enumValue(s string) bool {
	s = strings.TrimRight(s, ",;")
	return isIntCode(s) || len(s) > 2 && (s[:2] == "0x" || s[:2] == "0X")
}

// codeWord reports a word codes are written as though looksLikeCode
// does not take it: snake_case (card_declined), CamelCase
// (InvalidRequest) or with digits (e404), never a plain word such as
// "Note".
func codeWord(s string) bool {
	return strings.Contains(s, "_") || strings.ContainsAny(s, "0123456789") || camelCode(s)
}

// lowerCamel reports a field name (responseCode, reasonCode): a list of
// them documents a payload, not codes.
func lowerCamel(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// dateUnit reports text that goes on from a number as a date does.
func dateUnit(rest string) bool {
	for _, u := range []string{"年", "月", "日"} {
		if strings.HasPrefix(rest, u) {
			return true
		}
	}
	return false
}

// skipBullet passes a bullet a line of a paragraph starts with.
func skipBullet(s string) int {
	for _, b := range []string{"- ", "* ", "+ ", "• ", "· "} {
		if strings.HasPrefix(s, b) {
			return skipSpaces(s, len(b))
		}
	}
	return 0
}

// leadingCode takes the code at s[i:]: in a code span, bold or quotes
// (marked), else the run of code characters.
func leadingCode(s string, i int) (code string, end int, marked bool) {
	for _, m := range []string{"``", "`", "**", "__", `"`, "'", "“"} {
		if !strings.HasPrefix(s[i:], m) {
			continue
		}
		closer := m
		if m == "“" {
			closer = "”"
		}
		a := i + len(m)
		k := strings.Index(s[a:], closer)
		if k <= 0 {
			return "", i, false
		}
		inner := strings.TrimSpace(s[a : a+k])
		inner = strings.Trim(inner, "`*")
		return inner, a + k + len(closer), true
	}
	j := i
	if j < len(s) && s[j] == '-' {
		j++
	}
	for j < len(s) && (isLetter(s[j]) || isDigit(s[j]) || s[j] == '_' || s[j] == '.' || s[j] == ':' || s[j] == '-') {
		j++
	}
	// "410 - No fault": a dash after a space is the separator, and a
	// code never ends with one.
	for j > i && s[j-1] == '-' {
		j--
	}
	return s[i:j], j, false
}

func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// skipSeparator passes one separator between a code and its text.
func skipSeparator(s string, i int) int {
	for _, sep := range []string{"——", "—", "–", "-->", "->", "→", "--", "-", "：", ":", "=", "|", "，", ",", "、"} {
		if strings.HasPrefix(s[i:], sep) {
			return i + len(sep)
		}
	}
	return i
}

// leadingName takes an UPPER_SNAKE name that follows an integer code
// ("-1021 INVALID_TIMESTAMP"), when the name is a word of its own.
func leadingName(s string) (string, int) {
	j := 0
	for j < len(s) && (isLetter(s[j]) || isDigit(s[j]) || s[j] == '_') {
		j++
	}
	name := s[:j]
	if len(name) < 2 || !isLetter(name[0]) || upper(name) != name || !strings.ContainsAny(name, "_") && j < len(s) && s[j] == ' ' && !nameEnds(s[j:]) {
		return "", 0
	}
	if j < len(s) && s[j] != ' ' && s[j] != '\t' && skipSeparator(s, j) == j && s[j] != '(' {
		return "", 0
	}
	return name, j
}

// nameEnds reports that what follows a one-word name is a separator and
// not more of a sentence in capitals ("OK Done" is a message).
func nameEnds(rest string) bool {
	k := skipSpaces(rest, 0)
	return k == len(rest) || skipSeparator(rest, k) > k
}

// headingRun reads the headings from i on that each start with a code,
// with the blocks under each giving its messages.
func headingRun(blocks []flowBlock, i int) (outsideRun, bool) {
	level := blocks[i].level
	var rows []outsideRow
	shape := -1
	j := i
	for j < len(blocks) && blocks[j].kind == flowHeading && blocks[j].level == level {
		it, ok := splitHeading(blocks[j].text)
		if !ok || shape >= 0 && shapeClass(it.code) != shape {
			break
		}
		shape = shapeClass(it.code)
		h := blocks[j]
		j++
		var msgs []flowItem
		for j < len(blocks) && !(blocks[j].kind == flowHeading && blocks[j].level <= level) {
			b := blocks[j]
			if b.kind == flowOther || b.kind == flowHeading || ownRun(blocks, j) {
				break
			}
			if !leadIn(blocks, j) {
				msgs = append(msgs, blockMessages(b)...)
			}
			j++
		}
		rows = append(rows, headingRows(h, it, msgs)...)
		if j < len(blocks) && blocks[j].kind != flowHeading {
			break
		}
	}
	heads := countCodes(rows)
	context := headingChain(blocks, i, level)
	if heads < minOutside || ordinalRows(rows) || !listContext(rows, context) {
		return outsideRun{}, false
	}
	run := outsideRun{from: i, to: j, section: sectionAbove(blocks, i, level)}
	run.grid = rowsGrid(rows, keyWord(context))
	run.warn = fmt.Sprintf("codes read from %d headings, each a code with its messages under it", heads)
	return run, true
}

// leadIn reports a paragraph that introduces the list after it ("可能的
// 原因：", "Possible causes:"): the list items are the messages.
func leadIn(blocks []flowBlock, j int) bool {
	t := strings.TrimSpace(blocks[j].text)
	return blocks[j].kind == flowParagraph && j+1 < len(blocks) && blocks[j+1].kind == flowList &&
		(strings.HasSuffix(t, ":") || strings.HasSuffix(t, "："))
}

// ownRun reports a list or definition list under a code heading that
// lists codes of its own: it ends the heading's section.
func ownRun(blocks []flowBlock, j int) bool {
	switch blocks[j].kind {
	case flowDefs:
		_, ok := defsRun(blocks, j)
		return ok
	case flowList:
		_, ok := listRun(blocks, j)
		return ok
	}
	return false
}

// splitHeading reads a heading as a code and its name or message; a
// heading that is only a code is one too ("### 40001").
func splitHeading(s string) (codeItem, bool) {
	if it, ok := splitCodeLine(s); ok {
		return it, true
	}
	// A heading that is only a code is one when the code is an integer
	// ("### 40001"): "## API" is a heading like any other.
	c := strings.TrimRight(strings.Trim(strings.TrimSpace(s), "`*"), ":")
	if isIntCode(c) || strings.Contains(c, "_") && looksLikeCode(c) {
		return codeItem{code: c}, true
	}
	return codeItem{}, false
}

// blockMessages are the messages a block under a code heading gives:
// one per list item or line, one per paragraph; code blocks none.
func blockMessages(b flowBlock) []flowItem {
	switch b.kind {
	case flowList:
		return b.items
	case flowDefs:
		var out []flowItem
		for _, it := range b.items {
			out = append(out, flowItem{text: it.term + " " + it.text, off: it.termOff})
		}
		return out
	case flowParagraph, flowLines:
		return []flowItem{{text: b.text, off: b.off}}
	}
	return nil
}

// outsideRow is one row of the grid a run makes.
type outsideRow struct {
	code, name, msg string
	desc            string // a description under a heading that gave the message
	tag             string // a one-word badge after the code in a heading
	sep             bool   // a separator set the code apart ("0 – UNKNOWN")
	codeOff, msgOff int
	first           bool // the row that names the code; the others add messages
}

func headingRows(h flowBlock, it codeItem, msgs []flowItem) []outsideRow {
	row := outsideRow{code: it.code, name: it.name, codeOff: h.off + it.codeOff, first: true, sep: it.sep}
	if !it.sep && len(msgs) > 0 && badge(it.msg) {
		// "E_TIMEOUT retryable": one word after the code is a badge,
		// and the text under the heading is the message.
		row.tag, it.msg = it.msg, ""
	}
	if it.msg != "" {
		// The heading gives the message; what stands under it
		// describes the code further.
		row.msg, row.msgOff = it.msg, h.off+it.msgOff
		row.desc = joinItems(msgs)
		return []outsideRow{row}
	}
	rows := []outsideRow{row}
	for _, m := range msgs {
		text := oneLine(m.text)
		if text == "" {
			continue
		}
		if rows[0].msg == "" {
			rows[0].msg, rows[0].msgOff = text, m.off
			continue
		}
		rows = append(rows, outsideRow{code: it.code, name: it.name, msg: text, tag: row.tag, codeOff: m.off, msgOff: m.off})
	}
	return rows
}

// badge reports one lower-case word (retryable, deprecated, beta).
func badge(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func joinItems(items []flowItem) string {
	parts := make([]string, 0, len(items))
	for _, m := range items {
		if t := oneLine(m.text); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

func countCodes(rows []outsideRow) int {
	n := 0
	for _, r := range rows {
		if r.first {
			n++
		}
	}
	return n
}

// sectionAbove is the nearest heading before i of a level above level.
func sectionAbove(blocks []flowBlock, i, level int) string {
	for k := i - 1; k >= 0; k-- {
		if b := blocks[k]; b.kind == flowHeading && b.level < level {
			return cleanCell(b.text)
		}
	}
	return ""
}

// listRun reads a list, or a paragraph of lines, whose items mostly
// start with a code.
func listRun(blocks []flowBlock, i int) (outsideRun, bool) {
	b := blocks[i]
	items := b.items
	lead := ""
	if b.kind == flowLines {
		// A paragraph's first line may be its lead-in ("Error values:").
		if len(items) > 0 {
			if _, ok := splitCodeLine(items[0].text); !ok {
				lead, items = items[0].text, items[1:]
			}
		}
	} else if i > 0 && blocks[i-1].kind == flowParagraph {
		lead = blocks[i-1].text
	}
	if len(items) < minOutside {
		return outsideRun{}, false
	}
	rows, drops, ok := itemRows(items, b.kind == flowLines)
	if !ok {
		return outsideRun{}, false
	}
	context := lead + " " + headingAbove(blocks, i)
	if !listContext(rows, context) {
		return outsideRun{}, false
	}
	run := outsideRun{from: i, to: i + 1, grid: rowsGrid(rows, keyWord(context)), drops: drops}
	what := "list"
	if b.kind == flowLines {
		what = "paragraph's lines"
	}
	run.warn = fmt.Sprintf("codes read from a %s of %d items, each a code and its text", what, len(rows))
	return run, true
}

// paraRun reads consecutive paragraphs that each start with a code set
// apart by markup or a separator ("**1001** 参数错误" one a paragraph).
func paraRun(blocks []flowBlock, i int) (outsideRun, bool) {
	var items []flowItem
	j := i
	for ; j < len(blocks) && (blocks[j].kind == flowParagraph || blocks[j].kind == flowLines); j++ {
		it, ok := splitCodeLine(blocks[j].text)
		if !ok || !it.sep && !it.marked {
			break
		}
		items = append(items, flowItem{text: blocks[j].text, off: blocks[j].off})
	}
	if len(items) < minOutside {
		return outsideRun{}, false
	}
	rows, _, ok := itemRows(items, true)
	if !ok {
		return outsideRun{}, false
	}
	context := headingAbove(blocks, i)
	if !listContext(rows, context) {
		return outsideRun{}, false
	}
	run := outsideRun{from: i, to: j, grid: rowsGrid(rows, keyWord(context))}
	run.warn = fmt.Sprintf("codes read from %d paragraphs, each a code and its text", len(rows))
	return run, true
}

// itemRows reads the items that start with a code; most must, and of
// one shape, for the list to be a list of codes.
func itemRows(items []flowItem, needSep bool) (rows []outsideRow, drops []flowItem, ok bool) {
	// A first pass counts, so that the lists that are not codes (most)
	// cost no allocation.
	var shapes [5]int
	n, words := 0, 0
	for _, it := range items {
		if ci, ok := codeItemOf(it, needSep); ok {
			shapes[min(shapeClass(ci.code), len(shapes)-1)]++
			n++
			if !looksLikeCode(ci.code) {
				words++
			}
		}
	}
	most := slices.Max(shapes[:])
	if n < minOutside || 10*n < 7*len(items) || 2*most < n || n < minWords && words == n {
		return nil, nil, false
	}
	for _, it := range items {
		ci, ok := codeItemOf(it, needSep)
		if !ok {
			drops = append(drops, it)
			continue
		}
		rows = append(rows, outsideRow{code: ci.code, name: ci.name, msg: ci.msg,
			codeOff: it.off + ci.codeOff, msgOff: it.off + ci.msgOff, first: true, sep: ci.sep})
	}
	if ordinalRows(rows) {
		return nil, nil, false
	}
	return rows, drops, true
}

// codeItemOf reads an item as a code and its text. Lines with no
// bullets are prose unless a separator or markup sets the code apart
// ("2 endpoints were retired.").
func codeItemOf(it flowItem, needSep bool) (codeItem, bool) {
	ci, ok := splitCodeLine(it.text)
	return ci, ok && (!needSep || ci.sep || ci.marked)
}

// shapeClass is shapeOf with every integer one class: -1000 and -10000
// belong to one list.
func shapeClass(code string) int {
	if isIntCode(code) {
		return 1
	}
	return shapeOf(code)
}

// ordinalRows reports integer codes that only count (1, 2, 3 …) with
// nothing but a space after them: numbered sections or steps, not codes
// ("0 – UNKNOWN", "1 – NOT_ALLOWED" set theirs apart).
func ordinalRows(rows []outsideRow) bool {
	want := int64(-1)
	for _, r := range rows {
		if !r.first {
			continue
		}
		if r.sep {
			return false
		}
		if !allDigits(r.code) {
			return false
		}
		n := atoi64(r.code)
		if want < 0 && (n == 0 || n == 1) {
			want = n
		}
		if n != want || n > 99 {
			return false
		}
		want++
	}
	return true
}

// listContext tells a list of codes from a list of options or
// parameters that happen to start with a word: integer codes with a
// separator are codes anywhere; other codes need the lead-in or heading
// to speak of codes, errors or statuses.
func listContext(rows []outsideRow, context string) bool {
	ints := 0
	for _, r := range rows {
		if allDigits(strings.TrimPrefix(r.code, "-")) {
			ints++
		}
	}
	if 2*ints > len(rows) {
		return true
	}
	return speaksOfCodes(context)
}

// speaksOfCodes reports text that names codes, errors or statuses, and
// not the fields or parameters of a request.
func speaksOfCodes(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"field", "parameter", "param", "propert", "argument", "option", "attribute",
		"参数", "字段", "属性"} {
		if strings.Contains(l, w) {
			return false
		}
	}
	for _, w := range []string{"code", "error", "status", "result", "reason", "fault", "err",
		"错误", "码", "状态", "返回", "结果", "异常"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// headingChain is the text of the headings that enclose block i, a
// heading of the level given: the section, its parent and so on up.
func headingChain(blocks []flowBlock, i, level int) string {
	var b strings.Builder
	for k := i - 1; k >= 0 && level > 1; k-- {
		if h := blocks[k]; h.kind == flowHeading && h.level < level {
			b.WriteString(h.text)
			b.WriteByte(' ')
			level = h.level
		}
	}
	return b.String()
}

// headingAbove is the nearest heading before block i.
func headingAbove(blocks []flowBlock, i int) string {
	for k := i - 1; k >= 0; k-- {
		if blocks[k].kind == flowHeading {
			return blocks[k].text
		}
	}
	return ""
}

// defsRun reads a definition list whose terms are codes.
func defsRun(blocks []flowBlock, i int) (outsideRun, bool) {
	var rows []outsideRow
	var drops []flowItem
	codes := 0
	seen := map[string]bool{}
	for _, it := range blocks[i].items {
		c := strings.TrimRight(strings.Trim(strings.TrimSpace(it.term), "`*\""), ":")
		if !isCodeToken(c) || isDateOrVersion(strings.TrimPrefix(c, "-")) {
			drops = append(drops, flowItem{text: it.term, off: it.termOff})
			continue
		}
		first := !seen[c]
		if first {
			codes++
			seen[c] = true
		}
		rows = append(rows, outsideRow{code: c, msg: strings.TrimSpace(it.text), codeOff: it.termOff, msgOff: it.off, first: first})
	}
	n := len(blocks[i].items)
	if codes < minOutside || 10*len(rows) < 7*n {
		return outsideRun{}, false
	}
	context := headingAbove(blocks, i)
	if !listContext(rows, context) && !allLookLikeCodes(rows) {
		return outsideRun{}, false
	}
	run := outsideRun{from: i, to: i + 1, grid: rowsGrid(rows, keyWord(context)), drops: drops}
	run.warn = fmt.Sprintf("codes read from a definition list of %d terms", codes)
	return run, true
}

func allLookLikeCodes(rows []outsideRow) bool {
	for _, r := range rows {
		if !looksLikeCode(r.code) {
			return false
		}
	}
	return true
}

// keyWord is the header a run's code column gets, from the words around
// it, so that a list of error codes and a table of them under "Error
// Code" make one set of one name whichever comes first.
func keyWord(context string) string {
	l := strings.ToLower(context)
	switch {
	case strings.Contains(l, "error") || strings.Contains(l, "错误"):
		return "Error Code"
	case strings.Contains(l, "status") || strings.Contains(l, "状态"):
		return "Status Code"
	case strings.Contains(l, "result") || strings.Contains(l, "结果"):
		return "Result Code"
	}
	return "Code"
}

// rowsGrid makes the grid of a run: a header (the key word, Name when
// any row has one, Message) and a row per message.
func rowsGrid(rows []outsideRow, key string) *grid {
	named, described, tagged := false, false, false
	for _, r := range rows {
		named = named || r.name != ""
		described = described || r.desc != ""
		tagged = tagged || r.tag != ""
	}
	at := rows[0].codeOff
	head := []cell{{text: key, off: at}}
	roles := []colSpec{{role: roleKey}}
	if named {
		head = append(head, cell{text: "Name", off: at})
		roles = append(roles, colSpec{role: roleSymbol})
	}
	head = append(head, cell{text: "Message", off: at})
	roles = append(roles, colSpec{role: roleText})
	if described {
		head = append(head, cell{text: "Description", off: at})
		roles = append(roles, colSpec{role: roleAttr})
	}
	if tagged {
		head = append(head, cell{text: "Tag", off: at})
		roles = append(roles, colSpec{role: roleAttr})
	}
	g := &grid{delim: 1, start: at, stop: at, roles: roles}
	g.rows = append(g.rows, gridRow{cells: head, start: at})
	for _, r := range rows {
		cells := []cell{{text: r.code, off: r.codeOff}}
		if named {
			cells = append(cells, cell{text: r.name, off: r.codeOff})
		}
		cells = append(cells, cell{text: cleanCell(r.msg), off: r.msgOff})
		if described {
			cells = append(cells, cell{text: cleanCell(r.desc), off: r.msgOff})
		}
		if tagged {
			cells = append(cells, cell{text: r.tag, off: r.codeOff})
		}
		g.rows = append(g.rows, gridRow{cells: cells, start: r.codeOff})
		g.stop = max(g.stop, r.msgOff)
	}
	return g
}
