package semantics

import (
	"strings"

	"codebook.dev/codebook/spec"
)

// retryCues are phrases that tell a caller to retry; matched in lower
// case anywhere in any of a member's texts. Only phrases that say
// "later" or "again" without a condition are here: "provide a unique
// ID and retry" asks for a different request, not a retry.
var retryCues = []string{
	"try again later", "retry later", "try later",
	"temporarily unavailable", "service busy", "system busy",
	"请稍后重试", "请稍后再试", "稍后重试", "稍后再试", "请重试", "系统繁忙",
	"請稍後重試", "請稍後再試", "稍後重試", "稍後再試", "請重試", "系統繁忙",
}

// noRetryCues override retryCues: a text that says not to retry.
var noRetryCues = []string{
	"do not retry", "don't retry", "not retry", "no retry", "without retry",
	"请勿重试", "不要重试", "无需重试", "不可重试", "勿重试",
	"請勿重試", "不要重試", "無需重試", "不可重試", "勿重試",
}

// Retry is where a set's Retryable answers come from.
type Retry struct {
	// Any: the Go package has a Retryable method (a column, or a text
	// cue).
	Any bool
	// Column: the set has a Retryable column.
	Column bool
	// Yes and FromText are per member, in Members order: a retry may
	// succeed, and that answer was read from the member's text.
	Yes, FromText []bool
}

// Retryable takes each member's answer from the column when its cell
// says yes or no, else from the cues of its texts.
func Retryable(s *spec.Set) Retry {
	r := Retry{Column: s.Columns.Retryable, Any: s.Columns.Retryable}
	r.Yes = make([]bool, len(s.Members))
	r.FromText = make([]bool, len(s.Members))
	for i, m := range s.Members {
		switch m.Behaviour.Retryable {
		case spec.Yes:
			r.Yes[i], r.Any = true, true
			continue
		case spec.No:
			continue
		}
		if RetryCue(m) {
			r.Yes[i], r.FromText[i], r.Any = true, true, true
		}
	}
	return r
}

// mayCue is a quick test that lets nearly every text skip the cue
// lists (at 100,000 members they were a tenth of resolving): every
// English cue holds "try", "busy" or "unavailable", every Chinese one
// 试, 試 or 繁 (TestMayCue keeps it so).
func mayCue(low string) bool {
	return strings.Contains(low, "try") || strings.Contains(low, "busy") ||
		strings.Contains(low, "unavailable") || strings.ContainsAny(low, "试試繁")
}

// RetryCue reports whether any text of m tells the caller to retry and
// none tells it not to.
func RetryCue(m *spec.Member) bool {
	yes := false
	for _, t := range m.Texts {
		low := strings.ToLower(t.Text)
		if !mayCue(low) {
			continue
		}
		for _, c := range noRetryCues {
			if strings.Contains(low, c) {
				return false
			}
		}
		for _, c := range retryCues {
			yes = yes || strings.Contains(low, c)
		}
	}
	return yes
}
