package gen

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// payload is a JSON example with the Go type of each field resolved.
type payload struct {
	*spec.Payload
	types []*jen.Statement
	// exact: some key cannot be a json struct tag (price€, a"b, the empty
	// key), so the payload has its own MarshalJSON and UnmarshalJSON
	// that use every key exactly.
	exact bool
	// errField and msgField are the code field of an error set and the
	// message beside it, for the Err method; msgField may be nil.
	errField, msgField *spec.Field
	errSet             *set
}

func resolvePayload(p *pkg, sp *spec.Payload, diags *spec.Diags) *payload {
	pl := &payload{Payload: sp}
	checkName(diags, sp.Pos, sp.Name, "payload")
	seen := map[string]bool{}
	for _, fl := range sp.Fields {
		checkName(diags, sp.Pos, fl.GoName, "field")
		if seen[fl.GoName] {
			diags.Errorf(sp.Pos, "duplicate field name %s in payload %s", fl.GoName, sp.Name)
		}
		seen[fl.GoName] = true
		if fl.GoName == "Err" {
			diags.Errorf(sp.Pos, "field %s of payload %s collides with its Err method", quoteMsg(fl.Name), sp.Name)
		}
		if !utf8.ValidString(fl.Name) {
			// encoding/json writes U+FFFD for the bad bytes: the key
			// could be read but never written back.
			diags.Errorf(sp.Pos, "field key %s of payload %s is not valid UTF-8; JSON cannot carry it", quoteMsg(fl.Name), sp.Name)
		}
		pl.exact = pl.exact || !validTag(fl.Name) && fl.Name != "-"
		pl.types = append(pl.types, fieldType(p, sp, fl, diags))
	}
	pl.errField, pl.errSet = errorField(p, sp)
	if pl.errField != nil {
		pl.msgField = messageField(sp, pl.errField)
	}
	return pl
}

// fieldType picks the Go type of a field: the linked set's type, int64
// for integers (json.Number past int64), json.Number for fractions so
// amounts keep every digit, a timestamp type for strings in a known
// layout, and json.RawMessage for objects, arrays and null.
func fieldType(p *pkg, sp *spec.Payload, fl *spec.Field, diags *spec.Diags) *jen.Statement {
	if fl.Set != "" {
		s := p.byName[fl.Set]
		if s == nil {
			diags.Errorf(sp.Pos, "field %s of payload %s links unknown set %s", quoteMsg(fl.Name), sp.Name, fl.Set)
			return jen.Any()
		}
		switch {
		case s.isInt() && fl.Type == "string":
			// Providers send numeric codes quoted ("code": "14"): the
			// set's UnmarshalJSON reads a quoted code as it reads a map
			// key, so the field keeps the set's type.
			diags.Warnf(sp.Pos, "field %s of payload %s is a JSON string in the example but set %s holds integer codes; it decodes \"14\" and 14 alike and encodes a number", quoteMsg(fl.Name), sp.Name, s.Name)
		case linkedSet(p, fl) == nil:
			diags.Warnf(sp.Pos, "field %s of payload %s is a JSON %s in the example, which set %s cannot decode; the field keeps its JSON type, not linked to the set", quoteMsg(fl.Name), sp.Name, fl.Type, s.Name)
			return jsonType(p, sp, fl)
		}
		return jen.Id(s.Name)
	}
	return jsonType(p, sp, fl)
}

// linkedSet is the set that types field fl, or nil. A set's
// UnmarshalJSON reads its own JSON type, and an integer set also a
// quoted integer; a field whose example is anything else (a number for
// a string set, a fraction or an object for either) is not linked: the
// example itself would fail to decode.
func linkedSet(p *pkg, fl *spec.Field) *set {
	s := p.byName[fl.Set]
	if s == nil || fl.Type != "string" && !(fl.Type == "integer" && s.isInt()) {
		return nil
	}
	return s
}

// jsonType is the Go type of a field that no set types, from its JSON
// type and example.
func jsonType(p *pkg, sp *spec.Payload, fl *spec.Field) *jen.Statement {
	switch fl.Type {
	case "integer":
		if _, err := strconv.ParseInt(fl.Example, 10, 64); err != nil {
			return jen.Qual("encoding/json", "Number")
		}
		return jen.Int64()
	case "number":
		return jen.Qual("encoding/json", "Number")
	case "boolean":
		return jen.Bool()
	case "string":
		var v string
		if json.Unmarshal([]byte(fl.Example), &v) == nil {
			if t := p.timeFor(v, sp.Pos); t != nil {
				return t
			}
		}
		return jen.String()
	}
	return jen.Qual("encoding/json", "RawMessage")
}

