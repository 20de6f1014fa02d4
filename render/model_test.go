package render_test

import "codebook.dev/codebook/spec"

// handModels are models built by hand, for what the reader does not
// fill yet (behaviour columns, sub-codes, row variants) and for corners
// of the fallback rules; golden archives name them with "model: NAME".
var handModels = map[string]func() *spec.Spec{
	"behaviour": behaviourModel,
}

func member(value string, v int64, goName string, texts ...string) *spec.Member {
	m := &spec.Member{Value: value, Int: v, GoName: goName, Pos: spec.Pos{File: "hand.md", Line: int(10 + v%100), Col: 1}}
	for i := 0; i+1 < len(texts); i += 2 {
		m.SetText(texts[i], texts[i+1], spec.Pos{})
	}
	return m
}

// behaviourModel has every column and relation the model can hold: a
// card-payment style set with HTTP status, retryable, result and
// category columns, a sub-code, a row variant, extra columns and ranges;
// a Chinese-only set; a set with no text but a range; a string set with
// a blank translation; and a payload of every JSON type.
func behaviourModel() *spec.Spec {
	declined := member("40001", 40001, "Declined", "en", "Card declined", "zh", "卡被拒绝")
	declined.Behaviour = spec.Behaviour{HTTPStatus: 402, Retryable: spec.No, Result: spec.ResultFailure, Category: "Card"}
	declined.Attrs = []spec.Attr{{Name: "Advice", Value: "Ask for another card"}, {Name: "处理建议", Value: "请换卡"}}
	declined.Variants = []spec.Variant{{Texts: []spec.Text{{Lang: "en", Text: "Card declined by issuer"}, {Lang: "zh", Text: "发卡行拒绝"}}, Pos: spec.Pos{File: "hand.md", Line: 12, Col: 1}}}
	stolen := member("40002", 40002, "Stolen", "en", "Card reported stolen")
	stolen.Parent = "40001"
	stolen.Behaviour = spec.Behaviour{HTTPStatus: 402, Retryable: spec.No, Result: spec.ResultFailure, Category: "卡片"}
	stolen.Attrs = []spec.Attr{{Name: "Advice", Value: "Do not retry"}}
	timeout := member("50001", 50001, "Timeout", "en", "Issuer timeout", "zh", "发卡行超时")
	timeout.Behaviour = spec.Behaviour{HTTPStatus: 504, Retryable: spec.Yes, Result: spec.ResultUnknown}
	ok := member("0", 0, "Approved", "en", "Approved", "zh", "成功")
	ok.Success = true
	ok.Behaviour = spec.Behaviour{HTTPStatus: 200, Result: spec.ResultSuccess}
	card := &spec.Set{
		Name: "CardResult", Key: "resultCode", Kind: spec.Int, Doc: "Card results", Errors: true,
		Members: []*spec.Member{ok, declined, stolen, timeout},
		Ranges: []*spec.Range{
			{Pattern: "400xx", Lo: 40000, Hi: 40099, Text: map[string]string{"en": "Card problem", "zh": "卡片问题"}},
			{Pattern: "5xxxx", Lo: 50000, Hi: 59999, Text: map[string]string{"zh": "系统问题"}},
			{Pattern: "bad", Lo: 2, Hi: 1, Text: map[string]string{"en": "never used"}},
		},
		Columns: spec.Columns{HTTPStatus: true, Retryable: true, Result: true, Category: true},
		Pos:     spec.Pos{File: "hand.md", Line: 3, Col: 1},
	}
	chinese := &spec.Set{
		Name: "RiskLevel", Key: "riskLevel", Kind: spec.Int,
		Members: []*spec.Member{member("1", 1, "Low", "zh", "低风险"), member("2", 2, "High", "zh", "高风险")},
		Pos:     spec.Pos{File: "hand.md", Line: 30, Col: 1},
	}
	silent := &spec.Set{
		Name: "Channel", Key: "channel", Kind: spec.Int,
		Members: []*spec.Member{member("7", 7, "Code7"), member("8", 8, "Code8")},
		Ranges:  []*spec.Range{{Pattern: "0-9", Lo: 0, Hi: 9, Text: map[string]string{"en": "Channel code"}}},
		Pos:     spec.Pos{File: "hand.md", Line: 40, Col: 1},
	}
	status := &spec.Set{
		Name: "Settlement", Key: "settlement", Kind: spec.String,
		Members: []*spec.Member{member("S", 0, "Settled", "en", "settled", "zh", "已结算"), member("U", 0, "Unsettled", "en", "unsettled", "zh", " ")},
		Pos:     spec.Pos{File: "hand.md", Line: 50, Col: 1},
	}
	pay := &spec.Payload{
		Name: "CardCallback",
		Fields: []*spec.Field{
			{Name: "resultCode", GoName: "ResultCode", Type: "integer", Set: "CardResult", Example: "40001"},
			{Name: "settlement", GoName: "Settlement", Type: "string", Set: "Settlement", Example: `"S"`},
			{Name: "amount", GoName: "Amount", Type: "number", Example: "12.5"},
			{Name: "captured", GoName: "Captured", Type: "boolean", Example: "true"},
			{Name: "meta", GoName: "Meta", Type: "object", Example: `{"a":1}`},
			{Name: "tags", GoName: "Tags", Type: "array", Example: `["x"]`},
			{Name: "note", GoName: "Note", Type: "null", Example: "null"},
			{Name: "x-trace-id", GoName: "XTraceID", Type: "string", Example: `"t1"`},
			// Examples whose JSON type is not the set's: a quoted
			// integer code, a number for a string set.
			{Name: "quotedCode", GoName: "QuotedCode", Type: "string", Set: "CardResult", Example: `"40001"`},
			{Name: "settlementNo", GoName: "SettlementNo", Type: "integer", Set: "Settlement", Example: "7"},
		},
		Example: "{\n  \"resultCode\": 40001,\n  \"settlement\": \"S\",\n  \"amount\": 12.5,\n  \"captured\": true,\n  \"meta\": {\"a\":1},\n  \"tags\": [\"x\"],\n  \"note\": null,\n  \"x-trace-id\": \"t1\",\n  \"quotedCode\": \"40001\",\n  \"settlementNo\": 7\n}",
		Pos:     spec.Pos{File: "hand.md", Line: 60, Col: 1},
	}
	return &spec.Spec{Sets: []*spec.Set{card, chinese, silent, status}, Payloads: []*spec.Payload{pay}}
}
