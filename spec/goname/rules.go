package goname

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// initialisms are written in upper case inside identifiers, as Go code
// review asks (ServeHTTP, not ServeHttp). The list is golint's plus the
// payment-provider words that appear in real documents (OPI, SMS, OTP).
var initialisms = map[string]bool{
	"ACL": true, "API": true, "ASCII": true, "CPU": true, "CSS": true,
	"DNS": true, "EOF": true, "GUID": true, "HTML": true, "HTTP": true,
	"HTTPS": true, "ID": true, "IP": true, "JSON": true, "LHS": true,
	"QPS": true, "RAM": true, "RHS": true, "RPC": true, "SLA": true,
	"SMTP": true, "SQL": true, "SSH": true, "TCP": true, "TLS": true,
	"TTL": true, "UDP": true, "UI": true, "UID": true, "UUID": true,
	"URI": true, "URL": true, "UTF8": true, "VM": true, "XML": true,
	"XMPP": true, "XSRF": true, "XSS": true,
	"OPI": true, "SMS": true, "OTP": true, "KYC": true, "OTC": true,
}

// Words splits s into words at every character that is not an ASCII
// letter or digit, at lower→upper case changes (appId → app Id), at the
// end of an upper-case run followed by a lower-case letter
// (HTTPStatus → HTTP Status), and between letters and digits.
//
// Only ASCII survives: a Go identifier must start with an upper-case
// letter to be exported, and Han script has no case, so a name that
// started with a Han character could never be exported. Non-ASCII text
// (and invalid UTF-8) separates words instead.
func Words(s string) []string {
	var words []string
	start := -1
	flush := func(end int) {
		if start >= 0 && end > start {
			words = append(words, s[start:end])
		}
		start = -1
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isAlnum(c) {
			flush(i)
			continue
		}
		if start < 0 {
			start = i
			continue
		}
		p := s[i-1]
		switch {
		case isLower(p) && isUpper(c),
			isDigit(p) != isDigit(c):
			flush(i)
			start = i
		case isUpper(p) && isUpper(c) && i+1 < len(s) && isLower(s[i+1]):
			flush(i)
			start = i
		}
	}
	flush(len(s))
	return words
}

// MaxLen caps the length of a name made from spec text. A table cell
// can be a paragraph (or a megabyte): its first sentence still names the
// member, cut after the last whole word that fits. The wordiest name of
// the real documents seen so far has 51 characters
// (TheOriginalTransactionChannelNotSupportPartialRefund), and keeping
// those whole matters more than a shorter cap: a cut that drops
// "Partial" makes two codes collide.
const MaxLen = 64

// Pascal joins words into an exported identifier: initialisms in upper
// case, every other word capitalised and the rest of it in lower case
// (SUCCESS → Success, appId → AppID). It stops before the first word
// that would take the name past MaxLen; a first word longer than that
// is cut. It returns "" for no words.
func Pascal(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if b.Len()+len(w) > MaxLen {
			if b.Len() == 0 {
				w = w[:MaxLen]
			} else {
				break
			}
		}
		u := strings.ToUpper(w)
		if initialisms[u] {
			b.WriteString(u)
			continue
		}
		b.WriteString(u[:1])
		b.WriteString(strings.ToLower(w[1:]))
	}
	return b.String()
}

// Type names a code set or payload from its wire key or header text
// (failedCode → FailedCode, "Error Code" → ErrorCode). A key that gives
// no letters, or starts with a digit, is prefixed with "Code".
func Type(key string) string {
	name := Pascal(Words(key))
	if name == "" || isDigit(name[0]) {
		name = "Code" + name
	}
	return name
}

// Field names a payload struct field from its JSON key (mchOrderId →
// MchOrderID), with the same rules as Type.
func Field(key string) string { return Type(key) }

// Const is the constant for a member: the type name, then the member
// name (ErrorCode + SignError). The type prefix keeps constants of
// different sets apart in one package, as stringer users expect.
//
// Words the member name repeats from the end of the type name are
// written once, so the constant does not stutter: ErrorCode + Code21401
// is ErrorCode21401, DeliveryError + ErrorTimeout is
// DeliveryErrorTimeout. A member name that is only those words keeps
// them (DeliveryError + Error), since the constant would otherwise be
// the type's own name.
func Const(typeName, member string) string {
	return typeName + member[stutter(typeName, member):]
}

// stutter returns the length of the longest run of whole leading words
// of member that are also the last words of typeName and leave at least
// one word of member; 0 when there is none.
func stutter(typeName, member string) int {
	best := 0
	for i := 1; i < len(member); i++ {
		if wordStart(member, i) && strings.HasSuffix(typeName, member[:i]) && wordStart(typeName, len(typeName)-i) {
			best = i
		}
	}
	return best
}

// wordStart reports whether a word of the identifier s starts at byte i,
// as Words splits it.
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	if i >= len(s) {
		return false
	}
	p, c := s[i-1], s[i]
	switch {
	case isLower(p) && isUpper(c), isDigit(p) != isDigit(c):
		return true
	case isUpper(p) && isUpper(c) && i+1 < len(s) && isLower(s[i+1]):
		return true
	}
	return false
}

