package read

import (
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
)

// buildPayloads records what names the examples, keeps a repeated
// example once and links fields to sets by wire key (Field.Link).
// goname.Resolve names the payloads and their fields and makes payload
// names unique among themselves and the sets (they share the generated
// package).
func buildPayloads(examples []*example, sets []*spec.Set) []*spec.Payload {
	byKey := map[string]*spec.Set{}
	for _, s := range sets {
		if _, ok := byKey[s.Key]; !ok && s.Key != "" {
			byKey[s.Key] = s
		}
	}
	var out []*spec.Payload
	seen := map[string]bool{}
	for i, e := range examples {
		naming := payloadNaming(e, i+1)
		sig := namingKey(naming) + "\x00" + signature(e.fields)
		if seen[sig] {
			continue // the same example repeated, e.g. per language
		}
		seen[sig] = true
		for _, f := range e.fields {
			f.Link = byKey[f.Name]
			if f.Link == nil {
				f.Link = byValue(f, sets)
			}
		}
		out = append(out, &spec.Payload{Naming: naming, Fields: e.fields, Example: e.text, Pos: e.pos})
	}
	return out
}

// namingKey is what names an example, in the order goname.PayloadName
// looks: a repeated example has the same one. It compares words, not
// Go names, which are goname's to make.
func namingKey(n spec.PayloadNaming) string {
	switch {
	case n.Directive != "":
		return "d:" + n.Directive
	case n.Event != "":
		return "e:" + strings.ToLower(strings.Join(identWords(n.Event), " "))
	case n.ErrorResponse:
		return "r"
	}
	if w := identWords(asciiWords(n.Heading)); len(w) > 0 && !isDigit(w[0][0]) {
		return "h:" + strings.ToLower(strings.Join(w, " "))
	}
	return "n:" + strconv.Itoa(n.N)
}

// byValue links a code-like field that no set's key names ("code" in a
// Chinese document whose table header 状态码 gives the key statusCode) to
// the one set that has the example value as a member, of the same kind.
// Only fields whose name says code, status or state qualify, so an
// amount that happens to equal a code is never linked.
func byValue(f *spec.Field, sets []*spec.Set) *spec.Set {
	name := strings.ToLower(f.Name)
	if !strings.Contains(name, "code") && !strings.Contains(name, "status") && !strings.Contains(name, "state") {
		return nil
	}
	var kind spec.Kind
	value := f.Example
	switch f.Type {
	case "integer":
		kind = spec.Int
	case "string":
		kind = spec.String
		v, err := strconv.Unquote(value)
		if err != nil {
			return nil
		}
		value = v
	default:
		return nil
	}
	var found *spec.Set
	for _, s := range sets {
		if s.Kind != kind || s.Member(value) == nil {
			continue
		}
		if found != nil {
			return nil // two sets know the value: the key must decide
		}
		found = s
	}
	return found
}

func signature(fields []*spec.Field) string {
	var b strings.Builder
	for _, f := range fields {
		b.WriteString(f.Name)
		b.WriteByte(':')
		b.WriteString(f.Type)
		b.WriteByte(',')
	}
	return b.String()
}

// payloadNaming records what names an example (see goname.PayloadName):
// its payload= directive, a dotted event name in a field named like an
// event (eventName "disbursement.failed"), whether it has code and
// message fields, its heading and its place.
func payloadNaming(e *example, n int) spec.PayloadNaming {
	naming := spec.PayloadNaming{Heading: e.doc, N: n}
	if e.dir != nil {
		naming.Directive = e.dir.payload
	}
	has := map[string]bool{}
	for _, f := range e.fields {
		has[strings.ToLower(f.Name)] = true
		if isEventField(f.Name) && f.Type == "string" && naming.Event == "" {
			if v, err := strconv.Unquote(f.Example); err == nil && isDotted(v) {
				naming.Event = v
			}
		}
	}
	naming.ErrorResponse = has["code"] && (has["message"] || has["msg"])
	return naming
}

func isEventField(name string) bool {
	l := strings.ToLower(name)
	return strings.Contains(l, "event") || strings.Contains(l, "type") || strings.Contains(l, "topic") || strings.Contains(l, "notify")
}

// isDotted reports an event name like disbursement.failed.
func isDotted(v string) bool {
	parts := strings.Split(v, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || !isLetter(p[0]) {
			return false
		}
		for i := 0; i < len(p); i++ {
			if !isLetter(p[i]) && !isDigit(p[i]) && p[i] != '_' {
				return false
			}
		}
	}
	return true
}
