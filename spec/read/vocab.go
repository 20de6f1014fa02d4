package read

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
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
	// roleParam marks the headers of tables that are not code tables
	// (parameter and field lists, changelogs): such a column is never
	// a key, and a table that has one and no key header is skipped.
	roleParam
)

// behaviour is the behaviour field an attribute column fills.
type behaviour int

const (
	behNone behaviour = iota
	behHTTP
	behRetry
	behResult
	behCategory
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
	// beh is the behaviour an attribute column fills (HTTP status,
	// retryable, result status, category).
	beh behaviour
	// sub marks a key column of sub-codes (sub_code, 子错误码): its
	// codes refine the main code of the same row.
	sub bool
	// remark marks a notes column: in Chinese beside English-only texts
	// it gives the Chinese text.
	remark bool
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
	// Pages that list the successful and the failing statuses apart.
	"正常状态码": {role: roleKey, key: "statusCode", name: "StatusCode"},
	"成功状态码": {role: roleKey, key: "statusCode", name: "StatusCode"},
	"错误状态码": {role: roleKey, key: "statusCode", name: "StatusCode"},
	"异常状态码": {role: roleKey, key: "statusCode", name: "StatusCode"},
	// Two English words ("Status Code"): the key the identifier would be.
	"statuscode":   {role: roleKey, key: "statusCode", name: "StatusCode"},
	"returncode":   {role: roleKey, key: "returnCode", name: "ReturnCode"},
	"resultcode":   {role: roleKey, key: "resultCode", name: "ResultCode"},
	"responsecode": {role: roleKey, key: "responseCode", name: "ResponseCode"},
	"reasoncode":   {role: roleKey, key: "reasonCode", name: "ReasonCode"},
	"响应码":          {role: roleKey, key: "responseCode", name: "ResponseCode"},
	"交易状态":         {role: roleKey, key: "transactionStatus", name: "TransactionStatus"},
	"订单状态":         {role: roleKey, key: "orderStatus", name: "OrderStatus"},
	"状态":           {role: roleKey, key: "status", name: "Status"},
	"失败码":          {role: roleKey, key: "failedCode", name: "FailedCode"},
	"失败代码":         {role: roleKey, key: "failedCode", name: "FailedCode"},
	"结果码":          {role: roleKey, key: "resultCode", name: "ResultCode"},
	"应答码":          {role: roleKey, key: "responseCode", name: "ResponseCode"},
	"业务错误码":        {role: roleKey, key: "code", name: "ErrorCode"},
	"错误码值":         {role: roleKey, key: "code", name: "ErrorCode"},
	"代码":           {role: roleKey, key: "code", name: "Code"},
	"value":        {role: roleKey, key: "value", name: "Value"},
	"取值":           {role: roleKey, key: "value", name: "Value"},
	"枚举值":          {role: roleKey, key: "value", name: "Value"},
	"编码":           {role: roleKey, key: "code", name: "Code"},
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
	"名称":             {role: roleSymbol},
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
	"detail":             {role: roleText},
	"details":            {role: roleText},
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
	"定义":                 {role: roleText},
	"释义":                 {role: roleText},
	"definition":         {role: roleText},
	"信息":                 {role: roleText},
	"消息":                 {role: roleText},
	"原因":                 {role: roleText},
	"英文描述":               {role: roleText, lang: "en"},
	"英文说明":               {role: roleText, lang: "en"},
	"英文信息":               {role: roleText, lang: "en"},
	"中文描述":               {role: roleText, lang: "zh"},
	"中文说明":               {role: roleText, lang: "zh"},
	"中文信息":               {role: roleText, lang: "zh"},
	"中文":                 {role: roleText, lang: "zh"},
	"英文":                 {role: roleText, lang: "en"},
	"english":            {role: roleText, lang: "en"},
	"chinese":            {role: roleText, lang: "zh"},
	// Extra columns that only look like keys or texts.
	"处理建议":       {role: roleAttr},
	"解决方案":       {role: roleAttr},
	"解决办法":       {role: roleAttr},
	"排查建议":       {role: roleAttr},
	"建议":         {role: roleAttr},
	"备注":         {role: roleAttr, remark: true},
	"solution":   {role: roleAttr},
	"suggestion": {role: roleAttr},
	"remark":     {role: roleAttr, remark: true},
	"remarks":    {role: roleAttr, remark: true},
	"note":       {role: roleAttr},
	"notes":      {role: roleAttr},
	"action":     {role: roleAttr},
	"resolution": {role: roleAttr},
	// Behaviour columns: English and Chinese headers of the same column
	// fill the same field.
	"httpstatus":     {role: roleAttr, beh: behHTTP},
	"httpstatuscode": {role: roleAttr, beh: behHTTP},
	"httpcode":       {role: roleAttr, beh: behHTTP},
	"http":           {role: roleAttr, beh: behHTTP},
	"http状态码":        {role: roleAttr, beh: behHTTP},
	"http状态":         {role: roleAttr, beh: behHTTP},
	"http返回码":        {role: roleAttr, beh: behHTTP},
	"http响应码":        {role: roleAttr, beh: behHTTP},
	"retryable":      {role: roleAttr, beh: behRetry},
	"retry":          {role: roleAttr, beh: behRetry},
	"weretry":        {role: roleAttr, beh: behRetry},
	"willretry":      {role: roleAttr, beh: behRetry},
	"retried":        {role: roleAttr, beh: behRetry},
	"autoretry":      {role: roleAttr, beh: behRetry},
	"safetoretry":    {role: roleAttr, beh: behRetry},
	"retriable":      {role: roleAttr, beh: behRetry},
	"canretry":       {role: roleAttr, beh: behRetry},
	"可重试":            {role: roleAttr, beh: behRetry},
	"是否可重试":          {role: roleAttr, beh: behRetry},
	"是否重试":           {role: roleAttr, beh: behRetry},
	"能否重试":           {role: roleAttr, beh: behRetry},
	"重试":             {role: roleAttr, beh: behRetry},
	"retrypolicy":    {role: roleAttr, beh: behRetry},
	"重试策略":           {role: roleAttr, beh: behRetry},
	"可重发":            {role: roleAttr, beh: behRetry},
	"是否可重发":          {role: roleAttr, beh: behRetry},
	"可重新发起":          {role: roleAttr, beh: behRetry},
	"resend":         {role: roleAttr, beh: behRetry},
	"canresend":      {role: roleAttr, beh: behRetry},
	"result":         {role: roleAttr, beh: behResult},
	"resultstatus":   {role: roleAttr, beh: behResult},
	"结果":             {role: roleAttr, beh: behResult},
	"处理结果":           {role: roleAttr, beh: behResult},
	"结果状态":           {role: roleAttr, beh: behResult},
	"交易结果":           {role: roleAttr, beh: behResult},
	"category":       {role: roleAttr, beh: behCategory},
	"type":           {role: roleAttr, beh: behCategory},
	"errortype":      {role: roleAttr, beh: behCategory},
	"group":          {role: roleAttr, beh: behCategory},
	"module":         {role: roleAttr, beh: behCategory},
	"分类":             {role: roleAttr, beh: behCategory},
	"类别":             {role: roleAttr, beh: behCategory},
	"类型":             {role: roleAttr, beh: behCategory},
	"错误类型":           {role: roleAttr, beh: behCategory},
	"错误分类":           {role: roleAttr, beh: behCategory},
	"模块":             {role: roleAttr, beh: behCategory},
	"分组":             {role: roleAttr, beh: behCategory},
	// Headers of tables that are not code tables.
	"parameter":     {role: roleParam},
	"parameters":    {role: roleParam},
	"param":         {role: roleParam},
	"parametername": {role: roleParam},
	"field":         {role: roleParam},
	"fieldname":     {role: roleParam},
	"property":      {role: roleParam},
	"required":      {role: roleParam},
	"mandatory":     {role: roleParam},
	"version":       {role: roleParam},
	"date":          {role: roleParam},
	"releasedate":   {role: roleParam},
	"changes":       {role: roleParam},
	"changelog":     {role: roleParam},
	"datatype":      {role: roleParam},
	"maxlength":     {role: roleParam},
	"length":        {role: roleParam},
	"default":       {role: roleParam},
	"defaultvalue":  {role: roleParam},
	"example":       {role: roleParam},
	"参数":            {role: roleParam},
	"参数名":           {role: roleParam},
	"参数名称":          {role: roleParam},
	"字段":            {role: roleParam},
	"字段名":           {role: roleParam},
	"字段名称":          {role: roleParam},
	"是否必填":          {role: roleParam},
	"是否必须":          {role: roleParam},
	"必填":            {role: roleParam},
	"必选":            {role: roleParam},
	"版本":            {role: roleParam},
	"版本号":           {role: roleParam},
	"日期":            {role: roleParam},
	"更新日期":          {role: roleParam},
	"发布日期":          {role: roleParam},
	"更新内容":          {role: roleParam},
	"变更内容":          {role: roleParam},
	"长度":            {role: roleParam},
	"最大长度":          {role: roleParam},
	"默认值":           {role: roleParam},
	"示例":            {role: roleParam},
	"示例值":           {role: roleParam},
	"数据类型":          {role: roleParam},
	// Sub-code columns (a main code refined by sub-codes).
	"subcode":        {role: roleKey, key: "sub_code", name: "SubCode", sub: true},
	"suberrorcode":   {role: roleKey, key: "sub_code", name: "SubCode", sub: true},
	"子错误码":           {role: roleKey, key: "sub_code", name: "SubCode", sub: true},
	"子码":             {role: roleKey, key: "sub_code", name: "SubCode", sub: true},
	"子返回码":           {role: roleKey, key: "sub_code", name: "SubCode", sub: true},
	"明细错误码":          {role: roleKey, key: "sub_code", name: "SubCode", sub: true},
	"附加码":            {role: roleKey, key: "additional_code", name: "AdditionalCode", sub: true},
	"应答附加码":          {role: roleKey, key: "additional_code", name: "AdditionalCode", sub: true},
	"additionalcode": {role: roleKey, key: "additional_code", name: "AdditionalCode", sub: true},
	"submsg":         {role: roleText},
	"submessage":     {role: roleText},
	"子错误描述":          {role: roleText},
	"子错误信息":          {role: roleText},
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
	if t, ok := classified.Load(header); ok {
		return t.(term)
	}
	t := classifyHeader(header)
	if classifiedN.Add(1) <= maxClassified {
		classified.Store(header, t)
	}
	return t
}

