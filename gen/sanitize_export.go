package gen

// The functions below export the sanitising of sanitize.go to codebook's
// other writers of spec text (the templates of package render), so that
// a reference page or a TypeScript module escapes hostile text by the
// same rules as the Go package: one set of rules, one place to fix them.

// CommentLines splits text into lines that are safe in a line comment:
// invalid UTF-8 becomes U+FFFD, control and format characters (bidi
// controls included) become visible \u escapes, and every kind of line
// break starts a new line. Blank lines are dropped.
func CommentLines(text string) []string { return commentLines(text) }

// OneLine is CommentLines joined by spaces, for places that must stay on
// one line.
func OneLine(text string) string { return oneLine(text) }

// Quote returns text as a Go string literal; invalid UTF-8 becomes
// U+FFFD and every non-printable character is escaped.
func Quote(text string) string { return quote(text) }

// Clean returns text as valid UTF-8, each invalid byte replaced by
// U+FFFD, as every string literal codebook writes holds it.
func Clean(text string) string { return clean(text) }

// NeedsEscape reports the characters that codebook never writes raw into
// generated text: everything that is not graphic (controls, bidi and
// other format characters, line and paragraph separators, private-use
// and unassigned code points).
func NeedsEscape(r rune) bool { return needsEscape(r) }
