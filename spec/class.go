package spec

// Class is what a warning says about the spec's meaning. Most warnings
// are repairs that leave every meaning as the page gives it (Note);
// the others say the model may not be what the page means, and -strict
// makes them errors (see Diags.Strict and docs/strict.md).
type Class uint8

const (
	// Note: a repair or a finding that changes no meaning.
	Note Class = iota
	// Several: one code given several texts, kept as variants.
	Several
	// Conflict: two cells that should agree do not (twin tables, two
	// rows of one code); one value is used, by the rule in
	// docs/conflicts.md.
	Conflict
	// Skipped: a table, row or cell the model leaves out.
	Skipped
	// Untranslated: a code without text in one of its set's languages.
	Untranslated
	// Repaired: a table's shape repaired by a guess (cells counted,
	// rows joined, a column taken for the key).
	Repaired
)

var classNames = [...]string{"note", "several", "conflict", "skipped", "untranslated", "repaired"}

// String returns the class's name as docs/strict.md lists it.
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c]
	}
	return "note"
}
