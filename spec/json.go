package spec

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
	"strconv"
)

// MarshalJSON encodes a spec and its warnings in the stable JSON form
// that `codebook spec -json` prints and other tools read:
//
//	{
//	  "sets": [{
//	    "name": "FailedCode",        // Go type name
//	    "key": "failedCode",         // wire key (JSON field)
//	    "kind": "int",               // "int" or "string"
//	    "members": [{
//	      "value": -10001,           // JSON number for int sets, string for string sets
//	      "name": "",                // symbolic name from the table, "" when none
//	      "goName": "TransactionExceedLimit",
//	      "text": {"en": "…", "zh": "…"}, // per BCP 47 tag; only languages present
//	      "attrs": {"HTTP Status": "400"}, // extra columns, in column order
//	      "behaviour": {             // only the fields the row gives
//	        "httpStatus": 400,       // from an HTTP status column
//	        "retryable": false,      // from a Retryable / 可重试 column
//	        "result": "failure",     // "success", "failure" or "unknown" (S/F/U)
//	        "category": "Amount"     // from a Category / 分类 column, as written
//	      },
//	      "parent": "",              // the main code a sub-code refines, "" when none
//	      "variants": [{"text": {…}, "pos": "…"}], // further rows of the same code
//	      "pos": "opi.md:52:1"       // file:line:col of the member's first row
//	    }],
//	    "columns": ["httpStatus"],   // behaviour columns the set has:
//	                                 // httpStatus, retryable, result, category
//	    "ranges": [{"pattern": "214xx", "lo": 21400, "hi": 21499, "text": {…}, "pos": "…"}],
//	    "pos": "opi.md:51:1"         // first table of the set
//	  }],
//	  "payloads": [{
//	    "name": "DisbursementFailed",
//	    "fields": [{"name": "failedCode", "type": "integer", "set": "FailedCode"}],
//	    "pos": "opi.md:40:1"
//	  }],
//	  "tables": {                    // the pages' tables: seen, read, and
//	    "seen": 3, "read": 2,        // why each other one was skipped
//	    "skipped": [{"pos": "opi.md:80:1", "reason": "…"}]
//	  },
//	  "errors": [{"pos": "opi.md:12:3", "msg": "…"}],
//	  "warnings": [{"pos": "opi.md:96:1", "msg": "…"}]
//	}
//
// Every key is always present: "text", "attrs" and "behaviour" are {}
// and "ranges", "variants", "columns", "errors" and "warnings" are []
// when empty, "name" and "set" are "" when there is
// none; "tables" is there when the reader made the spec. Columns count bytes. Sets, members and payloads are in document
// order, warnings in position order. The encoding is deterministic: the
// same model gives the same bytes.
func MarshalJSON(s *Spec, diags Diags) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"sets":[`)
	for i, set := range s.Sets {
		comma(&b, i)
		writeSet(&b, set)
	}
	b.WriteString(`],"payloads":[`)
	for i, p := range s.Payloads {
		comma(&b, i)
		writePayload(&b, p)
	}
	b.WriteString(`]`)
	if s.Tables != nil {
		writeTables(&b, s.Tables)
	}
	b.WriteString(`,"errors":[`)
	writeDiags(&b, diags, Error)
	b.WriteString(`],"warnings":[`)
	writeDiags(&b, diags, Warning)
	b.WriteString("]}")
	var out bytes.Buffer
	if err := json.Indent(&out, b.Bytes(), "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// writeTables writes the table accounting as the "tables" field.
func writeTables(b *bytes.Buffer, t *Tables) {
	b.WriteString(`,"tables":{"seen":`)
	b.WriteString(strconv.Itoa(t.Seen))
	b.WriteString(`,"read":`)
	b.WriteString(strconv.Itoa(t.Read))
	b.WriteString(`,"skipped":[`)
	for i, k := range t.Skipped {
		comma(b, i)
		b.WriteString(`{"pos":`)
		str(b, k.Pos.String())
		b.WriteString(`,"reason":`)
		str(b, k.Reason)
		b.WriteByte('}')
	}
	b.WriteString("]}")
}

// writeDiags writes the findings of one severity, in position order.
func writeDiags(b *bytes.Buffer, diags Diags, sev Severity) {
	n := 0
	for _, d := range diags {
		if d.Severity != sev {
			continue
		}
		comma(b, n)
		n++
		b.WriteString(`{"pos":`)
		str(b, d.Pos.String())
		b.WriteString(`,"msg":`)
		str(b, d.Msg)
		b.WriteByte('}')
	}
}

func writeSet(b *bytes.Buffer, set *Set) {
	b.WriteString(`{"name":`)
	str(b, set.Name)
	b.WriteString(`,"key":`)
	str(b, set.Key)
	b.WriteString(`,"kind":`)
	str(b, set.Kind.String())
	b.WriteString(`,"members":[`)
	for i, m := range set.Members {
		comma(b, i)
		b.WriteString(`{"value":`)
		if set.Kind == Int {
			b.WriteString(strconv.FormatInt(m.Int, 10))
		} else {
			str(b, m.Value)
		}
		b.WriteString(`,"name":`)
		str(b, m.Symbol)
		b.WriteString(`,"goName":`)
		str(b, m.GoName)
		b.WriteString(`,"text":`)
		writeTexts(b, m.Texts)
		writeAttrs(b, m.Attrs)
		b.WriteString(`,"behaviour":`)
		writeBehaviour(b, m.Behaviour)
		b.WriteString(`,"parent":`)
		str(b, m.Parent)
		b.WriteString(`,"variants":[`)
		for j, v := range m.Variants {
			comma(b, j)
			b.WriteString(`{"text":`)
			writeTexts(b, v.Texts)
			if len(v.Attrs) > 0 {
				writeAttrs(b, v.Attrs)
			}
			b.WriteString(`,"pos":`)
			str(b, v.Pos.String())
			b.WriteByte('}')
		}
		b.WriteString(`],"pos":`)
		str(b, m.Pos.String())
		b.WriteByte('}')
	}
	b.WriteString(`],"columns":[`)
	for i, c := range set.Columns.Names() {
		comma(b, i)
		str(b, c)
	}
	b.WriteString(`],"ranges":[`)
	for i, r := range set.Ranges {
		comma(b, i)
		b.WriteString(`{"pattern":`)
		str(b, r.Pattern)
		b.WriteString(`,"lo":` + strconv.FormatInt(r.Lo, 10))
		b.WriteString(`,"hi":` + strconv.FormatInt(r.Hi, 10))
		b.WriteString(`,"text":`)
		writeText(b, r.Text)
		b.WriteString(`,"pos":`)
		str(b, r.Pos.String())
		b.WriteByte('}')
	}
	b.WriteString(`],"pos":`)
	str(b, set.Pos.String())
	b.WriteByte('}')
}

func writePayload(b *bytes.Buffer, p *Payload) {
	b.WriteString(`{"name":`)
	str(b, p.Name)
	b.WriteString(`,"fields":[`)
	for i, f := range p.Fields {
		comma(b, i)
		b.WriteString(`{"name":`)
		str(b, f.Name)
		b.WriteString(`,"type":`)
		str(b, f.Type)
		b.WriteString(`,"set":`)
		str(b, f.Set)
		b.WriteByte('}')
	}
	b.WriteString(`],"pos":`)
	str(b, p.Pos.String())
	b.WriteByte('}')
}

// writeBehaviour writes the behaviour fields a member has; an empty
// object when it has none.
func writeBehaviour(b *bytes.Buffer, bh Behaviour) {
	b.WriteByte('{')
	n := 0
	field := func(name string) {
		comma(b, n)
		n++
		str(b, name)
		b.WriteByte(':')
	}
	if bh.HTTPStatus != 0 {
		field("httpStatus")
		b.WriteString(strconv.Itoa(bh.HTTPStatus))
	}
	if bh.Retryable != Unset {
		field("retryable")
		b.WriteString(strconv.FormatBool(bh.Retryable == Yes))
	}
	if bh.Result != ResultUnset {
		field("result")
		str(b, bh.Result.String())
	}
	if bh.Category != "" {
		field("category")
		str(b, bh.Category)
	}
	b.WriteByte('}')
}

// writeText writes a range's texts in sorted language order.
func writeText(b *bytes.Buffer, text map[string]string) {
	b.WriteByte('{')
	for i, l := range slices.Sorted(maps.Keys(text)) {
		comma(b, i)
		str(b, l)
		b.WriteByte(':')
		str(b, text[l])
	}
	b.WriteByte('}')
}

// writeTexts writes a member's texts, which are sorted by language.
func writeTexts(b *bytes.Buffer, texts []Text) {
	b.WriteByte('{')
	for i, t := range texts {
		comma(b, i)
		str(b, t.Lang)
		b.WriteByte(':')
		str(b, t.Text)
	}
	b.WriteByte('}')
}

func comma(b *bytes.Buffer, i int) {
	if i > 0 {
		b.WriteByte(',')
	}
}

// str writes s as a JSON string. Invalid UTF-8 becomes U+FFFD (as
// encoding/json does); HTML characters are not escaped, so texts stay
// readable.
func str(b *bytes.Buffer, s string) {
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	b.Truncate(b.Len() - 1) // Encode's newline
}

// writeAttrs writes `,"attrs":{…}`.
func writeAttrs(b *bytes.Buffer, attrs []Attr) {
	b.WriteString(`,"attrs":{`)
	for j, a := range attrs {
		comma(b, j)
		str(b, a.Name)
		b.WriteByte(':')
		str(b, a.Value)
	}
	b.WriteByte('}')
}
