package e2e

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"codebook.dev/codebook/gen"
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// checker writes the Go source of a function that exercises one
// generated package against the model it came from: every set's
// constants, String, Parse, Values, IsKnown, Message, JSON and text
// encoding, an unknown value's round trip, malformed JSON, and the
// decoding of every payload example. The function returns the problems
// found, each prefixed with what, the spec's name.
func checker(fn, what, pkg string, s *spec.Spec, visitors map[string][]visitMethod) string {
	var b strings.Builder
	fmt.Fprintf(&b, "func %s() (problems []string) {\n", fn)
	fmt.Fprintf(&b, "\tfail := func(format string, args ...any) { problems = append(problems, %q+\": \"+fmt.Sprintf(format, args...)) }\n", what)
	fmt.Fprintf(&b, "\t_ = fail\n")
	var types strings.Builder
	for _, set := range s.Sets {
		checkSet(&b, pkg, set)
		if methods, ok := visitors[set.Name+"Visitor"]; ok {
			checkVisitor(&b, &types, fn, pkg, set, methods)
		}
	}
	for _, p := range s.Payloads {
		checkPayload(&b, pkg, s, p)
	}
	b.WriteString("\treturn problems\n}\n")
	return b.String() + types.String()
}

func checkSet(b *strings.Builder, pkg string, set *spec.Set) {
	t := pkg + "." + set.Name
	fmt.Fprintf(b, "\t{ // %s\n", set.Name)
	fmt.Fprintf(b, "\t\tvalues := %s.%sValues\n", pkg, set.Name)
	fmt.Fprintf(b, "\t\twant := []member[%s]{\n", t)
	for _, m := range set.Members {
		fmt.Fprintf(b, "\t\t\t{%s.%s, %q, %q, %q, %q, %q, %q, %t, %s},\n", pkg, goname.Const(set.Name, m.GoName),
			wantString(set, m), m.GoName, m.Value, exactText(m.Text("en")), exactText(m.Text("zh")), exactText(m.Text("zh-Hant")),
			len(m.Texts) > 0, textsLit(m))
	}
	b.WriteString("\t\t}\n")
	fmt.Fprintf(b, "\t\tcheckMembers(fail, %q, values, want, %s.Parse%s, %t)\n", set.Name, pkg, set.Name, set.Kind == spec.Int)
	if set.Errors {
		success := -1
		for i, m := range set.Members {
			if m.Success {
				success = i
			}
		}
		fmt.Fprintf(b, "\t\tcheckErrors(fail, %s.%sValues(), %s.Err, %s.WithMessage, %s.%sOf, %d)\n", pkg, set.Name, t, t, pkg, set.Name, success)
	}
	unknown, unknownString := unknownValue(set)
	fmt.Fprintf(b, "\t\tcheckUnknown(fail, %q, %s(%s), %q, %s.Parse%s, %t)\n", set.Name, t, unknown, unknownString, pkg, set.Name, set.Kind == spec.Int)
	b.WriteString("\t}\n")
}

// visitMethod is a method of a generated visitor interface.
type visitMethod struct {
	name  string
	param bool // Unknown takes the value; member methods take nothing
}

// checkVisitor implements the set's visitor with every method returning
// its own name, and checks that Visit calls member i's method for the
// i-th value and Unknown for a value outside the spec.
func checkVisitor(b, types *strings.Builder, fn, pkg string, set *spec.Set, methods []visitMethod) {
	t := pkg + "." + set.Name
	impl := fn + set.Name + "Visitor"
	fmt.Fprintf(types, "\ntype %s struct{}\n\n", impl)
	var names []string
	for _, m := range methods {
		param := ""
		if m.param {
			param = "c " + t
		}
		fmt.Fprintf(types, "func (%s) %s(%s) string { return %q }\n", impl, m.name, param, m.name)
		names = append(names, strconv.Quote(m.name))
	}
	unknown, _ := unknownValue(set)
	fmt.Fprintf(b, "\tcheckVisit(fail, %q, %s.%sValues(), %s(%s), func(c %s) string { return %s.Visit%s[string](c, %s{}) }, []string{%s})\n",
		set.Name, pkg, set.Name, t, unknown, t, pkg, set.Name, impl, strings.Join(names, ", "))
}