// validTag reports whether encoding/json honours key as a struct tag
// name: its own test (isValidTag), letters and digits of any script and
// a fixed set of punctuation. Any other key (price€, deg°, a"b, a,b,
// "") would be ignored or cut, and the field read and written under its
// Go name instead: silently wrong, so such a payload gets exact
// methods. "-" is a valid name only as `json:"-,"`.
func validTag(key string) bool {
	if key == "" {
		return false
	}
	for _, r := range key {
		if !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", r) && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// errorField finds the one field linked to an error set.
func errorField(p *pkg, sp *spec.Payload) (*spec.Field, *set) {
	var found *spec.Field
	for _, fl := range sp.Fields {
		if s := linkedSet(p, fl); s != nil && s.Errors {
			if found != nil {
				return nil, nil // two error codes: no single Err
			}
			found = fl
		}
	}
	if found == nil {
		return nil, nil
	}
	return found, p.byName[found.Set]
}

// messageField finds the message that travels with the code: the key
// with "code" replaced by "message" or "msg" (failedCode → failedMessage,
// code → message), else the only string field ending in message or msg.
func messageField(sp *spec.Payload, code *spec.Field) *spec.Field {
	low := strings.ToLower(code.Name)
	prefix := strings.TrimSuffix(low, "code")
	var only *spec.Field
	n := 0
	for _, fl := range sp.Fields {
		if fl.Type != "string" || fl.Set != "" {
			continue
		}
		k := strings.ToLower(fl.Name)
		if k == prefix+"message" || k == prefix+"msg" {
			return fl
		}
		if strings.HasSuffix(k, "message") || strings.HasSuffix(k, "msg") {
			only, n = fl, n+1
		}
	}
	if n == 1 {
		return only
	}
	return nil
}

// emitPayloads writes the payload structs and the timestamp types.
func (p *pkg) emitPayloads(f *jen.File) {
	for _, pl := range p.pays {
		emitPayload(f, pl)
	}
	for _, t := range p.times {
		emitTime(f, p, t)
	}
}

func emitPayload(f *jen.File, pl *payload) {
	lines := []string{pl.Name + " is the JSON payload of this example from the spec:", ""}
	for _, l := range commentLines(pl.Example) {
		lines = append(lines, "\t"+l)
	}
	f.Add(doc(lines...))
	f.Type().Id(pl.Name).StructFunc(func(g *jen.Group) {
		for i, fl := range pl.Fields {
			d := fl.GoName + " is the " + quoteMsg(oneLine(fl.Name)) + " field"
			if fl.Example != "" {
				d += ", e.g. " + oneLine(fl.Example)
			}
			g.Add(doc(d + "."))
			field := g.Id(fl.GoName).Add(pl.types[i])
			switch {
			case fl.Name == "-":
				field.Tag(map[string]string{"json": "-,"})
			case validTag(fl.Name):
				field.Tag(map[string]string{"json": fl.Name})
			}
		}
	})
	if pl.errField != nil {
		emitPayloadErr(f, pl)
	}
	if pl.exact {
		emitExactJSON(f, pl)
	}
}

// emitExactJSON declares MarshalJSON and UnmarshalJSON that read and
// write every field under its key exactly, through a map: the keys a
// struct tag cannot spell survive both ways. Keys match exactly (not in
// any case, as struct tags do), and unknown keys are ignored.
func emitExactJSON(f *jen.File, pl *payload) {
	f.Add(doc("MarshalJSON encodes p under the example's keys exactly, some of which a json", "struct tag cannot spell."))
	f.Func().Params(jen.Id("p").Id(pl.Name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Return(jen.Qual("encoding/json", "Marshal").Call(jen.Map(jen.String()).Any().Values(jen.DictFunc(func(d jen.Dict) {
			for _, fl := range pl.Fields {
				d[str(fl.Name)] = jen.Id("p").Dot(fl.GoName)
			}
		})))),
	)
	f.Add(doc("UnmarshalJSON decodes the example's keys exactly, some of which a json struct", "tag cannot spell; other keys are ignored and null leaves p unchanged."))
	f.Func().Params(jen.Id("p").Op("*").Id(pl.Name)).Id("UnmarshalJSON").Params(jen.Id("b").Index().Byte()).Error().Block(
		jen.Var().Id("raw").Map(jen.String()).Qual("encoding/json", "RawMessage"),
		jen.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("b"), jen.Op("&").Id("raw")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
		jen.For(jen.List(jen.Id("_"), jen.Id("f")).Op(":=").Range().Index().Struct(jen.Id("key").String(), jen.Id("v").Any()).ValuesFunc(func(g *jen.Group) {
			for _, fl := range pl.Fields {
				g.Values(str(fl.Name), jen.Op("&").Id("p").Dot(fl.GoName))
			}
		})).Block(
			jen.If(jen.List(jen.Id("r"), jen.Id("ok")).Op(":=").Id("raw").Index(jen.Id("f").Dot("key")), jen.Id("ok")).Block(
				jen.If(jen.Err().Op(":=").Qual("encoding/json", "Unmarshal").Call(jen.Id("r"), jen.Id("f").Dot("v")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
			),
		),
		jen.Return(jen.Nil()),
	)
}

func emitPayloadErr(f *jen.File, pl *payload) {
	code := jen.Id("p").Dot(pl.errField.GoName)
	msg := "as an error"
	call := code.Clone().Dot("Err").Call()
	if pl.msgField != nil {
		msg = "with the message in " + pl.msgField.GoName
		call = code.Clone().Dot("WithMessage").Call(jen.Id("p").Dot(pl.msgField.GoName))
	}
	lead := "Err returns the error " + pl.Name + " reports: nil when " + pl.errField.GoName + " is the success code,"
	tail := "otherwise "
	if pl.errSet.Success() == nil {
		lead, tail = "Err returns the error "+pl.Name+" reports:", ""
	}
	tail += pl.errField.GoName + " " + msg + " (see " + pl.errSet.Name + ".Err and WithMessage)."
	f.Add(doc(lead, tail))
	f.Func().Params(jen.Id("p").Id(pl.Name)).Id("Err").Params().Error().Block(jen.Return(call))
}
