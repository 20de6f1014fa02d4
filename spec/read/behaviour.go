package read

import (
	"strconv"
	"strings"

	"codebook.dev/codebook/spec"
)

// setBehaviour reads a behaviour column's cell into b; it reports false
// for a cell the column cannot mean (kept as an attribute only).
func (r *reader) setBehaviour(b *spec.Behaviour, kind behaviour, s string) bool {
	switch kind {
	case behHTTP:
		n, ok := parseHTTPStatus(s)
		if ok {
			b.HTTPStatus = n
		}
		return ok || isBlank(s)
	case behRetry:
		t := parseYesNo(s)
		if t != spec.Unset {
			b.Retryable = t
		}
		return t != spec.Unset || isBlank(s)
	case behResult:
		res := parseResult(s)
		if res != spec.ResultUnset {
			b.Result = res
		}
		return res != spec.ResultUnset || isBlank(s)
	case behCategory:
		b.Category = s
	}
	return true
}

// parseHTTPStatus reads "400" or "400 Bad Request".
func parseHTTPStatus(s string) (int, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSuffix(f[0], ","))
	if err != nil || n < 100 || n > 599 {
		return 0, false
	}
	return n, true
}

var yesNo = map[string]spec.Tri{
	"yes": spec.Yes, "y": spec.Yes, "true": spec.Yes, "是": spec.Yes, "可": spec.Yes, "可以": spec.Yes,
	"可重试": spec.Yes, "✅": spec.Yes, "✔": spec.Yes, "✔️": spec.Yes, "√": spec.Yes, "✓": spec.Yes, "retryable": spec.Yes,
	"no": spec.No, "n": spec.No, "false": spec.No, "否": spec.No, "不可": spec.No, "不可以": spec.No, "不": spec.No,
	"不可重试": spec.No, "❌": spec.No, "✖": spec.No, "✖️": spec.No, "×": spec.No, "✗": spec.No, "x": spec.No,
}

// retryPhrases are the ways pages say whether to retry in words, in
// the order they are tried (negations first).
var retryPhrases = []struct {
	prefix string
	t      spec.Tri
}{
	{"do not retry", spec.No}, {"don't retry", spec.No}, {"never retry", spec.No}, {"not retryable", spec.No},
	{"no retry", spec.No}, {"不要重试", spec.No}, {"不可重试", spec.No}, {"无需重试", spec.No}, {"不能重试", spec.No},
	{"retry", spec.Yes}, {"可重试", spec.Yes}, {"可以重试", spec.Yes}, {"重试", spec.Yes},
}

// parseYesNo reads a retryable cell; a cell that starts with a yes or
// no word ("Yes, after 1s", "否（需人工处理）") counts as that word.
func parseYesNo(s string) spec.Tri {
	l := strings.ToLower(strings.TrimSpace(s))
	if t, ok := yesNo[l]; ok {
		return t
	}
	for _, p := range retryPhrases {
		if strings.HasPrefix(l, p.prefix) {
			return p.t
		}
	}
	for w, t := range yesNo {
		if len(w) > 1 && strings.HasPrefix(l, w) && !isWordByte(l, len(w)) {
			return t
		}
	}
	return spec.Unset
}

// isWordByte reports whether s[i] continues an ASCII word, so "no"
// does not match "none" or "not".
func isWordByte(s string, i int) bool {
	return i < len(s) && (isLetter(s[i]) || isDigit(s[i]))
}

var results = map[string]spec.Result{
	"s": spec.ResultSuccess, "success": spec.ResultSuccess, "succeeded": spec.ResultSuccess, "成功": spec.ResultSuccess,
	"f": spec.ResultFailure, "fail": spec.ResultFailure, "failed": spec.ResultFailure, "failure": spec.ResultFailure, "失败": spec.ResultFailure,
	"u": spec.ResultUnknown, "unknown": spec.ResultUnknown, "未知": spec.ResultUnknown, "processing": spec.ResultUnknown,
	"pending": spec.ResultUnknown, "处理中": spec.ResultUnknown, "结果未知": spec.ResultUnknown,
}

// parseResult reads a result-status cell: S/F/U or a spelled-out form.
func parseResult(s string) spec.Result {
	return results[strings.ToLower(strings.TrimSpace(s))]
}
