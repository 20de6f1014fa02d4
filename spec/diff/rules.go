package diff

import "fmt"

// Kind names a kind of change; the names are part of the JSON schema.
type Kind string

// The kinds of change, in the order the rules table documents them.
const (
	SetAdded           Kind = "set-added"
	SetRemoved         Kind = "set-removed"
	SetRenamed         Kind = "set-renamed"
	KeyChanged         Kind = "key-changed"
	KindChanged        Kind = "kind-changed"
	ErrorsChanged      Kind = "errors-changed"
	MemberAdded        Kind = "member-added"
	MemberRemoved      Kind = "member-removed"
	MemberDeprecated   Kind = "member-deprecated"
	CodeReused         Kind = "code-reused"
	Restored           Kind = "restored"
	Moved              Kind = "moved"
	ValueChanged       Kind = "value-changed"
	SymbolChanged      Kind = "symbol-changed"
	IdentifierChanged  Kind = "identifier-changed"
	SuccessChanged     Kind = "success-changed"
	MeaningChanged     Kind = "meaning-changed"
	BehaviourChanged   Kind = "behaviour-changed"
	TextChanged        Kind = "text-changed"
	TranslationAdded   Kind = "translation-added"
	TranslationMissing Kind = "translation-missing"
	AttrChanged        Kind = "attr-changed"
	RangeAdded         Kind = "range-added"
	RangeRemoved       Kind = "range-removed"
	RangeChanged       Kind = "range-changed"
	RangeTextChanged   Kind = "range-text-changed"
	PayloadAdded       Kind = "payload-added"
	PayloadRemoved     Kind = "payload-removed"
	FieldAdded         Kind = "field-added"
	FieldRemoved       Kind = "field-removed"
	FieldRetyped       Kind = "field-retyped"
	FieldSetChanged    Kind = "field-set-changed"
)

// rule is what the code knows about one kind: its level (a function,
// because some kinds are direction-aware), its words, its inverse.
type rule struct {
	order   int
	level   func(Change) Level
	what    func(Change) string
	inverse Kind // "" when the kind is its own inverse
	// quoted kinds format Old and New with %q themselves; the others get
	// them through safe.
	quoted bool
}

func fixed(l Level) func(Change) Level { return func(Change) Level { return l } }

// errorUnlessOneSideEmpty is the level of symbol changes: a code whose
// symbolic name becomes another one now means something else, while a
// symbol that only appears or disappears (a table that dropped the
// column) keeps the meaning.
func errorUnlessOneSideEmpty(c Change) Level {
	if c.Old == "" || c.New == "" {
		return Info
	}
	return Error
}