// visitors finds the visitor interfaces of a generated package, by
// type name, with their methods in order.
func visitors(files []gen.File) (map[string][]visitMethod, error) {
	out := map[string][]visitMethod{}
	fset := token.NewFileSet()
	for _, f := range files {
		af, err := parser.ParseFile(fset, f.Name, f.Data, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range af.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, sp := range gd.Specs {
				ts := sp.(*ast.TypeSpec)
				it, ok := ts.Type.(*ast.InterfaceType)
				if !ok || !strings.HasSuffix(ts.Name.Name, "Visitor") {
					continue
				}
				var ms []visitMethod
				for _, m := range it.Methods.List {
					ft, ok := m.Type.(*ast.FuncType)
					if !ok || len(m.Names) != 1 {
						continue
					}
					ms = append(ms, visitMethod{m.Names[0].Name, ft.Params.NumFields() > 0})
				}
				out[ts.Name.Name] = ms
			}
		}
	}
	return out, nil
}

// checkPayload decodes the example; one that is not valid JSON as
// written (the reader tolerates a trailing comma, with a warning) is
// left out.
func checkPayload(b *strings.Builder, pkg string, s *spec.Spec, p *spec.Payload) {
	if !json.Valid([]byte(p.Example)) {
		return
	}
	fmt.Fprintf(b, "\tcheckPayload[%s.%s](fail, %q, %q)\n", pkg, p.Name, p.Name, p.Example)
	for _, f := range p.Fields {
		// gen types a field with its set when the set can decode the
		// example's JSON type (see gen's linkedSet).
		if set := s.Set(f.Set); set != nil && f.Set != "" && (f.Type == "string" || f.Type == "integer" && set.Kind == spec.Int) {
			in, raw := withUnknown(p.Example, f.Name, set)
			if in != "" {
				fmt.Fprintf(b, "\tcheckPayloadField[%s.%s](fail, %q, %q, %q, %q)\n", pkg, p.Name, p.Name, in, f.Name, raw)
			}
		}
	}
}

// withUnknown returns the example with field set to a value its set
// does not hold (a code the provider added later), and that value as
// JSON; "" when the example is not a JSON object.
func withUnknown(example, field string, set *spec.Set) (string, string) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(example), &obj); err != nil {
		return "", ""
	}
	v, _ := unknownValue(set)
	if set.Kind == spec.String {
		v, _ = strconv.Unquote(v)
		b, _ := json.Marshal(v)
		v = string(b)
	}
	obj[field] = json.RawMessage(v)
	out, err := json.Marshal(obj)
	if err != nil {
		return "", ""
	}
	return string(out), v
}

// wantString is what String must return: the symbolic name the spec
// gives, else the Go member name for an integer set (21401 →
// RefundIsProcessing) and the code itself for a string set (PENDING).
func wantString(set *spec.Set, m *spec.Member) string {
	switch {
	case m.Symbol != "":
		return m.Symbol
	case set.Kind == spec.Int:
		return m.GoName
	}
	return m.Value
}

// exactText is the text Message must return, or "" when the generated
// literal may legitimately differ (the emitter cleans invalid UTF-8 and
// may escape controls), in which case only non-emptiness is checked.
// textsLit writes every text of m whose exact form can be checked as
// a Go map literal, language to text.
func textsLit(m *spec.Member) string {
	var parts []string
	for _, t := range m.Texts {
		if x := exactText(t.Text); x != "" {
			parts = append(parts, strconv.Quote(t.Lang)+": "+strconv.Quote(x))
		}
	}
	return "map[string]string{" + strings.Join(parts, ", ") + "}"
}

func exactText(s string) string {
	if !utf8.ValidString(s) {
		return ""
	}
	for _, r := range s {
		if unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) {
			return ""
		}
	}
	return s
}

// unknownValue picks a value the set does not hold, as a Go expression
// and as String should print it: the smallest non-negative integer not
// in an Int set (it fits every integer width), a fresh token otherwise.
func unknownValue(set *spec.Set) (expr, str string) {
	if set.Kind == spec.Int {
		var ints []int64
		for _, m := range set.Members {
			ints = append(ints, m.Int)
		}
		v := int64(0)
		for slices.Contains(ints, v) {
			v++
		}
		s := strconv.FormatInt(v, 10)
		return s, set.Name + "(" + s + ")"
	}
	v := "CODEBOOK_E2E_UNKNOWN"
	for set.Member(v) != nil {
		v += "_"
	}
	return strconv.Quote(v), set.Name + "(" + strconv.Quote(v) + ")"
}

