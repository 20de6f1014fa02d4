package gen

import (
	"encoding/json"
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
	"github.com/dave/jennifer/jen"
)

// payload is a JSON example with the Go type of each field resolved.
type payload struct {
	*spec.Payload
	types []*jen.Statement
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
		if !validTag(fl.Name) {
			diags.Errorf(sp.Pos, "field key %s of payload %s cannot be written as a json struct tag", quoteMsg(fl.Name), sp.Name)
		}
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
		want := "integer"
		if !s.isInt() {
			want = "string"
		}
		if fl.Type != want {
			diags.Errorf(sp.Pos, "field %s of payload %s is a JSON %s but set %s holds %s codes", quoteMsg(fl.Name), sp.Name, fl.Type, s.Name, want)
		}
		return jen.Id(s.Name)
	}
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

// validTag reports whether encoding/json honours key as a tag name.
func validTag(key string) bool {
	if key == "" || strings.ContainsAny(key, "\",`\\") {
		return false
	}
	for _, r := range key {
		if !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", r) && !isLetterOrDigit(r) {
			return false
		}
	}
	return true
}

func isLetterOrDigit(r rune) bool {
	return r > 0x7f && strconv.IsPrint(r) || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
}

// errorField finds the one field linked to an error set.
func errorField(p *pkg, sp *spec.Payload) (*spec.Field, *set) {
	var found *spec.Field
	for _, fl := range sp.Fields {
		if s := p.byName[fl.Set]; s != nil && s.Errors {
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
	lines := []string{pl.Name + " is the JSON payload of the example at " + oneLine(lineOf(pl.Pos)) + ":", ""}
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
			g.Id(fl.GoName).Add(pl.types[i]).Tag(map[string]string{"json": fl.Name})
		}
	})
	if pl.errField != nil {
		emitPayloadErr(f, pl)
	}
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
