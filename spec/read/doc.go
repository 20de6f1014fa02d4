// Package read builds a spec.Spec from the error-code pages API providers
// publish, in English and Chinese, as pasted: markdown tables with and
// without pipes or delimiter rows, HTML tables, tables cut into pieces,
// two-level headers, grouping columns, bilingual cells.
//
// # Recover by default
//
// A page a person can read as a code table is a code table. The reader
// reads what is there, repairs what copying broke and reports every repair
// as a warning at file:line:col; it never drops a row without saying so.
// Errors are kept for what has no reasonable reading or would make wrong
// code (invalid UTF-8, an integer outside int64, a bad directive), and one
// error never empties the model: Source and Files return everything else
// they read beside the findings.
//
// # Blocks
//
// A document becomes one ordered stream of blocks (stream.go; package
// page): headings, paragraphs, lists, definition lists, code blocks,
// directive comments and tables as grids, each at its position. HTML
// pages (.html, .htm, or a file that starts as an HTML document) and
// the HTML inside markdown go through one front end, page.HTML, which
// leaves page chrome out, expands spans and sees through layout
// tables (docs/html-pages.md); markdown goes through goldmark and the
// page-shape passes listed in markdown.go. The stream is read in
// order: a heading names the tables under it, a directive applies to
// the next table, and every table is read or skipped with a reason
// (Spec.Tables). Before that, runs of blocks that list codes outside
// tables (a heading per code with its messages, code lists and lines,
// records, definition lists) become tables in their place
// (outside*.go, docs/outside-tables.md).
//
// # Grids
//
// Markdown is parsed with goldmark (block quotes and lists nested
// past 32 levels cut first, so its time stays linear). A paragraph
// transformer that runs
// before goldmark's own re-segments paragraphs: text glued before a header
// ("}| Error Code |") becomes prose, every header-plus-delimiter pair
// starts a new table, and pipe rows with no delimiter become a table. Rows
// of pipe-separated words with no pipes at their ends are tables too when
// their first row is header words. Every table becomes a grid (grid.go)
// of cells cut from the row's own text (cells are substrings of the
// normalised source), so rows with more or fewer cells than their header
// are seen and reported, and escaped pipes stay in their cell. Fragments
// of one table cut by blank lines or stray pipes are joined
// (fragments.go). Tables copied out of HTML as text are read too: cells
// apart by tabs, runs of spaces or glued after the code (texttable.go);
// one space between every word when the header ends with a retry or
// result column and the rows end with such values (tailtable.go); one
// cell a line or a paragraph without pipes, found after parsing over
// runs of paragraphs and lines, a description of two paragraphs joined
// into its cell (paratable.go); one cell a line with pipes whose lines
// of spaces cut it into paragraphs and code blocks (crossnode.go). A
// cell listing codes in <code> elements, code spans or paragraphs lists
// them all. Each says so in a warning.
// From then on every grid is read one way: its header
// (header.go: a delimiter, a first row of header words, a two-level
// header whose upper row groups the columns), its rows (rows.go: rows cut
// at a pipe joined, repeated headers, blank and divider rows, grouping
// cells carried down, rows shifted left under a main code put back), its
// code columns (columns.go) and one table per code column (table.go).
//
// Before parsing, CRLF and bare CR become LF and full-width digits, pipes
// and minus signs, zero-width characters and no-break spaces are
// rewritten (with a warning). Positions always refer to the original
// bytes: file:line:col, 1-based, the column counted in bytes.
//
// # Columns
//
// Column roles come from the headers through one vocabulary (vocab.go),
// in English and Chinese: the key ("Error Code", "错误码", "stat 值"),
// the symbolic name ("Inner Error Code", "内部错误码"), texts ("Message",
// "说明", "定义", "英文描述"), behaviour columns (retryable, HTTP status,
// result S/F/U, category: typed into spec.Behaviour) and other columns
// kept as attributes. An ASCII identifier in a header is the wire key as
// written (error_code stays error_code): normalising it to a synonym would
// merge sets and unlink payload fields. Chinese key headers have English
// equivalents (错误码 → key "code", set ErrorCode). Several code columns
// give several sets: the groups of a two-level header, a main code and
// its sub-codes (whose members name their parent). Without a key header,
// the first column of mostly distinct codes is the key, with a warning,
// unless it holds amounts, ordinals or HTTP statuses, or the headers say
// the table lists parameters, fields or changes: such a table is skipped
// with a warning naming the cols= directive that forces it. When the
// header words point at a column of repeated values (an HTTP status
// under "status code"), a column whose header speaks of codes and whose
// cells are distinct codes is the key, with a warning. A table without
// header (its first row a code and its text, with or without a
// delimiter under it) is read from its cells as if keyed "code"; rows
// giving one code in Chinese and then in English are one row. Key cells
// keep their spelling (0x0000000B, 08P01 and 2201X in one column) and
// lose their decoration ("InvalidRequest:", "409 -- Conflict", whose
// rest is the text); docs/reading-keys.md lists the shapes.
//
// A text column's language is, in order: a directive (lang= and text:TAG
// take any BCP 47 tag); the vocabulary; Chinese when its cells have Han
// characters (zh-Hant when they are in the Traditional script, else zh);
// Chinese for a Chinese header over Latin cells (an untranslated copy,
// read as a fallback for the English text) unless another text column
// holds the Chinese. A column the header does not name (past its end,
// or under an empty header cell) holding the texts of a language no
// text column has is that language's text column. A cell holding both
// languages is split by script (bilingual.go) only when a separator or
// a sentence's end stands between them, or spaces in a column where
// most cells hold two texts: a Chinese text naming a Latin
// word (webp编码错误, 无效的access key) is one text.
//
// # Sets
//
// Tables with the same key merge into one set when their codes agree (the
// English and Chinese copies of a table, a table split in two). The same
// code with another meaning under another heading starts a set of its
// own, named from the heading (build.go). The same code twice in one
// table, or again with other words in a table merged into its set,
// keeps every text: the first row's is the member's, the others are
// variants (spec.Member.Variants, reaching Messages in Go), with a
// warning. A behaviour column appears once, as behaviour; where twin
// tables or two rows of one code disagree on it, a warning names both
// cells and the first row in document order wins (docs/conflicts.md).
// A set is Int when its codes are plain decimal integers,
// tolerating one odd cell in ten (warned, never a silent switch to
// strings), else String (00, 01, MC999 and PENDING keep their spelling).
// A table of ranges only joins the set its header names. The reader
// records what set, payload and member names come from: for a set its
// header's words, key, key= and name= directives, heading and whether it
// was split from another (Set.Naming, in the page's own words; merge=
// finds its set by those words, see below); for a payload its payload= directive, event
// name, code and message fields and heading (Payload.Naming); for a
// member its symbol, texts, go.VALUE= directive and whether its row
// lists several codes. It chooses no set or payload name, derives no
// member name and makes no name unique: goname.Resolve does, once, for
// every caller (sets by goname.SetName, payloads by goname.PayloadName,
// members from the symbol after the set's common prefix,
// OPI_MCH_IP_ERROR → MchIPError, else from a string set's token code,
// PENDING → Pending, else from the first sentence of the English text,
// else from the code, Code21401; collisions get the code appended and
// are reported at both rows). Call it before reading any Go name of the
// model. The success member is the one with symbol
// SUCCESS or text "Success" or "成功"; a set is an error set when it has
// one or its key or key header says error, fail, 错误 or 失败.
//
// # Payloads
//
// A JSON object that starts a line in a paragraph or a code block is a
// payload example; codes in it never become members. A trailing comma is
// tolerated with a warning. A payload is named by a payload= directive,
// else by a dotted event name in an event-like field (eventName
// "disbursement.failed" → DisbursementFailed), else ErrorResponse when it
// has code and message fields, else after the nearest heading, else
// PayloadN. The same example repeated (same name and fields) is kept
// once. A field links to the set whose key is the field's name.
//
// # Directives
//
// An HTML comment starting with "codebook:" before a table or a JSON
// example changes how it is read, without editing the table:
//
//	<!-- codebook: name=Code key=code lang=en -->
//
// Words are separated by spaces; a value may be double-quoted. Several
// comments before the same table add up. Table words apply to the next
// table, payload words to the next JSON example:
//
//	name=GoName        the set's Go type name
//	key=wireKey        the set's wire key (the JSON field its codes travel in)
//	kind=int|string    the value kind, instead of inferring it
//	lang=TAG[,…]       the BCP 47 tag of the text columns, in order (one value:
//	                   all): en, zh, zh-Hant, id, ja…
//	cols=ROLE,…        the role of every column, in order: key, symbol, text,
//	                   text:TAG (text:en, text:zh-Hant…), attr or skip
//	success=CODE|none  the success member, or none
//	errors=true|false  whether the set's codes are errors
//	go.CODE=GoName     the Go name of one member (go.21008=TimestampError)
//	merge=SetName      add this table to the set whose name= directive is SetName,
//	                   else whose header or key, else heading, spells it
//	                   (merge=ErrorCode: "Error Code", error_code)
//	split              start a new set even if an earlier table has the same key
//	ignore             skip the next table
//	ignore=payload     skip the next JSON example
//	payload=GoName     the Go name of the next JSON example
//	http-status=NNN    the HTTP status of codes without one (else 500 for
//	                   errors, 200 for others)
//	outcome=on|off     whether the set is a status set (IsSuccess, IsFailure,
//	                   IsPending, IsTerminal), instead of inferring it
//	outcome.CODE=WHAT  the outcome of one code: success, failure or pending
//
// An unknown directive, a bad value or a go./outcome./success=/merge= naming
// nothing is an error; a directive followed by no table is a warning.
//
// # Findings
//
// All findings are collected and sorted by position. Errors: an integer
// outside int64, a bad directive, a file that is not UTF-8 or over the
// size limit. Warnings: every repair (see above), rows with more or fewer
// cells than the header, empty tables, rows and code cells, tables
// skipped as not code tables, missing translations, variant rows,
// resolved name collisions, normalised characters, trailing commas in
// JSON, exact duplicate rows (kept once), and "no code table found" for a
// document without one.
package read