// checkerLib is the generic half of the checking program, shared by the
// per-spec functions.
const checkerLib = `package main

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

type code interface {
	comparable
	String() string
	IsKnown() bool
	Message(lang string) string
}

type member[T code] struct {
	v                                T
	str, goName, value, en, zh, hant string
	// hasText: the member has a text in some language, so Message must
	// not be empty even where the exact text is not checked.
	hasText bool
	// texts are the member's texts by language tag, each of which
	// Message(tag) must return.
	texts map[string]string
}

type failer = func(format string, args ...any)

func checkMembers[T code](fail failer, name string, valuesFunc func() []T, want []member[T], parse func(string) (T, error), isInt bool) {
	values := valuesFunc()
	if len(values) != len(want) {
		fail("%sValues() has %d values, want %d", name, len(values), len(want))
	}
	for i, w := range want {
		if i < len(values) && values[i] != w.v {
			fail("%sValues()[%d] = %v, want %v (spec order)", name, i, values[i], w.v)
		}
		if !w.v.IsKnown() {
			fail("%v.IsKnown() = false", w.v)
		}
		if got := w.v.String(); got != w.str {
			fail("%s %s: String() = %q, want %q", name, w.value, got, w.str)
		}
		for _, s := range []string{w.str, w.goName, w.value} {
			if got, err := parse(s); err != nil || got != w.v {
				fail("Parse%s(%q) = %v, %v; want %v", name, s, got, err, w.v)
			}
		}
		checkMessages(fail, w)
		checkEncoding(fail, name, w.v, w.value, isInt)
	}
	if len(values) > 1 {
		values[0] = values[1]
		if again := valuesFunc(); again[0] != want[0].v {
			fail("%sValues() returns a shared slice: a caller's change shows in the next call", name)
		}
	}
}

func checkMessages[T code](fail failer, w member[T]) {
	en, zh := w.en, w.zh
	if zh == "" {
		zh = en
	}
	for _, lang := range []string{"en", "en-US", "fr", ""} {
		if got := w.v.Message(lang); en != "" && got != en || w.hasText && got == "" {
			fail("%v.Message(%q) = %q, want %q", w.v, lang, got, en)
		}
	}
	for _, lang := range []string{"zh", "zh-CN", "zh-Hans"} {
		if got := w.v.Message(lang); zh != "" && got != zh || w.hasText && got == "" {
			fail("%v.Message(%q) = %q, want %q", w.v, lang, got, zh)
		}
	}
	// Traditional Chinese falls back to zh-Hant before zh.
	hant := w.hant
	if hant == "" {
		hant = zh
	}
	for _, lang := range []string{"zh-TW", "zh-HK", "zh-Hant", "zh-Hant-TW"} {
		if got := w.v.Message(lang); hant != "" && got != hant || w.hasText && got == "" {
			fail("%v.Message(%q) = %q, want %q", w.v, lang, got, hant)
		}
	}
	for lang, text := range w.texts {
		if got := w.v.Message(lang); got != text {
			fail("%v.Message(%q) = %q, want %q (the spec's text)", w.v, lang, got, text)
		}
	}
}

// checkEncoding: integer sets are JSON numbers, string sets JSON
// strings, and both round-trip through JSON and text.
func checkEncoding[T code](fail failer, name string, v T, value string, isInt bool) {
	data, err := json.Marshal(v)
	want := value
	if !isInt {
		b, _ := json.Marshal(value)
		want = string(b)
	}
	if err != nil || string(data) != want {
		fail("json.Marshal(%v) = %s, %v; want %s", v, data, err, want)
	}
	var back T
	if err := json.Unmarshal(data, &back); err != nil || back != v {
		fail("json round trip of %v gave %v, %v", v, back, err)
	}
	if tm, ok := any(v).(encoding.TextMarshaler); ok {
		text, err := tm.MarshalText()
		var back T
		if u, ok := any(&back).(encoding.TextUnmarshaler); !ok || err != nil {
			fail("%s: MarshalText without UnmarshalText (%v)", name, err)
		} else if err := u.UnmarshalText(text); err != nil || back != v {
			fail("text round trip of %v via %q gave %v, %v", v, text, back, err)
		}
	}
}

// checkUnknown: a value the spec does not list (a newer code) is not
// known, prints as Type(value), and survives JSON unchanged.
func checkUnknown[T code](fail failer, name string, u T, str string, parse func(string) (T, error), isInt bool) {
	if u.IsKnown() {
		fail("unknown %v: IsKnown() = true", u)
	}
	if isInt {
		if got := u.String(); got != str {
			fail("unknown value: String() = %q, want %q", got, str)
		}
	}
	data, err := json.Marshal(u)
	var back T
	if err == nil {
		err = json.Unmarshal(data, &back)
	}
	if err != nil || back != u {
		fail("unknown %s value %s: JSON round trip gave %v, %v", name, data, back, err)
	}
	if _, err := parse("codebook e2e: not a " + name); err == nil {
		fail("Parse%s accepted garbage", name)
	}
	bad := "\"not a code!\""
	if !isInt {
		bad = "123"
	}
	if err := json.Unmarshal([]byte(bad), &back); err == nil || !strings.Contains(err.Error(), name) {
		fail("json.Unmarshal(%s) into %s: error %v, want one naming %s", bad, name, err, name)
	}
}

// checkErrors: a code is not an error; every code but the success code
// gives one from Err and WithMessage that errors.Is matches by code
// (and only by code), through %w, and that Of gives back.
func checkErrors[T code](fail failer, values []T, errOf func(T) error, withMessage func(T, string) error, of func(error) (T, bool), success int) {
	for i, v := range values {
		if _, ok := any(v).(error); ok {
			fail("%v implements error", v)
		}
		err, sent := errOf(v), withMessage(v, "as sent")
		if i == success {
			if err != nil || sent != nil {
				fail("%v is the success code, yet Err() = %v and WithMessage() = %v", v, err, sent)
			}
			if got, ok := of(nil); !ok || got != v {
				fail("Of(nil) = %v, %t; want the success code %v", got, ok, v)
			}
			continue
		}
		if err == nil || sent == nil {
			fail("%v: Err() = %v, WithMessage() = %v; want errors", v, err, sent)
			continue
		}
		for _, e := range []error{err, sent} {
			wrapped := fmt.Errorf("calling the provider: %w", e)
			if !errors.Is(wrapped, err) {
				fail("errors.Is(%v, %v.Err()) = false", wrapped, v)
			}
			for j, o := range values {
				if oe := errOf(o); j != i && oe != nil && errors.Is(wrapped, oe) {
					fail("errors.Is(%v, %v.Err()) = true", wrapped, o)
				}
			}
			if got, ok := of(wrapped); !ok || got != v {
				fail("Of(%v) = %v, %t; want %v", wrapped, got, ok, v)
			}
		}
		if !strings.Contains(sent.Error(), "as sent") {
			fail("WithMessage(%v, \"as sent\").Error() = %q lacks the message", v, sent)
		}
	}
	if _, ok := of(errors.New("other")); ok {
		fail("Of(errors.New) reported a code")
	}
}

// checkVisit: Visit dispatches the i-th value to the i-th method and a
// value outside the spec to the last one, Unknown (UnknownValue, … when
// a member is named Unknown: goname.VisitorUnknown).
func checkVisit[T code](fail failer, name string, values []T, unknown T, visit func(T) string, methods []string) {
	if len(methods) != len(values)+1 || !unknownMethod(methods[len(methods)-1]) {
		fail("%sVisitor has methods %q for %d values; want one per value, then Unknown", name, methods, len(values))
		return
	}
	last := methods[len(methods)-1]
	for i, v := range values {
		if got := visit(v); got != methods[i] {
			fail("Visit%s(%v) called %s, want %s", name, v, got, methods[i])
		}
	}
	if got := visit(unknown); got != last {
		fail("Visit%s(%v) called %s, want %s", name, unknown, got, last)
	}
}

// unknownMethod reports Unknown, UnknownValue, UnknownValueValue, …
func unknownMethod(name string) bool {
	rest, ok := strings.CutPrefix(name, "Unknown")
	for ok && rest != "" {
		rest, ok = strings.CutPrefix(rest, "Value")
	}
	return ok
}

// checkPayload: the spec's own example decodes, and encodes again.
func checkPayload[P any](fail failer, name, example string) {
	var p P
	if err := json.Unmarshal([]byte(example), &p); err != nil {
		fail("decoding the %s example: %v", name, err)
		return
	}
	if _, err := json.Marshal(p); err != nil {
		fail("encoding the %s example: %v", name, err)
	}
}

// checkPayloadField: a payload carrying a code its set does not hold
// decodes, and the code comes back unchanged when encoded again.
func checkPayloadField[P any](fail failer, name, in, field, want string) {
	var p P
	if err := json.Unmarshal([]byte(in), &p); err != nil {
		fail("decoding %s with an unknown %s: %v", name, field, err)
		return
	}
	out, err := json.Marshal(p)
	var obj map[string]json.RawMessage
	if err == nil {
		err = json.Unmarshal(out, &obj)
	}
	if err != nil || string(obj[field]) != want {
		fail("%s with unknown %s %s encodes it as %s (%v)", name, field, want, obj[field], err)
	}
}

func report(problems []string) {
	for _, p := range problems {
		fmt.Println(p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
	fmt.Println("ok")
}
`
