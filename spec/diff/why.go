package diff

// whys says, per kind, what a change breaks and for whom: the "why it
// matters" column of the markdown report.
var whys = map[Kind]string{
	SetAdded:           "nothing breaks; a new type to use",
	SetRemoved:         "importers of the type and its constants stop compiling; decoders of the field lose its codes",
	SetRenamed:         "importers of the type and every constant of it stop compiling",
	KeyChanged:         "decoders read the codes from another JSON field",
	KindChanged:        "the type changes between integer and string: importers and decoders break",
	ErrorsChanged:      "callers matching the error type with errors.Is or errors.As",
	MemberAdded:        "callers switching on the set miss the new code",
	MemberRemoved:      "importers of the constant stop compiling; clients that still receive the code misread it",
	MemberDeprecated:   "importers still compile, with a deprecation warning, until the lock's line is marked reserved; clients that still receive the code read it as unknown",
	CodeReused:         "clients that know the old meaning misread the code",
	Restored:           "clients read the code as they did before it was removed",
	Moved:              "importers of the constant get another type; callers switching on either set miss it",
	ValueChanged:       "the symbol now stands for another code: decoders misread it",
	SymbolChanged:      "the code's symbolic name (its String and Parse form) changes",
	IdentifierChanged:  "importers of the constant stop compiling",
	SuccessChanged:     "callers testing for success treat the code differently",
	MeaningChanged:     "callers handling the code act on its old meaning",
	BehaviourChanged:   "callers that retry or map the code to an HTTP status or outcome act differently",
	TextChanged:        "messages shown to users change",
	TranslationAdded:   "messages shown to users change",
	TranslationMissing: "messages in that language fall back to another",
	AttrChanged:        "documentation only",
	RangeAdded:         "documentation only",
	RangeRemoved:       "callers relying on the documented range",
	RangeChanged:       "callers relying on the documented range",
	RangeTextChanged:   "documentation only",
	PayloadAdded:       "nothing breaks; a new type to use",
	PayloadRemoved:     "importers of the payload type stop compiling",
	FieldAdded:         "nothing breaks; a new field to read",
	FieldRemoved:       "decoders of the field lose it; importers of the struct field stop compiling",
	FieldRetyped:       "decoders of the field fail",
	FieldSetChanged:    "decoders of the field get another code type",
}

func why(c Change) string {
	if c.Kind == ErrorsChanged && c.Level == Info {
		return "nothing breaks; an error type to use"
	}
	if w, ok := whys[c.Kind]; ok {
		return w
	}
	return "unknown change"
}