// IsToken reports a string code that is a word rather than a number: it
// starts with a letter and holds no digit (PENDING, DO_NOT_HONOUR). Such
// a code is its own symbolic name; a code with digits (E1001, PAY-404,
// MC999) is a number in letters' clothing and is named from its text,
// like a numeric code.
func IsToken(value string) bool {
	if value == "" || !isUpper(value[0]) && !isLower(value[0]) {
		return false
	}
	for i := 0; i < len(value); i++ {
		if isDigit(value[i]) {
			return false
		}
	}
	return true
}

// SymbolPrefix returns the namespace token to drop from a set's symbolic
// names: the first "_"-separated token, when every symbol of two or more
// tokens shares it and at least two do (OPI_SIGN_ERROR, OPI_MCH_ERROR →
// "OPI_"). The type name already says whose codes they are, so
// ErrorCodeSignError reads better than ErrorCodeOPISignError. Symbols of
// one token (SUCCESS) neither count nor block.
func SymbolPrefix(symbols []string) string {
	prefix, n := "", 0
	for _, s := range symbols {
		i := strings.IndexByte(s, '_')
		if i <= 0 || i == len(s)-1 {
			continue
		}
		p := s[:i+1]
		if prefix == "" {
			prefix = p
		} else if p != prefix {
			return ""
		}
		n++
	}
	if n < 2 {
		return ""
	}
	return prefix
}

// FromSymbol names a member from its symbolic name, after dropping the
// set's namespace prefix (see SymbolPrefix): OPI_MCH_IP_ERROR → MchIPError.
func FromSymbol(symbol, prefix string) string {
	name := Pascal(Words(strings.TrimPrefix(symbol, prefix)))
	if name == "" {
		name = Pascal(Words(symbol))
	}
	return lead(name)
}

// FromText names a member from its English text: the first sentence only
// (the rest is advice that changes between revisions), every word kept
// (Refund is processing → RefundIsProcessing). It returns "" when the
// text has no ASCII letters or digits.
func FromText(text string) string {
	return lead(Pascal(Words(FirstSentence(text))))
}

// FirstSentence returns text up to the first full stop, question or
// exclamation mark that ends a sentence (followed by a space or the
// end), in ASCII or full width.
func FirstSentence(text string) string {
	for i, r := range text {
		switch r {
		case '.', '!', '?':
			rest := text[i+1:]
			if rest == "" || rest[0] == ' ' {
				return text[:i]
			}
		case '。', '！', '？':
			return text[:i]
		}
	}
	return text
}

// FromValue names a member from its code when nothing better is given:
// a token code keeps its words (PENDING → Pending, MC999 → Mc999), a
// numeric code becomes Code21401, a negative one CodeNeg10001, and a
// code with leading zeros keeps them (00 → Code00).
func FromValue(value string) string {
	if v := strings.TrimPrefix(value, "-"); v != "" && allDigits(v) {
		if v != value {
			return "CodeNeg" + v
		}
		return "Code" + v
	}
	return lead(Pascal(Words(value)))
}

// Suffix is what Unique appends to a colliding name: the code itself,
// so the name says which row it came from (RequestTimestampError21009).
func Suffix(value string) string {
	if v := strings.TrimPrefix(value, "-"); v != "" && allDigits(v) {
		if v != value {
			return "Neg" + v
		}
		return v
	}
	return Pascal(Words(value))
}

// Unique makes names unique in order: the first holder of a name keeps
// it, a later one gets its value appended (see Suffix), then a counter
// if that is taken too. It returns the resolved names and, for each
// renamed index, the index of the member that kept the name.
func Unique(names, values []string) (out []string, renamed map[int]int) {
	out = make([]string, len(names))
	owner := make(map[string]int, len(names))
	for i, n := range names {
		if _, taken := owner[n]; !taken {
			owner[n] = i
		}
	}
	for i, n := range names {
		if owner[n] == i {
			out[i] = n
			continue
		}
		if renamed == nil {
			renamed = map[int]int{}
		}
		renamed[i] = owner[n]
		cand := n + Suffix(values[i])
		for k := 2; ; k++ {
			if _, taken := owner[cand]; !taken {
				break
			}
			cand = n + Suffix(values[i]) + strconv.Itoa(k)
		}
		owner[cand] = i
		out[i] = cand
	}
	return out, renamed
}

// IsExported reports whether name is a valid exported Go identifier made
// of ASCII letters and digits, as every name from this package is.
func IsExported(name string) bool {
	if name == "" || !isUpper(name[0]) {
		return false
	}
	for i := 0; i < len(name); i++ {
		if !isAlnum(name[i]) {
			return false
		}
	}
	return true
}

// lead makes sure a name starts with a letter: a name from text that
// begins with a digit ("60 days ago") is prefixed with "Code".
func lead(name string) string {
	if name != "" && isDigit(name[0]) {
		return "Code" + name
	}
	return name
}

// HasHan reports whether s contains a Han character; the reader uses it
// to tell Chinese text from English.
func HasHan(s string) bool {
	// ASCII bytes are never Han: most texts of English tables end at
	// the byte scan, without decoding a rune.
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	s = s[i:]
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		if unicode.Is(unicode.Han, r) {
			return true
		}
		s = s[size:]
	}
	return false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool { return isDigit(c) || isUpper(c) || isLower(c) }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }
func isLower(c byte) bool { return 'a' <= c && c <= 'z' }
