package render

import (
	"strings"

	"codebook.dev/codebook/spec/goname"
)

// GoName returns an exported Go identifier for text by spec/goname's
// rules, as the reader names sets and payloads (failedCode →
// FailedCode, "disbursement.failed" → DisbursementFailed, mchOrderId →
// MchOrderID); text with no ASCII letters gives "Code…".
func GoName(text string) string { return goname.Type(text) }

// Camel returns text in lower camel case, as JavaScript names values
// (FailedCode → failedCode, OPI_SIGN_ERROR → opiSignError, HTTPStatus →
// httpStatus): spec/goname's words, the first in lower case, the others
// as GoName writes them. A result that would be empty or start with a
// digit is prefixed with "code".
func Camel(text string) string {
	words := goname.Words(text)
	if len(words) == 0 {
		return "code"
	}
	first := strings.ToLower(words[0])
	if first[0] >= '0' && first[0] <= '9' {
		return "code" + goname.Pascal(words)
	}
	return first + goname.Pascal(words[1:])
}

// Snake returns text in lower snake case (FailedCode → failed_code,
// HTTPStatus → http_status): spec/goname's words, lower case, joined by
// underscores. A result that would be empty or start with a digit is
// prefixed with "code_".
func Snake(text string) string {
	words := goname.Words(text)
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	s := strings.Join(words, "_")
	if s == "" || s[0] >= '0' && s[0] <= '9' {
		s = strings.TrimSuffix("code_"+s, "_")
	}
	return s
}
