package read

import (
	"strings"
	"unicode"

	"codebook.dev/codebook/gen/naming"
)

// role is what a column of a table holds.
type role int

const (
	roleUnknown role = iota
	roleKey          // the code: the set's members
	roleSymbol       // the symbolic name, e.g. OPI_GENERAL_ERROR
	roleText         // the member's text in one language
	roleAttr         // anything else, kept as Member.Attrs
	roleSkip         // dropped on request (directive cols=…,skip)
)

var roleNames = map[string]role{
	"key": roleKey, "code": roleKey, "symbol": roleSymbol, "text": roleText,
	"attr": roleAttr, "skip": roleSkip,
}

// term is one entry of the header vocabulary.
type term struct {
	role role
	// key and name are the wire key and set name a key header stands
	// for: the English equivalent, so Chinese-only documents still get
	// ASCII Go names (错误码 → code, ErrorCode).
	key, name string
	// lang fixes the language of a text column (英文描述 → en).
	lang string
}

// vocabulary maps normalised headers (see normHeader) to column roles.
// It is the one place header words are known; extend it here.
var vocabulary = map[string]term{
	// Key columns with an English equivalent.
	"errorcode": {role: roleKey, key: "code", name: "ErrorCode"},
	"errcode":   {role: roleKey, key: "code", name: "ErrorCode"},
	"错误码":       {role: roleKey, key: "code", name: "ErrorCode"},
	"错误代码":      {role: roleKey, key: "code", name: "ErrorCode"},
	"错误编码":      {role: roleKey, key: "code", name: "ErrorCode"},
	"错误编号":      {role: roleKey, key: "code", name: "ErrorCode"},
	"错误code":    {role: roleKey, key: "code", name: "ErrorCode"},
	"返回码":       {role: roleKey, key: "code", name: "ErrorCode"},
	"状态码":       {role: roleKey, key: "statusCode", name: "StatusCode"},
	"响应码":       {role: roleKey, key: "responseCode", name: "ResponseCode"},
	"交易状态":      {role: roleKey, key: "transactionStatus", name: "TransactionStatus"},
	"订单状态":      {role: roleKey, key: "orderStatus", name: "OrderStatus"},
	"状态":        {role: roleKey, key: "status", name: "Status"},
	"失败码":       {role: roleKey, key: "failedCode", name: "FailedCode"},
	"失败代码":      {role: roleKey, key: "failedCode", name: "FailedCode"},
	// Symbolic names.
	"innererrorcode": {role: roleSymbol},
	"innercode":      {role: roleSymbol},
	"内部错误码":          {role: roleSymbol},
	"symbol":         {role: roleSymbol},
	"name":           {role: roleSymbol},
	"errorname":      {role: roleSymbol},
	"constant":       {role: roleSymbol},
	"enum":           {role: roleSymbol},
	"错误标识":           {role: roleSymbol},
	"错误名称":           {role: roleSymbol},
	"标识":             {role: roleSymbol},
	// Texts.
	"message":            {role: roleText},
	"msg":                {role: roleText},
	"errormessage":       {role: roleText},
	"errormsg":           {role: roleText},
	"errmsg":             {role: roleText},
	"description":        {role: roleText},
	"desc":               {role: roleText},
	"meaning":            {role: roleText},
	"reason":             {role: roleText},
	"text":               {role: roleText},
	"explanation":        {role: roleText},
	"englishdescription": {role: roleText, lang: "en"},
	"englishmessage":     {role: roleText, lang: "en"},
	"chinesedescription": {role: roleText, lang: "zh"},
	"chinesemessage":     {role: roleText, lang: "zh"},
	"错误信息":               {role: roleText},
	"错误提示":               {role: roleText},
	"错误提示语":              {role: roleText},
	"错误描述":               {role: roleText},
	"错误说明":               {role: roleText},
	"提示语":                {role: roleText},
	"提示信息":               {role: roleText},
	"说明":                 {role: roleText},
	"描述":                 {role: roleText},
	"含义":                 {role: roleText},
	"信息":                 {role: roleText},
	"消息":                 {role: roleText},
	"原因":                 {role: roleText},
	"英文描述":               {role: roleText, lang: "en"},
	"英文说明":               {role: roleText, lang: "en"},
	"英文信息":               {role: roleText, lang: "en"},
	"中文描述":               {role: roleText, lang: "zh"},
	"中文说明":               {role: roleText, lang: "zh"},
	"中文信息":               {role: roleText, lang: "zh"},
	// Extra columns that only look like keys or texts.
	"httpstatus":     {role: roleAttr},
	"httpstatuscode": {role: roleAttr},
	"httpcode":       {role: roleAttr},
	"http状态码":        {role: roleAttr},
	"处理建议":           {role: roleAttr},
	"解决方案":           {role: roleAttr},
	"建议":             {role: roleAttr},
	"备注":             {role: roleAttr},
	"solution":       {role: roleAttr},
	"suggestion":     {role: roleAttr},
	"remark":         {role: roleAttr},
	"note":           {role: roleAttr},
	"notes":          {role: roleAttr},
}

