package goname

import (
	"strconv"

	"codebook.dev/codebook/spec"
)

// SetName chooses a set's type name from what the reader recorded:
//
//  1. a name= directive;
//  2. a set split off an earlier one's key (its codes mean something
//     else) is named from its section heading: two sets called
//     ErrorCode and ErrorCode2 say less than WalletErrors and
//     CategoryErrors;
//  3. the name the key column's header gives, or, when a key= directive
//     replaced a key that named the set only by default, the directive's
//     key (failedCode → FailedCode); a set that another section split
//     from and that keeps its header's default is named from its
//     heading too (rule 2);
//  4. else the heading.
//
// The reader records the header's words (Error Code, error_code, 错误码's
// English name ErrorCode); SetName makes the Go name of them. The name is
// the wanted one; Resolve makes it unique.
func SetName(n spec.SetNaming) string {
	if n.Directive != "" {
		return n.Directive
	}
	heading := Type(ASCIIWords(n.Heading))
	if n.Split {
		return heading
	}
	header := ""
	if n.Header != "" {
		header = Type(n.Header)
	}
	name := header
	if n.KeyDirective != "" && (header == "" || header == Type(n.Key)) {
		name = Type(n.KeyDirective)
	}
	if name == "" || n.Shared && name == header {
		return heading
	}
	return name
}

// ASCIIWords keeps the ASCII letters and digits of a heading, so a name
// made from a Chinese heading never starts with a Han character.
func ASCIIWords(s string) string {
	b := []byte{}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x80 {
			b = append(b, c)
		} else {
			b = append(b, ' ')
		}
	}
	return string(b)
}

// PayloadName chooses a payload's type name from what the reader
// recorded: a payload= directive; else the dotted event name
// (disbursement.failed → DisbursementFailed); else ErrorResponse for an
// example with code and message fields; else the nearest heading; else
// PayloadN. The name is the wanted one; Resolve makes it unique among
// the payloads and the sets. The reader calls PayloadName too, to keep a
// repeated example (same name, same fields) once.
func PayloadName(n spec.PayloadNaming) string {
	switch {
	case n.Directive != "":
		return n.Directive
	case n.Event != "":
		return Type(n.Event)
	case n.ErrorResponse:
		return "ErrorResponse"
	}
	if name := Pascal(Words(ASCIIWords(n.Heading))); IsExported(name) {
		return name
	}
	return "Payload" + strconv.Itoa(n.N)
}
