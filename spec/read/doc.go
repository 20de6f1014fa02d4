// Package read builds a spec.Spec from the markdown error-code pages API
// providers publish, in English and Chinese, as pasted: tables glued to
// the JSON before them, tables with no blank line between them, missing
// delimiter rows, full-width pipes.
//
// # Reading
//
// The document is parsed with goldmark and its table extension. A
// paragraph transformer that runs before goldmark's own re-segments
// paragraphs: text glued before a header ("}| Error Code |") becomes
// prose, every header-plus-delimiter pair starts a new table, rows end at
// the first line without a pipe, and lines that start with a pipe but
// have no delimiter row become a table without header. goldmark's table
// transformer then builds each table. Cells are taken from the row's
// own text, so rows with more or fewer cells than their header are seen
// (and reported) instead of padded or cut, and pipes escaped with a
// backslash or inside a code span stay in their cell.
//
// Before parsing, CRLF becomes LF and full-width digits, pipes and minus
// signs, zero-width characters and no-break spaces are rewritten (with a
// warning). Positions always refer to the original bytes: file:line:col,
// with line and column 1-based and the column counted in bytes.
//
// # Columns
//
// Column roles come from the headers through one vocabulary (vocab.go),
// in English and Chinese: the key (the code: "Error Code", "错误码",
// "failedCode", "transactionStatus 交易状态"), the symbolic name ("Inner
// Error Code", "内部错误码"), texts ("Message", "description",
// "错误提示语", "说明", "英文描述") and extra columns kept as attributes
// ("HTTP Status", "处理建议", and any header the vocabulary does not
// know). An ASCII identifier inside a header is the wire key
// (错误failedCode → failedCode); Chinese key headers have English
// equivalents (错误码 → key "code", set ErrorCode; 状态码 → statusCode;
// 响应码 → responseCode). Without a key header, the first column whose
// cells all look like codes is the key, with a warning.
//
// A text column's language is, in order: a directive; the vocabulary
// (英文描述 is English); Chinese when any of its cells or its header has
// a Han character (zh-Hant when its cells are in the Traditional script,
// else zh); else English. A cell with no Han character in a
// Chinese column is an untranslated copy: it gives the member's English
// text only when no English column does, and is reported when it
// differs from it. The table still counts as the Chinese table, so a
// code missing from it is reported as a missing translation.
//
// # Sets
//
// Tables with the same key merge into one set, matched by code (the
// English and Chinese copies of a table, or a table split in two). A
// set is Int when every code is a plain decimal integer, else String
// (00, 01, MC999 and PENDING keep their spelling). A code cell may hold
// several codes ("1003, 2003", "502/503": one member each) or a range
// ("214xx": a spec.Range, not a member). Go names come from the symbol
// (after the set's common prefix, OPI_MCH_IP_ERROR → MchIPError), else
// from a string set's token code (PENDING → Pending), else from the
// first sentence of the English text, else from the code (Code21401),
// through gen/naming; collisions get the code appended and are reported
// at both rows. The success member is the one with symbol SUCCESS or
// text "Success" or "成功"; a set is an error set when it has one or its
// key or key header says error, fail, 错误 or 失败.
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
//	merge=SetName      add this table to the set with that Go name
//	split              start a new set even if an earlier table has the same key
//	ignore             skip the next table
//	ignore=payload     skip the next JSON example
//	payload=GoName     the Go name of the next JSON example
//
// An unknown directive, a bad value or a go./success=/merge= naming
// nothing is an error; a directive followed by no table is a warning.
//
// # Findings
//
// All findings are collected and sorted. Errors: a duplicate code in one
// table with a different row, conflicting texts for a code in one
// language, an integer outside int64, a table with no usable key column,
// a bad directive, a file that is not UTF-8. Warnings: rows with more or
// fewer cells than the header, empty tables and code cells, missing
// translations, resolved name collisions, normalised characters,
// trailing commas in JSON, exact duplicate rows (kept once).
package read
