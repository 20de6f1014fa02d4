package langtag

import "testing"

func TestValid(t *testing.T) {
	for _, tag := range []string{"en", "zh", "id", "ja", "zh-Hant", "zh-hant-tw", "zh-TW", "es-419", "sr-Latn-RS",
		"de-CH-1901", "en-US-x-twain", "zh-yue-HK", "en-a-bbb-x-a-ccc", "fil"} {
		if !Valid(tag) {
			t.Errorf("Valid(%q) = false", tag)
		}
	}
	for _, tag := range []string{"", "e", "english1", "zh_TW", "zh-", "-zh", "en--US", "en-x", "en-a", "toolongtag",
		"abcd", "en-US-x-abcdefghi", "中文", "en US", "zh-Hant-TW-"} {
		if Valid(tag) {
			t.Errorf("Valid(%q) = true", tag)
		}
	}
}

func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"EN": "en", "zh-hant-tw": "zh-Hant-TW", "ZH-HANS": "zh-Hans", "es-419": "es-419",
		"en-us-x-Twain": "en-US-x-twain", "de-ch-1901": "de-CH-1901", "en-u-abcd-ca": "en-u-abcd-ca",
	} {
		if got := Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
	if Base("zh-Hant-TW") != "zh" || Base("EN") != "en" {
		t.Error("Base")
	}
}

func TestChinese(t *testing.T) {
	for text, want := range map[string]string{
		"签名错误":       "zh",
		"簽名錯誤":       "zh-Hant",
		"請求參數錯誤":     "zh-Hant",
		"请求参数错误":     "zh",
		"交易失败":       "zh",
		"交易失敗":       "zh-Hant",
		"交易失敗，請稍後重試": "zh-Hant",
		"成功":         "zh", // the same in both scripts
		"":           "zh",
	} {
		if got := Chinese(text); got != want {
			t.Errorf("Chinese(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestPairs: every pair is two runes, and no character is Simplified in
// one pair and Traditional in another.
func TestPairs(t *testing.T) {
	rs := []rune(pairs)
	if len(rs)%2 != 0 {
		t.Fatal("pairs has an odd number of runes")
	}
	side := map[rune]int{}
	for i, r := range rs {
		if rs[i-i%2] == rs[i-i%2+1] {
			continue
		}
		if s, ok := side[r]; ok && s != i%2 {
			t.Errorf("%c is on both sides", r)
		}
		side[r] = i % 2
	}
}

// FuzzValid: Canonical of a valid tag is valid and stable, and differs
// from the tag only in case.
func FuzzValid(f *testing.F) {
	for _, s := range []string{"en", "zh-hant-tw", "en-US-x-twain", "x", "en-a-b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tag string) {
		if !Valid(tag) {
			return
		}
		c := Canonical(tag)
		if !Valid(c) || Canonical(c) != c || len(c) != len(tag) {
			t.Fatalf("Canonical(%q) = %q", tag, c)
		}
		_ = Chinese(tag)
	})
}
