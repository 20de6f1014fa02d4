package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"codebook.dev/codebook/spec"
)

// example is a JSON example found in the document, not yet named.
type example struct {
	pos    spec.Pos
	text   string
	fields []*spec.Field
	dir    *directive
	doc    string
}

// findExamples looks for JSON objects in src[start:stop] (a paragraph
// or a code block): each starts with '{' at the beginning of a line and
// runs to its matching brace. Only these become payloads; codes in them
// never become members.
func (r *reader) findExamples(start, stop int) {
	src := r.src.norm
	for i := start; i < stop; {
		j := firstNonSpace(src, i)
		if j < stop && src[j] == '{' && jsonStart(src[j+1:stop]) {
			if end := matchBrace(src, j, stop); end > 0 {
				r.addExample(j, end)
				i = end
				continue
			}
			r.diags.Doubtf(spec.Skipped, r.src.pos(j), "json example has no closing brace; ignored")
			return
		}
		k := bytes.IndexByte(src[i:stop], '\n')
		if k < 0 {
			return
		}
		i += k + 1
	}
}

// jsonStart reports text after a '{' that opens a JSON object: a key's
// quote or the closing brace. Wiki markup ("{{indexmenu_n>11}}") and
// placeholders ("{orderId}") are not examples and not worth a warning.
func jsonStart(rest []byte) bool {
	rest = bytes.TrimLeft(rest, " \t\r\n")
	return len(rest) > 0 && (rest[0] == '"' || rest[0] == '}')
}

// matchBrace returns the offset after the brace that closes the one at
// i, skipping strings, or 0.
func matchBrace(src []byte, i, stop int) int {
	depth := 0
	for k := i; k < stop; k++ {
		switch src[k] {
		case '"':
			for k++; k < stop && src[k] != '"'; k++ {
				if src[k] == '\\' {
					k++
				}
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				return k + 1
			}
		}
	}
	return 0
}

func (r *reader) addExample(start, stop int) {
	d := r.pendingPayload
	r.pendingPayload = nil
	if d != nil && d.ignorePayload {
		return
	}
	raw := r.src.norm[start:stop]
	fields, err := parseObject(raw)
	if err != nil {
		fixed, commas := dropTrailingCommas(raw)
		if fields, err = parseObject(fixed); err == nil {
			for _, c := range commas {
				r.diags.Warnf(r.src.pos(start+c), "trailing comma in json example")
			}
		}
	}
	if err != nil {
		off := 0
		var se *json.SyntaxError
		if errors.As(err, &se) {
			off = int(min(max(se.Offset-1, 0), int64(len(raw)-1)))
		}
		r.diags.Doubtf(spec.Skipped, r.src.pos(start+off), "json example does not parse: %v; ignored", err)
		return
	}
	r.items.examples = append(r.items.examples, &example{
		pos: r.src.pos(start), text: string(raw), fields: fields, dir: d, doc: r.heading,
	})
}

// parseObject decodes a JSON object into its top-level fields in
// document order.
func parseObject(raw []byte) ([]*spec.Field, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil {
		return nil, err
	} else if tok != json.Delim('{') {
		return nil, fmt.Errorf("not an object")
	}
	var fields []*spec.Field
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		name, _ := tok.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
		if seen[name] {
			return nil, fmt.Errorf("duplicate field %q", name)
		}
		seen[name] = true
		var compact bytes.Buffer
		_ = json.Compact(&compact, v)
		fields = append(fields, &spec.Field{
			Name: name, Type: jsonType(v), Example: compact.String(),
		})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("data after the object")
	}
	return fields, nil
}

func jsonType(v json.RawMessage) string {
	switch v[0] {
	case '"':
		return "string"
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "boolean"
	case 'n':
		return "null"
	}
	if bytes.ContainsAny(v, ".eE") {
		return "number"
	}
	return "integer"
}

// dropTrailingCommas blanks commas that are followed only by space and a
// closing brace or bracket, keeping every offset, and returns where they
// were.
func dropTrailingCommas(raw []byte) ([]byte, []int) {
	out := bytes.Clone(raw)
	var at []int
	for k := 0; k < len(out); k++ {
		switch out[k] {
		case '"':
			for k++; k < len(out) && out[k] != '"'; k++ {
				if out[k] == '\\' {
					k++
				}
			}
		case ',':
			j := k + 1
			for j < len(out) && isSpace(out[j]) {
				j++
			}
			if j < len(out) && (out[j] == '}' || out[j] == ']') {
				out[k] = ' '
				at = append(at, k)
			}
		}
	}
	return out, at
}
