package semantics

import (
	"strings"

	"codebook.dev/codebook/spec"
)

// Outcome cues are whole words of a code's value, symbol or text
// (split at anything but ASCII letters and digits, in lower case) and
// Chinese phrases found anywhere in a text. A negation (not, 未, 不…)
// makes a text say nothing: "not paid" and 未支付 are for a directive to
// decide.
var wordCues = map[string]Outcome{
	"success": Success, "successful": Success, "succeeded": Success, "succeed": Success,
	"completed": Success, "complete": Success, "paid": Success, "finished": Success,
	"done": Success, "approved": Success, "settled": Success,

	"fail": Failure, "failed": Failure, "failure": Failure, "rejected": Failure,
	"declined": Failure, "refused": Failure, "cancelled": Failure, "canceled": Failure,
	"closed": Failure, "expired": Failure, "revoked": Failure, "aborted": Failure,
	"error": Failure, "payerror": Failure,

	"pending": Pending, "processing": Pending, "waiting": Pending, "queued": Pending,
	"inprogress": Pending, "progress": Pending, "userpaying": Pending, "submitted": Pending,
	"initiated": Pending, "unknown": Pending, "paying": Pending,
}

var negWords = map[string]bool{"not": true, "no": true, "never": true, "non": true, "without": true}

// phraseCues are matched anywhere in a text, in order; the first that
// matches gives the text's outcome.
var phraseCues = []struct {
	phrase  string
	outcome Outcome
}{
	{"处理中", Pending}, {"處理中", Pending}, {"进行中", Pending}, {"進行中", Pending},
	{"交易中", Pending}, {"支付中", Pending}, {"审核中", Pending}, {"審核中", Pending},
	{"等待", Pending}, {"待支付", Pending},
	{"成功", Success}, {"完成", Success}, {"已支付", Success},
	{"失败", Failure}, {"失敗", Failure}, {"关闭", Failure}, {"關閉", Failure},
	{"撤销", Failure}, {"撤銷", Failure}, {"拒绝", Failure}, {"拒絕", Failure},
	{"过期", Failure}, {"過期", Failure}, {"取消", Failure},
}

var negPhrases = []string{"未", "不", "非", "无", "無", "没", "沒"}

// cueOutcome is the outcome the member's words give: its value, else
// its symbol, else its texts; within one of them, cues that disagree
// give None, and so do texts that disagree with each other.
func cueOutcome(m *spec.Member) Outcome {
	if o, ok := textOutcome(m.Value); ok {
		return o
	}
	if o, ok := textOutcome(m.Symbol); ok {
		return o
	}
	got, any := None, false
	for _, t := range m.Texts {
		o, ok := textOutcome(t.Text)
		if !ok {
			continue
		}
		if any && o != got {
			return None
		}
		got, any = o, true
	}
	return got
}

// textOutcome reports the outcome one text's cues give and whether it
// gives one (an ambiguous text gives None, true).
func textOutcome(text string) (Outcome, bool) {
	if text == "" {
		return None, false
	}
	got, any := None, false
	add := func(o Outcome) {
		if any && o != got {
			got = None
		}
		if !any {
			got = o
		}
		any = true
	}
	for _, w := range words(text) {
		if negWords[w] {
			return None, true
		}
		if o, ok := wordCues[w]; ok {
			add(o)
		}
	}
	for _, n := range negPhrases {
		if strings.Contains(text, n) {
			return None, true
		}
	}
	for _, c := range phraseCues {
		if strings.Contains(text, c.phrase) {
			add(c.outcome)
			break
		}
	}
	return got, any
}

// words splits text into lower-case runs of ASCII letters and digits.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	})
}
