package read

import (
	"strings"
	"unicode"
)

// splitBilingual splits a cell that holds the same text in Chinese and
// English ("网络超时 network timeout", "Signature error / 签名错误",
// "签名错误(Signature error)"): one part has Han and no Latin letters,
// the other Latin words and no Han. A Chinese sentence that merely
// names an identifier ("请检查appKey参数") has Han on both sides of the
// Latin and is not split.
//
// The split is only as sure as what lies between the two parts: a
// separator or a sentence's end ("/", "(", "<br>", "。", ". ") says two
// texts, spaces alone say it only in a column where most cells are two
// texts (bilingual), and glued parts ("webp编码错误", "无效的access key",
// "Application Id为空") are one Chinese text that names a Latin word.
func splitBilingual(s string, bilingual bool) (zh, en string, ok bool) {
	zh, en, j, ok := splitScriptsOf(s)
	if !ok || j == joinGlued || j == joinSpace && !bilingual {
		return "", "", false
	}
	return zh, en, true
}

// How the two parts of a mixed cell meet.
const (
	joinGlued = iota // nothing between them
	joinSpace        // spaces only
	joinMark         // a separator or a sentence's end
)

// splitScriptsOf splits a cell into its Chinese and English parts, as
// splitBilingual describes, and says how they meet.
func splitScriptsOf(s string) (zh, en string, join int, ok bool) {
	if !mixedScripts(s) {
		return "", "", 0, false
	}
	first, last := -1, -1 // byte offsets of the first and last Han rune
	for i, r := range s {
		if unicode.Is(unicode.Han, r) {
			if first < 0 {
				first = i
			}
			last = i + len(string(r))
		} else if last == i && cjkPunct(r) {
			// "（2 分钟）", "错误。": closing punctuation stays with its text.
			last = i + len(string(r))
		}
	}
	if first < 0 {
		return "", "", 0, false
	}
	han, latin := "", ""
	// Latin inside the Chinese part ("请使用 websocket 获取") is allowed
	// after a whole English sentence, or before the first Han ("IP 不在
	// 白名单"); otherwise the Latin is a name in a Chinese sentence
	// ("请检查appKey参数"), not a translation.
	mixed, hanFirst := false, false
	switch {
	case first == 0 || strings.TrimLeft(s[:first], " \t") == "" || strings.ContainsFunc(s[last:], isLatinLetter) && latinLead(s[:last]):
		han, latin = s[:last], s[last:]
		mixed, hanFirst = latinLead(han), true
	case last == len(s) || strings.TrimRight(s[last:], " \t。.") == "":
		latin, han = s[:first], s[first:]
		if i := strings.LastIndex(latin, "。"); i > 0 && strings.ContainsFunc(latin[i:], isLatinLetter) {
			// "… is invalid or not latest。 token 无效": the English
			// ends at its full stop; the Latin after it opens the
			// Chinese sentence.
			latin, han = latin[:i], latin[i+len("。"):]+han
		}
		lt := strings.TrimRight(latin, " \t/|-")
		mixed = lt != "" && strings.ContainsRune(".!?", rune(lt[len(lt)-1])) || latinLead(han) || mostlyHan(han)
	default:
		return "", "", 0, false
	}
	if strings.ContainsFunc(han, isLatinLetter) && !mixed {
		return "", "", 0, false
	}
	zh = trimSeparators(han)
	en = trimSeparators(latin)
	if !englishText(en) || zh == "" {
		return "", "", 0, false
	}
	if hanFirst {
		return zh, en, joinOf(han, latin), true
	}
	return zh, en, joinOf(latin, han), true
}

// joinOf says how part a meets part b after it: the marks at the end
// of a and the start of b.
func joinOf(a, b string) int {
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
	j := a[len(strings.TrimRightFunc(a, notWord)):] + b[:len(b)-len(strings.TrimLeftFunc(b, notWord))]
	switch {
	case j == "":
		return joinGlued
	case strings.TrimSpace(j) == "" && !strings.ContainsRune(j, '\n'):
		// A line break (an HTML cell's <br>) is a separator.
		return joinSpace
	}
	return joinMark
}

// bilingualColumn reports a text column most of whose cells hold two
// texts apart, by spaces or a mark: there spaces are enough to split.
// The first bilingualSample cells decide.
func bilingualColumn(rows [][]cell, i int) bool {
	const bilingualSample = 64
	n, two := 0, 0
	for _, rc := range rows {
		if i >= len(rc) || rc[i].text == "" {
			continue
		}
		if n++; n > bilingualSample {
			break
		}
		if _, _, j, ok := splitScriptsOf(rc[i].text); ok && j != joinGlued {
			two++
		}
	}
	return two > 0 && 2*two >= min(n, bilingualSample)
}

func isLatinLetter(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

// englishText reports a text of English words: at least two words, or
// one word of four letters or more; an identifier or a code is not a
// translation.
func englishText(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	if len(words) >= 2 {
		return true
	}
	return len(words) == 1 && len(words[0]) >= 4 && strings.ToLower(words[0][1:]) == words[0][1:]
}

// trimSeparators drops the separators between the two languages:
// spaces, slashes, pipes, dashes and brackets (ASCII and full-width).
func trimSeparators(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("/|-–—:：;；,，、", r)
	})
	for _, p := range [][2]string{{"(", ")"}, {"（", "）"}, {"[", "]"}, {"【", "】"}} {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) {
			s = strings.TrimSpace(s[len(p[0]) : len(s)-len(p[1])])
		} else {
			s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(s, p[0]), p[1]))
		}
	}
	return s
}

// latinLead reports a Chinese text that starts with a Latin word and has
// Han after it only ("IP 不在白名单"): a Chinese sentence about a Latin
// name, still one language, unlike "请检查appKey参数".
func latinLead(han string) bool {
	i := strings.IndexFunc(han, func(r rune) bool { return unicode.Is(unicode.Han, r) })
	return i > 0 && !strings.ContainsFunc(han[i:], isLatinLetter)
}

// cjkPunct reports CJK and full-width punctuation ("。", "）", "！").
func cjkPunct(r rune) bool {
	return r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xff0f || r >= 0xff1a && r <= 0xff20 || r == 0xff09
}

// mixedScripts reports a text with both an ASCII letter and a non-ASCII
// byte: the cheap test that spares most cells the rune-by-rune split.
func mixedScripts(s string) bool {
	high, latin := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			high = true
		} else if c|0x20 >= 'a' && c|0x20 <= 'z' {
			latin = true
		}
		if high && latin {
			return true
		}
	}
	return false
}

// mostlyHan reports a Chinese text that merely quotes Latin words ("小程序
// 无该 api 权限"): more Han characters than Latin letters, and Han first.
func mostlyHan(s string) bool {
	han, latin := 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case isLatinLetter(r):
			latin++
		}
	}
	return han > 2*latin
}