// classified caches classify: a table's headers are classified several
// times (header detection, sub-code repair, column roles) and pages
// repeat their headers. The cache stops growing at maxClassified
// entries, so hostile input cannot grow it without bound.
var (
	classified    sync.Map // string → term
	classifiedN   atomic.Int64
	maxClassified int64 = 4096
)

func classifyHeader(header string) term {
	// "状态码范围", "Code range": the ranges of the codes the stem names,
	// read into that set.
	if stem := rangeStem(header); stem != "" {
		if t := classify(stem); t.role == roleKey {
			return t
		}
	}
	ascii, han := splitScripts(header)
	// A header that holds one ASCII identifier names the wire key as
	// written (error_code stays error_code, resultCode stays
	// resultCode): normalising it to a synonym would merge it into
	// another set and unlink the payload field that carries it.
	if ident := identifier(ascii); ident != "" && isKeyWord(ident) {
		t := vocabulary[normHeader(ident)]
		if t.role != roleKey {
			t = term{role: roleKey}
		}
		t.key, t.name = wireKey(ident), ident
		return t
	}
	if t, ok := vocabulary[normHeader(header)]; ok {
		return t
	}
	if ascii != "" {
		if t, ok := vocabulary[normHeader(ascii)]; ok {
			return t
		}
		if ident := identifier(ascii); ident != "" {
			switch lastWord(ident) {
			case "message", "msg", "desc", "description", "text", "reason":
				return term{role: roleText}
			}
		}
	}
	if han != "" {
		if t, ok := vocabulary[han]; ok {
			return t
		}
		if ident := identifier(ascii); ident != "" && valueWords[han] {
			// "stat 值", "result_code 取值": the values of a wire field.
			return term{role: roleKey, key: wireKey(ident), name: ident}
		}
		short := utf8.RuneCountInString(han) <= maxHeaderRunes
		for _, suf := range []string{"码", "代码", "编码", "状态"} {
			if short && strings.HasSuffix(han, suf) {
				return term{role: roleKey, key: han, name: han}
			}
		}
		for _, suf := range []string{"字段", "参数", "参数名", "字段名"} {
			if short && strings.HasSuffix(han, suf) {
				return term{role: roleParam}
			}
		}
		for _, suf := range []string{"信息", "说明", "描述", "提示", "提示语", "消息", "含义", "原因"} {
			if short && strings.HasSuffix(han, suf) {
				return term{role: roleText}
			}
		}
	}
	return term{}
}