// normHeader folds a header for lookup: lower-case ASCII, no spaces,
// underscores, hyphens or markup.
func normHeader(h string) string {
	var b strings.Builder
	for _, r := range h {
		switch {
		case r == ' ' || r == '_' || r == '-' || r == '*' || r == '`' || r == '\u3000':
		case r < 0x80:
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// classify gives a header's role. Lookup order: the whole header in the
// vocabulary; an ASCII identifier inside it (错误failedCode,
// "transactionStatus 交易状态") by the vocabulary or by its last word
// (…Code, …Status → key; …Message, …Desc → text); then the Han part
// by the vocabulary or by its ending (…码, …状态 → key; …信息, …说明 →
// text). Headers that give no clue are roleUnknown.
func classify(header string) term {
	if t, ok := vocabulary[normHeader(header)]; ok {
		return t
	}
	ascii, han := splitScripts(header)
	if ascii != "" {
		if t, ok := vocabulary[normHeader(ascii)]; ok {
			return t
		}
		if ident := identifier(ascii); ident != "" {
			words := naming.Words(ident)
			switch strings.ToLower(words[len(words)-1]) {
			case "code", "status", "state":
				return term{role: roleKey, key: wireKey(ident), name: naming.Type(ident)}
			case "message", "msg", "desc", "description", "text", "reason":
				return term{role: roleText}
			}
		}
	}
	if han != "" {
		if t, ok := vocabulary[han]; ok {
			return t
		}
		for _, suf := range []string{"码", "代码", "编码", "状态"} {
			if strings.HasSuffix(han, suf) {
				return term{role: roleKey, key: han, name: naming.Type(han)}
			}
		}
		for _, suf := range []string{"信息", "说明", "描述", "提示", "提示语", "消息", "含义", "原因"} {
			if strings.HasSuffix(han, suf) {
				return term{role: roleText}
			}
		}
	}
	return term{}
}

// splitScripts returns the ASCII words and the non-ASCII letters of a
// header separately: "transactionStatus 交易状态" → "transactionStatus",
// "交易状态".
func splitScripts(h string) (ascii, other string) {
	var a, o strings.Builder
	for _, r := range h {
		switch {
		case r < 0x80:
			a.WriteRune(r)
		case unicode.IsLetter(r):
			o.WriteRune(r)
		default:
			a.WriteByte(' ')
		}
	}
	return strings.TrimSpace(a.String()), o.String()
}

// identifier returns s when it is one ASCII identifier (a wire key such
// as failedCode or transaction_status), else "".
func identifier(s string) string {
	if s == "" || !isLetter(s[0]) {
		return ""
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isLetter(c) && !isDigit(c) && c != '_' {
			return ""
		}
	}
	return s
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

// saysError reports whether a key or header names errors or failures,
// which makes the set an error set.
func saysError(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"error", "fail", "错误", "失败", "异常"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// wireKey turns a header identifier into the JSON key it most likely
// is: a capitalised word loses its capital (Code → code, ResponseCode →
// responseCode), an initialism stays (HTTPStatus).
func wireKey(ident string) string {
	if len(ident) > 1 && ident[0] >= 'A' && ident[0] <= 'Z' && ident[1] >= 'a' && ident[1] <= 'z' {
		return string(ident[0]+'a'-'A') + ident[1:]
	}
	return ident
}
