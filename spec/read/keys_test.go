package read

import (
	"fmt"
	"testing"
)

// TestKeyCellShapes pins what each key-cell shape reads as: codes,
// ranges and the text after the code.
func TestKeyCellShapes(t *testing.T) {
	for _, tc := range []struct{ cell, want string }{
		{"0x0000000B", "one=0x0000000B"},
		{"`409` -- Conflict", "one=409 rest=Conflict text"},
		{"409 -- Conflict", "one=409 rest=Conflict text"},
		{"E01: Bad sign", "one=E01 rest=Bad sign text"},
		{"InvalidRequest:", "one=InvalidRequest"},
		{"AuthFailed：", "one=AuthFailed"},
		{"`Throttled` :", "one=Throttled"},
		{"100 2", "one=1002 note"},
		{"E 1001", "one=E1001 note"},
		{"AUTH_ FAILED", "one=AUTH_FAILED note"},
		{"2001 2002", "codes=[2001 2002]"},
		{"1 or any other number", "one=1 rest=or any other number note"},
		{"PENDING or PROCESSING", "codes=[PENDING PROCESSING]"},
		{"pending, processing", "codes=[pending processing]"},
		{"-4090001 ~ 4", "ranges=[-4090001 ~ 4]"},
		{"1000 to 1999", "ranges=[1000 to 1999]"},
		{"2201X", "ranges=[2201X]"},
		{"GW:2001", "one=GW:2001"},
	} {
		c, ok := parseCodeCell(tc.cell)
		if got := describeCell(c, ok); got != tc.want {
			t.Errorf("parseCodeCell(%q) = %s, want %s", tc.cell, got, tc.want)
		}
	}
}

func describeCell(c codeCell, ok bool) string {
	if !ok {
		return "not a code"
	}
	s := ""
	add := func(f string, a ...any) {
		if s != "" {
			s += " "
		}
		s += fmt.Sprintf(f, a...)
	}
	if c.one != "" {
		add("one=%s", c.one)
	}
	if len(c.codes) > 0 {
		add("codes=%v", c.codes)
	}
	if len(c.ranges) > 0 {
		add("ranges=%v", c.ranges)
	}
	if c.rest != "" {
		add("rest=%s", c.rest)
	}
	if c.text {
		add("text")
	}
	if c.note != "" {
		add("note")
	}
	return s
}

// TestLetteredColumn: 2201X is a code in a column of SQLSTATE codes and
// a range elsewhere.
func TestLetteredColumn(t *testing.T) {
	rows := [][]cell{{{text: "08P01"}}, {{text: "2201X"}}, {{text: "22012"}}}
	col := column{lettered: letteredWidth(rows, 0)}
	if c, _ := col.parseKey("2201X"); c.one != "2201X" {
		t.Errorf("in a SQLSTATE column, 2201X reads as %+v, want the code", c)
	}
	plain := column{lettered: letteredWidth([][]cell{{{text: "21401"}}, {{text: "214xx"}}}, 0)}
	if c, _ := plain.parseKey("214xx"); len(c.ranges) != 1 {
		t.Errorf("in an integer column, 214xx reads as %+v, want a range", c)
	}
}

// TestSplitBilingual pins which cells are two texts: a separator or a
// sentence's end always, spaces only in a bilingual column, glued parts
// never.
func TestSplitBilingual(t *testing.T) {
	for _, tc := range []struct {
		cell     string
		mono, bi bool
		zh, en   string
	}{
		{"webp编码错误", false, false, "", ""},
		{"无效的access key", false, false, "", ""},
		{"Application Id为空", false, false, "", ""},
		{"无效的 access key", false, true, "无效的", "access key"},
		{"网络超时 network timeout", false, true, "网络超时", "network timeout"},
		{"签名错误 / Signature error", true, true, "签名错误", "Signature error"},
		{"签名错误(Signature error)", true, true, "签名错误", "Signature error"},
		{"余额不足。Insufficient balance.", true, true, "余额不足。", "Insufficient balance."},
		{"Signature error | 签名错误", true, true, "签名错误", "Signature error"},
		{"请检查appKey参数", false, false, "", ""},
		{"签名错误\nSignature error", true, true, "签名错误", "Signature error"},
	} {
		zh, en, mono := splitBilingual(tc.cell, false)
		_, _, bi := splitBilingual(tc.cell, true)
		if mono != tc.mono || bi != tc.bi {
			t.Errorf("%q: split in a monolingual column %v, in a bilingual one %v; want %v, %v", tc.cell, mono, bi, tc.mono, tc.bi)
		}
		if !tc.mono && tc.bi {
			zh, en, _ = splitBilingual(tc.cell, true)
		}
		if zh != tc.zh || en != tc.en {
			t.Errorf("%q: split into %q, %q; want %q, %q", tc.cell, zh, en, tc.zh, tc.en)
		}
	}
}