var rules = map[Kind]rule{
	SetAdded:   {quoted: true, order: 0, level: fixed(Info), inverse: SetRemoved, what: func(c Change) string { return fmt.Sprintf("set added (wire key %q)", c.New) }},
	SetRemoved: {quoted: true, order: 1, level: fixed(Error), inverse: SetAdded, what: func(c Change) string { return fmt.Sprintf("set removed (wire key %q)", c.Old) }},
	SetRenamed: {order: 2, level: fixed(Error), what: func(c Change) string {
		return fmt.Sprintf("go type renamed from %s to %s: %s and every constant %s… go", c.Old, c.New, c.Old, c.Old)
	}},
	KeyChanged:    {quoted: true, order: 3, level: fixed(Error), what: func(c Change) string { return fmt.Sprintf("wire key changed from %q to %q", c.Old, c.New) }},
	KindChanged:   {order: 4, level: fixed(Error), what: func(c Change) string { return fmt.Sprintf("kind changed from %s to %s", c.Old, c.New) }},
	ErrorsChanged: {order: 5, level: func(c Change) Level { return map[bool]Level{true: Error, false: Info}[c.Old == "true"] }, what: errorsWhat},
	MemberAdded:   {order: 6, level: fixed(Warning), inverse: MemberRemoved, what: func(c Change) string { return "member added: " + c.New }},
	MemberRemoved: {order: 7, level: fixed(Error), inverse: MemberAdded, what: func(c Change) string { return "member removed: " + c.Old }},
	MemberDeprecated: {order: 7, level: fixed(Warning), inverse: MemberAdded, what: func(c Change) string {
		return "member removed, constant kept deprecated by the lock: " + c.Old
	}},
	CodeReused: {order: 8, level: fixed(Error), what: func(c Change) string {
		return fmt.Sprintf("code was removed earlier and is back as %s; the lock reserves it as %s, so it may mean something else now", c.New, c.Old)
	}},
	Restored: {order: 8, level: fixed(Info), inverse: MemberRemoved, what: func(c Change) string {
		return fmt.Sprintf("code restored as %s with the meaning the lock reserved it with", c.New)
	}},
	Moved: {order: 8, level: fixed(Error), what: func(c Change) string {
		return fmt.Sprintf("moved from %s to %s: constant %s is now %s", safe(c.oldSet), safe(c.newSet), c.Old, c.New)
	}},
	ValueChanged:      {order: 9, level: fixed(Error), what: func(c Change) string { return fmt.Sprintf("value of symbol changed from %s to %s", c.Old, c.New) }},
	SymbolChanged:     {order: 10, level: errorUnlessOneSideEmpty, what: symbolWhat},
	IdentifierChanged: {order: 11, level: fixed(Error), what: func(c Change) string { return fmt.Sprintf("go identifier changed from %s to %s", c.Old, c.New) }},
	SuccessChanged:    {order: 12, level: fixed(Error), what: successWhat},
	MeaningChanged:    {quoted: true, order: 13, level: fixed(Warning), what: meaningWhat},
	BehaviourChanged:  {order: 13, level: warningUnlessOneSideEmpty, what: behaviourWhat},
	TextChanged:       {quoted: true, order: 13, level: fixed(Info), what: func(c Change) string { return fmt.Sprintf("%s text changed from %q to %q", c.Lang, c.Old, c.New) }},
	TranslationAdded:  {quoted: true, order: 14, level: fixed(Info), inverse: TranslationMissing, what: func(c Change) string { return fmt.Sprintf("%s translation added: %q", c.Lang, c.New) }},
	TranslationMissing: {quoted: true, order: 15, level: fixed(Info), inverse: TranslationAdded, what: func(c Change) string {
		return fmt.Sprintf("%s translation missing (was %q)", c.Lang, c.Old)
	}},
	AttrChanged:      {quoted: true, order: 16, level: fixed(Info), what: func(c Change) string { return fmt.Sprintf("column %q changed from %q to %q", c.Attr, c.Old, c.New) }},
	RangeAdded:       {order: 17, level: fixed(Info), inverse: RangeRemoved, what: func(c Change) string { return "range added: " + c.New }},
	RangeRemoved:     {order: 18, level: fixed(Warning), inverse: RangeAdded, what: func(c Change) string { return "range removed: " + c.Old }},
	RangeChanged:     {order: 19, level: fixed(Warning), what: func(c Change) string { return fmt.Sprintf("range bounds changed from %s to %s", c.Old, c.New) }},
	RangeTextChanged: {quoted: true, order: 20, level: fixed(Info), what: func(c Change) string { return fmt.Sprintf("%s range text changed from %q to %q", c.Lang, c.Old, c.New) }},
	PayloadAdded:     {order: 21, level: fixed(Info), inverse: PayloadRemoved, what: func(Change) string { return "payload added" }},
	PayloadRemoved:   {order: 22, level: fixed(Error), inverse: PayloadAdded, what: func(Change) string { return "payload removed" }},
	FieldAdded:       {order: 23, level: fixed(Info), inverse: FieldRemoved, what: func(c Change) string { return "field added: " + c.New }},
	FieldRemoved:     {order: 24, level: fixed(Error), inverse: FieldAdded, what: func(c Change) string { return "field removed: " + c.Old }},
	FieldRetyped:     {order: 25, level: fixed(Error), what: func(c Change) string { return fmt.Sprintf("field type changed from %s to %s", c.Old, c.New) }},
	FieldSetChanged:  {order: 26, level: fixed(Error), what: fieldSetWhat},
}

func level(c Change) Level {
	if r, ok := rules[c.Kind]; ok {
		return r.level(c)
	}
	return Error
}

func errorsWhat(c Change) string {
	if c.Old == "true" {
		return "codes are no longer errors: the error type is gone"
	}
	return "codes are now errors: an error type is added"
}

func symbolWhat(c Change) string {
	switch {
	case c.Old == "":
		return fmt.Sprintf("symbol added: %s", c.New)
	case c.New == "":
		return fmt.Sprintf("symbol dropped: %s", c.Old)
	}
	return fmt.Sprintf("symbol changed from %s to %s", c.Old, c.New)
}

func successWhat(c Change) string {
	if c.Old == "true" {
		return "no longer the success code: it is now an error"
	}
	return "now the success code: it is no longer an error"
}

func fieldSetWhat(c Change) string {
	return fmt.Sprintf("code set changed from %s to %s", orNone(c.Old), orNone(c.New))
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// warningUnlessOneSideEmpty is the level of behaviour changes: a value
// that changed (retryable yes → no) changes what a service does; a
// column that appears or disappears documents what was not said.
func warningUnlessOneSideEmpty(c Change) Level {
	if c.Old == "" || c.New == "" {
		return Info
	}
	return Warning
}

func behaviourWhat(c Change) string {
	return fmt.Sprintf("%s changed from %s to %s", c.Attr, orNone(c.Old), orNone(c.New))
}
