package read

import (
	"strings"
	"testing"
	"unicode/utf8"

	"codebook.dev/codebook/spec/goname"
)

// FuzzKeyCell: a key cell gives codes that are code tokens, ranges whose
// bounds read low to high, and never a separator word as a code (unless
// it is the whole cell).
func FuzzKeyCell(f *testing.F) {
	for _, s := range []string{
		"1001", "0x0000000B", "`409` -- Conflict", "InvalidRequest:", "`Throttled`:",
		"100 2", "2201X", "1 or any other number", "-4090001 ~ 4", "-1005 ~ -1001",
		"1003, 2003", "502/503", "PENDING or PROCESSING", "E01、E02", "LINK_READY (0)",
		"2,000", "214xx", "\"CARD_DECLINED\" 402 Do not retry", "AuthFailed：",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, ok := parseCodeCell(s)
		if !ok {
			return
		}
		codes := c.codes
		if c.one != "" {
			codes = append(codes, c.one)
		}
		for _, v := range codes {
			if !isCodeToken(v) {
				t.Fatalf("cell %q gives code %q, not a code token", s, v)
			}
			if listWords[strings.ToLower(v)] && v != keyCellText(s) {
				t.Fatalf("cell %q gives the separator word %q as a code", s, v)
			}
		}
		for _, r := range c.ranges {
			if lo, hi, ok := rangeBounds(r); !ok || lo > hi {
				t.Fatalf("cell %q gives range %q with bounds %d, %d (%v)", s, r, lo, hi, ok)
			}
		}
		var col column
		col.lettered = len(s)
		if _, ok := col.parseKey(s); !ok {
			t.Fatalf("cell %q read by parseCodeCell but not by parseKey", s)
		}
	})
}

// FuzzSplitBilingual: a split cell gives a Chinese part with Han and an
// English part without, both cut from the cell, and a split in a
// monolingual column is also one in a bilingual column.
func FuzzSplitBilingual(f *testing.F) {
	for _, s := range []string{
		"网络超时 network timeout", "Signature error / 签名错误", "签名错误(Signature error)",
		"webp编码错误", "无效的access key", "Application Id为空", "请检查appKey参数",
		"IP 不在白名单 IP not allowed", "Balance is insufficient. / 余额不足，请使用 app 充值。",
		"余额不足。Insufficient balance.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		zh, en, ok := splitBilingual(s, false)
		_, _, okBi := splitBilingual(s, true)
		if ok && !okBi {
			t.Fatalf("cell %q split in a monolingual column but not in a bilingual one", s)
		}
		if !ok {
			return
		}
		if !goname.HasHan(zh) || goname.HasHan(en) || en == "" {
			t.Fatalf("cell %q split into zh %q and en %q", s, zh, en)
		}
		if !strings.Contains(s, zh) || !strings.Contains(s, en) {
			t.Fatalf("cell %q split into parts not cut from it: %q, %q", s, zh, en)
		}
	})
}

// FuzzLanguageBreaks: a cell with breaks, some between two languages,
// renders to valid UTF-8 when it is valid.
func FuzzLanguageBreaks(f *testing.F) {
	for _, s := range []string{"签名错误<br>Signature error", "line one<br>line two", "a<br><br>中", "<p>Bad</p><p>坏</p>", "`E1`<br>`E2`"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := plainText(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("plainText(%q) = %q, not UTF-8", s, out)
		}
	})
}
