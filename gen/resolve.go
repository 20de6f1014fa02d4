package gen

import (
	"go/token"
	"math"
	"sort"
	"strconv"

	"codebook.dev/codebook/gen/fill"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
	"codebook.dev/codebook/spec/semantics"
	"github.com/dave/jennifer/jen"
)

// pkg is the model as the emitters see it: sets and payloads with
// everything derived that more than one emitter needs.
type pkg struct {
	name   string
	header string
	sets   []*set
	byName map[string]*set
	pays   []*payload
	times  []*timeType
	// langs are every text language of the spec, the fallback language
	// (en when present) first.
	langs []string
	// errSets are the sets whose codes are errors, in spec order: the
	// type parameter of Error ranges over them.
	errSets []*set
	// results: some set has a result-status column, so Result is
	// declared.
	results bool
	// Which private helpers the sets use.
	usesHash, usesLower, usesDecimal bool
	// langFuncs are Languages and Language, as far as no set or payload
	// took their names.
	langFuncs []string
	// usesFill: some set has MessageWith. Written by the set emitters,
	// which run in parallel, so decided before them (see resolve).
	usesFill bool
}

// set is a code set with what the emitters derive from it.
type set struct {
	*spec.Set
	p *pkg
	// order is table order: int sets sorted by value, so lookups can use
	// runs, a dense table or binary search; string sets in spec order.
	order []*spec.Member
	// goType is the underlying type: int64 or string.
	goType string
	// cols are the languages with text in this set, in p.langs order;
	// column 0 is the fallback.
	cols []string
	// unknown is the visitor method for values outside the spec.
	unknown string
	// invalid is the Go literal Parse and <Type>Of return on failure: a
	// value that is no member.
	invalid string
	// head collects the type and constants, spliced into the set's file
	// after its imports; data collects the tables, a file of their own.
	head, data *data
	// keys are the strings Parse accepts (see parseKeys).
	keys []parseKey
	// retry says where Retryable's answers come from.
	retry retrySource
	// status is every member's outcome, and whether the set gets the
	// status predicates.
	status semantics.Status
	// params are the arguments of the members whose texts have
	// placeholders.
	params map[*spec.Member][]fill.Param
	// alias is the set's alias of the error type (CodeError), or "".
	alias string
	// outcome is status.Of by member; outcomeFrom says, for the docs,
	// where an outcome no column gives came from.
	outcome     map[*spec.Member]semantics.Outcome
	outcomeFrom map[*spec.Member]string
	// private are emitters of the set's private helpers, which go last
	// in its file.
	private []func(f *jen.File)
	// blocks are the set file's blocks in gofmt's layout, in the order
	// of their markers (see block).
	blocks [][]byte
}

func (s *set) isInt() bool { return s.Kind == spec.Int }

// resolve checks the model and options and derives pkg. Every problem is
// reported; the result is only used when there are no errors.
//
// Names come resolved (goname.Resolve, which also keeps member
// constants clear of the rest of the API); gen claims every name it
// declares and reports any clash as an error, never renaming.
func resolve(s *spec.Spec, opt Options) (*pkg, spec.Diags) {
	var diags spec.Diags
	p := &pkg{name: opt.Package, header: Header(opt.Source), byName: map[string]*set{}}
	if !token.IsIdentifier(opt.Package) || opt.Package == "_" || opt.Package == "main" {
		diags.Errorf(spec.Pos{File: "-pkg"}, "invalid package name %q", opt.Package)
	}
	if s == nil {
		s = &spec.Spec{}
	}
	p.langs = s.Languages()
	n := len(s.Payloads) + 8
	for _, ss := range s.Sets {
		n += len(ss.Members) + 8
	}
	names := newNames(&diags, n)
	for _, ss := range s.Sets {
		st := &set{Set: ss, p: p}
		p.sets = append(p.sets, st)
		p.byName[ss.Name] = st
		if ss.Errors {
			p.errSets = append(p.errSets, st)
		}
		p.results = p.results || ss.Columns.Result
		names.claimSet(st)
	}
	names.claimPackage(s)
	for _, sp := range s.Payloads {
		pl := resolvePayload(p, sp, &diags)
		p.pays = append(p.pays, pl)
		names.claim(sp.Name, sp.Pos, "payload type")
	}
	for _, t := range p.times {
		names.claim(t.name, t.pos, "timestamp type")
	}
	p.langFuncs = goname.LanguageFuncs(s)
	for _, st := range p.sets {
		st.alias = goname.ErrorAlias(s, st.Set)
		names.checkMembers(st)
		resolveSet(st, &diags)
	}
	return p, diags
}

