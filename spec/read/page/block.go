// Package page turns a document into the ordered stream of blocks a
// reader sees on the page: headings, paragraphs, lists, definition
// lists, code blocks, tables as grids and directive comments, each with
// its offset in the source. It knows markup, not meaning: which tables
// hold codes is for the reader (package read) to say.
//
// HTML goes through one front end (HTML), whether it is a whole saved
// page or a block inside markdown, so a page loses no table because of
// the markup around it. The markdown front end lives with the reader,
// whose vocabulary its page-shape passes need, and emits the same
// blocks.
package page

// Kind is what a block is.
type Kind uint8

const (
	Heading   Kind = iota + 1 // Level, Text
	Paragraph                 // Text
	List                      // Items, Ordered
	DefList                   // Defs
	Code                      // Text (as written), Lang
	Table                     // Table
	Comment                   // an HTML comment naming codebook: Off..End
)

// Block is one block of a page, in document order.
type Block struct {
	Kind Kind
	// Off is the offset of the block in the source the front end was
	// given: of its start tag (HTML headings, lists, tables, code), of
	// its first word (HTML paragraphs), of its text (markdown). End is
	// the offset past a comment or a markdown block, and Off for the
	// other HTML blocks.
	Off, End int
	// Level is a heading's level, 1 to 6.
	Level int
	// Text is the plain text of a heading or paragraph (markup gone,
	// inline code kept as its text, white space collapsed), or a code
	// block's text as written.
	Text string
	// Lang is a code block's language, when the page names one.
	Lang    string
	Items   []Item
	Ordered bool
	Defs    []Def
	Table   *Grid
}

// Item is one list item: its own text, and the lists nested in it as
// items of their own.
type Item struct {
	Text  string
	Off   int
	Items []Item
}

// Def is one term of a definition list and its descriptions.
type Def struct {
	Term  string
	Off   int
	Descs []Text
}

// Text is a piece of text and where it starts.
type Text struct {
	Text string
	Off  int
}

// Grid is a table as the page lays it out: row and column spans are
// expanded (a spanned cell is repeated in every place it covers), so
// every row holds the cells a reader sees in it.
type Grid struct {
	Rows []Row
	// Head is the number of leading rows the markup marks as header
	// (<thead>, or rows of <th> only).
	Head int
}

// Row is one row of a grid.
type Row struct {
	Cells []Cell
	// Off is the offset of the row's first text, or of its table when
	// it has none.
	Off int
}

// Cell is one cell of a grid.
type Cell struct {
	// Text is the cell's text, a line break between its lines (<br>,
	// paragraphs, list items) and spaces elsewhere collapsed.
	Text string
	// Off is the offset of the cell's first text, -1 when it has none.
	Off int
	// Cut reports a cell whose text was cut into parts (lines, or
	// <code> elements): a cell listing codes one a part lists them.
	Cut bool
}
