package goname

import "codebook.dev/codebook/spec"

// The generated package declares, besides one constant per member, the
// exported names below. They are part of the naming policy: a member's
// constant is its set's type name plus its own name (see Const), so a
// member named Values in set Code would declare CodeValues twice. gen
// declares exactly these names (it imports them from here and claims
// each one), and Resolve keeps member constants clear of them, so the
// two cannot drift.

// MaxVisitor bounds the members a visitor interface is generated for: an
// interface of thousands of methods helps no one and slows every build.
const MaxVisitor = 1000

// HasVisitor reports whether gen declares <Type>Visitor and Visit<Type>
// for set.
func HasVisitor(set *spec.Set) bool { return len(set.Members) <= MaxVisitor }

// The functions and types named after a set's type name t.
func ParseFunc(t string) string   { return "Parse" + t }
func ValuesFunc(t string) string  { return t + "Values" }
func NamesFunc(t string) string   { return t + "Names" }
func OfFunc(t string) string      { return t + "Of" }
func VisitorType(t string) string { return t + "Visitor" }
func VisitFunc(t string) string   { return "Visit" + t }

// The package-level names declared once: the error type when some set
// is errors, the result type and its values when some set has a result
// column.
const (
	ErrorType  = "Error"
	ResultType = "Result"
)

// The functions that list the package's languages and pick one for an
// Accept-Language value; see LanguageFuncs.
const (
	LanguagesFunc = "Languages"
	LanguageFunc  = "Language"
)

// ResultValues are the constants of ResultType.
var ResultValues = []string{"ResultSuccess", "ResultFailure", "ResultUnknown"}

// The timestamp types a payload field may be decoded into, one per
// layout gen recognises in the field's example value.
const (
	DateTimeType  = "DateTime"  // 2006-01-02 15:04:05
	DateTimeTType = "DateTimeT" // 2006-01-02T15:04:05
	DateType      = "Date"      // 2006-01-02
)

// Decl is an exported package-level name the generated package declares
// besides the member constants: what it is (for messages) and the spec
// position it comes from.
type Decl struct {
	Name, What string
	Pos        spec.Pos
}

// SetDecls are the names the generated package declares for set: its
// type, then the functions and types named after it.
func SetDecls(set *spec.Set) []Decl {
	t := set.Name
	ds := []Decl{
		{t, "set type", set.Pos},
		{ParseFunc(t), "parse function", set.Pos},
		{ValuesFunc(t), "values function", set.Pos},
		{NamesFunc(t), "names function", set.Pos},
	}
	if set.Errors {
		ds = append(ds, Decl{OfFunc(t), "error code function", set.Pos})
	}
	if HasVisitor(set) {
		ds = append(ds, Decl{VisitorType(t), "visitor interface", set.Pos}, Decl{VisitFunc(t), "visit function", set.Pos})
	}
	return ds
}

// PackageDecls are the names the generated package declares once for s:
// the error type at the first error set and each error set's alias of
// it (ErrorAlias), the result type and values at the first set with a
// result column, and the language functions (LanguageFuncs).
func PackageDecls(s *spec.Spec) []Decl {
	var ds []Decl
	for _, set := range s.Sets {
		if set.Errors {
			ds = append(ds, Decl{ErrorType, "error type", set.Pos})
			break
		}
	}
	for _, set := range s.Sets {
		if a := ErrorAlias(s, set); a != "" {
			ds = append(ds, Decl{a, "error type alias", set.Pos})
		}
	}
	for _, f := range LanguageFuncs(s) {
		ds = append(ds, Decl{f, "language function", spec.Pos{}})
	}
	for _, set := range s.Sets {
		if set.Columns.Result {
			for _, n := range append([]string{ResultType}, ResultValues...) {
				ds = append(ds, Decl{n, "result type", set.Pos})
			}
			break
		}
	}
	return ds
}

// reserved are member names that would break or mislead the generated
// package: a member's name is also its visitor method (ReadByte() R
// fails go vet, which wants io.ByteReader's signature; String() R or
// Error() R makes every visitor a fmt.Stringer or an error), and its
// constant is the type name plus the member name (ErrorCodeValues would
// be the Values function).
var reserved = map[string]bool{
	// go vet's stdmethods: canonical signatures.
	"As": true, "Format": true, "GobDecode": true, "GobEncode": true, "Is": true,
	"MarshalJSON": true, "MarshalXML": true, "ReadByte": true, "ReadFrom": true,
	"ReadRune": true, "Scan": true, "Seek": true, "UnmarshalJSON": true,
	"UnmarshalXML": true, "UnreadByte": true, "UnreadRune": true, "Unwrap": true,
	"WriteByte": true, "WriteTo": true,
	// Interfaces of the standard library a visitor would satisfy.
	"Error": true, "String": true, "GoString": true, "MarshalText": true,
	"UnmarshalText": true, "MarshalBinary": true, "UnmarshalBinary": true,
	"AppendText": true, "AppendBinary": true, "Value": true, "LogValue": true,
	"Read": true, "Write": true, "Close": true,
	// The functions and types named after a set.
	"Values": true, "Names": true, "Of": true, "Visitor": true,
}

// Reserved reports a member name Resolve renames, with a warning: a
// well-known method name or the tail of a name derived from the set's
// type name.
func Reserved(name string) bool { return reserved[name] }

// VisitorUnknown names the visitor method for values outside the spec:
// Unknown, unless a member already has that name (then UnknownValue, and
// so on).
func VisitorUnknown(set *spec.Set) string {
	name := "Unknown"
	for {
		taken := false
		for _, m := range set.Members {
			taken = taken || m.GoName == name
		}
		if !taken {
			return name
		}
		name += "Value"
	}
}

// PayloadMethods are the methods a generated payload type declares; a
// field may not take their names.
var PayloadMethods = []string{"Err"}

// ErrorAlias is the name of an error set's alias of the error type,
// <Type>Error (CodeError = Error[Code]), which errors.As spells without
// a type argument; "" for a set that is not errors, or when a set or
// payload already has the name: the alias is a convenience, not worth
// failing a spec for.
func ErrorAlias(s *spec.Spec, set *spec.Set) string {
	if !set.Errors {
		return ""
	}
	a := set.Name + "Error"
	if typeTaken(s, a) {
		return ""
	}
	return a
}

// LanguageFuncs are the language functions gen declares: Languages and
// Language, each unless a set or payload already has the name.
func LanguageFuncs(s *spec.Spec) []string {
	var out []string
	for _, f := range []string{LanguagesFunc, LanguageFunc} {
		if !typeTaken(s, f) {
			out = append(out, f)
		}
	}
	return out
}

// typeTaken reports a name that a set or payload type, or a function
// named after a set, already has.
func typeTaken(s *spec.Spec, name string) bool {
	for _, set := range s.Sets {
		for _, d := range SetDecls(set) {
			if d.Name == name {
				return true
			}
		}
	}
	for _, p := range s.Payloads {
		if p.Name == name {
			return true
		}
	}
	return false
}