func resolveSet(st *set, diags *spec.Diags) {
	p, ss := st.p, st.Set
	st.head, st.data = newHead(ss), newData(p, ss)
	checkName(diags, ss.Pos, ss.Name, "set")
	if len(ss.Members) == 0 {
		diags.Errorf(ss.Pos, "set %s has no members", ss.Name)
	}
	st.order = append([]*spec.Member(nil), ss.Members...)
	st.goType = "string"
	if st.isInt() {
		sort.SliceStable(st.order, func(i, j int) bool { return st.order[i].Int < st.order[j].Int })
		// Always int64, even when every documented code fits in less: a
		// provider's newer code must decode and round-trip unchanged
		// whatever its size, and int64 is what the reader accepts.
		st.goType = "int64"
		p.usesDecimal = true
	}
	checkMembers(st, diags)
	st.invalid = invalidValue(st)
	st.keys = parseKeys(st, diags)
	if len(ss.Members) > maxParseSwitch {
		p.usesHash = true
	} else if folded, _ := foldKeys(st); len(folded) > 0 {
		p.usesLower = true
	}
	st.cols = ss.TextLanguages(p.langs)
	warnMissingText(st, diags)
	st.unknown = goname.VisitorUnknown(ss)
	st.retry = resolveRetry(ss)
	resolveStatus(st, diags)
	st.params = memberParams(st)
	p.usesFill = p.usesFill || len(st.params) > 0
	if !st.hasVisitor() {
		diags.Warnf(ss.Pos, "set %s has %d members; no visitor is generated past %d", ss.Name, len(ss.Members), maxVisitor)
	}
}

// invalidValue is a value that is no member, as a Go literal: the zero
// value when it is not a code, else the smallest integer (or shortest
// run of "?") that is not.
func invalidValue(st *set) string {
	if st.isInt() {
		taken := make(map[int64]bool, len(st.Members))
		for _, m := range st.Members {
			taken[m.Int] = true
		}
		if !taken[0] {
			return "0"
		}
		v := int64(math.MinInt64)
		for taken[v] {
			v++
		}
		return strconv.FormatInt(v, 10)
	}
	v := ""
	for st.Member(v) != nil {
		v += "?"
	}
	return strconv.Quote(v)
}

// checkMembers reports invalid names and duplicate values; a duplicate
// would not compile (switch cases) or would make Parse ambiguous.
func checkMembers(st *set, diags *spec.Diags) {
	values := make(map[string]*spec.Member, len(st.Members))
	for _, m := range st.Members {
		checkName(diags, m.Pos, m.GoName, "member")
		if prev := values[m.Value]; prev != nil {
			diags.Errorf(m.Pos, "duplicate code %q in set %s (first at %s)", m.Value, st.Name, prev.Pos)
		}
		values[m.Value] = m
	}
}

// warnMissingText names every member that lacks a language its set has:
// Message falls back for it, and the provider's document is probably
// missing a row (the seed's Chinese table lacks -10010).
func warnMissingText(st *set, diags *spec.Diags) {
	for _, m := range st.Members {
		for _, l := range st.cols {
			if !m.HasText(l) {
				diags.Doubtf(spec.Untranslated, m.Pos, "member %s (%s) has no %q text; Message(%q) falls back to %q",
					st.constName(m), m.Value, l, l, st.textLang(m, l))
			}
		}
	}
}

// text returns the member's text in lang, following lang's fallback
// chain, then the first column that has text.
func (s *set) text(m *spec.Member, lang string) string {
	if l := s.textLang(m, lang); l != "" {
		return m.Text(l)
	}
	return ""
}

// textLang is the language whose text Message(lang) gives for m; "" for
// a member without text.
func (s *set) textLang(m *spec.Member, lang string) string {
	for _, l := range langChain(lang) {
		if m.HasText(l) {
			return l
		}
	}
	return fallbackLang(s, m)
}

func fallbackLang(s *set, m *spec.Member) string {
	for _, l := range s.cols {
		if m.HasText(l) {
			return l
		}
	}
	return ""
}

// displayName is what String returns for a member: the symbolic name,
// else the code itself for string sets (PENDING) and the Go member name
// for integer sets.
func (s *set) displayName(m *spec.Member) string {
	switch {
	case m.Symbol != "":
		return m.Symbol
	case s.isInt():
		return m.GoName
	}
	return m.Value
}

// constName is the Go constant of a member (see goname.Const).
func (s *set) constName(m *spec.Member) string { return goname.Const(s.Name, m.GoName) }

func checkName(diags *spec.Diags, pos spec.Pos, name, what string) {
	if !isExported(name) {
		diags.Errorf(pos, "%s name %q is not an exported Go identifier", what, name)
	}
}

// isExported accepts the names spec/goname makes: an upper-case ASCII
// letter, then ASCII letters and digits. No underscore, so that the
// unexported _<Type>_table names of two sets can never meet.
func isExported(name string) bool {
	return goname.IsExported(name) && !token.IsKeyword(name)
}
