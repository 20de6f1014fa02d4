package read

import (
	"strings"
	"testing"
)

func TestSplitCodeLine(t *testing.T) {
	for _, c := range []struct {
		in, code, name, msg string
		ok                  bool
	}{
		{"`E1001` — Invalid amount", "E1001", "", "Invalid amount", true},
		{"**1001**: 参数错误", "1001", "", "参数错误", true},
		{"1001：参数错误", "1001", "", "参数错误", true},
		{"410 - No fault", "410", "", "No fault", true},
		{"-1021 INVALID_TIMESTAMP", "-1021", "INVALID_TIMESTAMP", "", true},
		{"-1000 UNKNOWN", "-1000", "UNKNOWN", "", true},
		{"400 OK Done", "400", "", "OK Done", true},
		{"InvalidRequest: the request is malformed", "InvalidRequest", "", "the request is malformed", true},
		{"card_declined - The card was declined.", "card_declined", "", "The card was declined.", true},
		{"Note: read this", "", "", "", false},
		{"CODEC_OK = 0,", "", "", "", false},
		{"CODEC_E_IO = -9,", "", "", "", false},
		{"**Retries**: three at most", "", "", "", false},
		{"**NotFound**: no such object", "NotFound", "", "no such object", true},
		{"`InvalidRequest`: the request is malformed", "InvalidRequest", "", "the request is malformed", true},
		{"`409` -- Conflict", "409", "", "Conflict", true},
		{"2024 年 3 月：新增错误码", "", "", "", false},
		{"2024-03-01: released", "", "", "", false},
		{"`responseCode` — the result", "", "", "", false},
		{"1.2.3 fixed a bug", "", "", "", false},
		{"See the FAQ.", "", "", "", false},
		{"E1001", "", "", "", false},
		{"1001 USER_NOT_FOUND: no such user", "1001", "USER_NOT_FOUND", "no such user", true},
	} {
		it, ok := splitCodeLine(c.in)
		if ok != c.ok || ok && (it.code != c.code || it.name != c.name || it.msg != c.msg) {
			t.Errorf("splitCodeLine(%q) = %q %q %q %v, want %q %q %q %v", c.in, it.code, it.name, it.msg, ok, c.code, c.name, c.msg, c.ok)
		}
	}
}

func TestOrdinalHeadings(t *testing.T) {
	blocks := []flowBlock{
		{kind: flowHeading, level: 1, text: "Error codes"},
		{kind: flowHeading, level: 2, text: "1 Overview"},
		{kind: flowParagraph, text: "Errors are JSON."},
		{kind: flowHeading, level: 2, text: "2 Format"},
		{kind: flowParagraph, text: "See below."},
	}
	if runs := findOutside(blocks); len(runs) != 0 {
		t.Errorf("numbered sections read as codes: %+v", runs)
	}
}

// FuzzSplitCodeLine checks that a code read from a line is in the line,
// and that the offsets it reports point into it.
func FuzzSplitCodeLine(f *testing.F) {
	for _, s := range []string{"`E1001` — Invalid amount", "-1021 INVALID_TIMESTAMP", "1001：参数错误", "**2001**: x", "\"A\" - b", "“X” y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		it, ok := splitCodeLine(s)
		if !ok {
			return
		}
		if !strings.Contains(s, it.code) || it.codeOff > len(s) || it.msgOff > len(s) {
			t.Fatalf("splitCodeLine(%q) = %+v", s, it)
		}
		if it.msg != "" && !strings.Contains(s, it.msg) {
			t.Fatalf("message %q not in %q", it.msg, s)
		}
	})
}

func TestSplitRecord(t *testing.T) {
	got := splitRecord("Code: `E1` Message: Unknown error\nNotes: see logs")
	want := []labelled{{"Code", "`E1`", 6}, {"Message", "Unknown error", 20}, {"Notes", "see logs", 41}}
	if len(got) != len(want) {
		t.Fatalf("splitRecord = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("field %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if r := splitRecord("See: the docs"); len(r) != 0 && classify(r[0].label).role == roleKey {
		t.Errorf("prose read as a record: %+v", r)
	}
}

// FuzzSplitRecord checks that a record's values are the text after
// their labels.
func FuzzSplitRecord(f *testing.F) {
	f.Add("Code: `E1` Message: Unknown error\nNotes: see logs")
	f.Add("错误码：1001 错误信息：参数错误")
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range splitRecord(s) {
			if l.off > len(s) || !strings.HasPrefix(s[l.off:], l.value) {
				t.Fatalf("splitRecord(%q): %+v", s, l)
			}
		}
	})
}