// maxHeaderRunes bounds a Chinese header read by its last word: "快递公司
// 编码" names a column, "调用快递公司列表接口获取支持的编码" is a sentence in
// a cell.
const maxHeaderRunes = 8

// valueWords follow a field name in a header over that field's values.
var valueWords = map[string]bool{"值": true, "取值": true, "枚举值": true, "可选值": true, "状态值": true}

// rangeStem returns the header before a trailing range word, or "".
func rangeStem(h string) string {
	for _, suf := range []string{"范围", "区间", " range", " Range", " ranges", " Ranges"} {
		if stem, ok := strings.CutSuffix(h, suf); ok {
			return strings.TrimSpace(stem)
		}
	}
	return ""
}

// isKeyWord reports an identifier that names a code: its last word is
// code, status or state (error_code, resultCode, sub_code, errcode).
func isKeyWord(ident string) bool {
	if t, ok := vocabulary[normHeader(ident)]; ok {
		return t.role == roleKey
	}
	switch lastWord(ident) {
	case "code", "status", "state":
		return true
	}
	return false
}

// splitScripts returns the ASCII words and the non-ASCII letters of a
// header separately: "transactionStatus 交易状态" → "transactionStatus",
// "交易状态".
func splitScripts(h string) (ascii, other string) {
	var a, o strings.Builder
	for _, r := range h {
		switch {
		case r < 0x80 && (r == '_' || r == ' ' || r == '-' || r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r))):
			a.WriteRune(r)
		case r < 0x80:
			a.WriteByte(' ')
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
