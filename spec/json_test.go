package spec

import (
	"encoding/json"
	"testing"
)

func TestMarshalJSON(t *testing.T) {
	p := func(line int) Pos { return Pos{File: "a.md", Line: line, Col: 1} }
	s := &Spec{
		Sets: []*Set{{
			Name: "FailedCode", Key: "failedCode", Kind: Int, Pos: p(1),
			Members: []*Member{{
				Value: "-10001", Int: -10001, GoName: "Limit", Pos: p(3),
				Texts: []Text{{Lang: "en", Text: "<Limit> & more"}, {Lang: "zh", Text: "超限"}},
				Attrs: []Attr{{Name: "z", Value: "1"}, {Name: "a", Value: "2"}},
			}},
			Ranges: []*Range{{Pattern: "-100xx", Lo: -10099, Hi: -10000, Text: map[string]string{}, Pos: p(4)}},
		}, {
			Name: "Status", Key: "status", Kind: String, Pos: p(6),
			Members: []*Member{{Value: "00", Symbol: "OK", GoName: "OK", Pos: p(8), Texts: []Text{{Lang: "en", Text: "bad \xff"}}}},
		}},
		Payloads: []*Payload{{Name: "Event", Pos: p(10), Fields: []*Field{
			{Name: "failedCode", Type: "integer", Set: "FailedCode"}, {Name: "x", Type: "null"},
		}}},
	}
	diags := Diags{
		{Pos: p(2), Severity: Warning, Msg: "a \"quoted\" warning"},
		{Pos: p(5), Severity: Error, Msg: "an error is not a warning"},
	}
	got, err := MarshalJSON(s, diags)
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "sets": [
    {
      "name": "FailedCode",
      "key": "failedCode",
      "kind": "int",
      "members": [
        {
          "value": -10001,
          "name": "",
          "goName": "Limit",
          "text": {
            "en": "<Limit> & more",
            "zh": "超限"
          },
          "attrs": {
            "z": "1",
            "a": "2"
          },
          "behaviour": {},
          "parent": "",
          "variants": [],
          "pos": "a.md:3:1"
        }
      ],
      "columns": [],
      "ranges": [
        {
          "pattern": "-100xx",
          "lo": -10099,
          "hi": -10000,
          "text": {},
          "pos": "a.md:4:1"
        }
      ],
      "pos": "a.md:1:1"
    },
    {
      "name": "Status",
      "key": "status",
      "kind": "string",
      "members": [
        {
          "value": "00",
          "name": "OK",
          "goName": "OK",
          "text": {
            "en": "bad \ufffd"
          },
          "attrs": {},
          "behaviour": {},
          "parent": "",
          "variants": [],
          "pos": "a.md:8:1"
        }
      ],
      "columns": [],
      "ranges": [],
      "pos": "a.md:6:1"
    }
  ],
  "payloads": [
    {
      "name": "Event",
      "fields": [
        {
          "name": "failedCode",
          "type": "integer",
          "set": "FailedCode"
        },
        {
          "name": "x",
          "type": "null",
          "set": ""
        }
      ],
      "pos": "a.md:10:1"
    }
  ],
  "errors": [
    {
      "pos": "a.md:5:1",
      "msg": "an error is not a warning"
    }
  ],
  "warnings": [
    {
      "pos": "a.md:2:1",
      "msg": "a \"quoted\" warning"
    }
  ]
}
`
	if string(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	again, _ := MarshalJSON(s, diags)
	if string(again) != string(got) {
		t.Error("not deterministic")
	}
}

func TestMarshalJSONEmpty(t *testing.T) {
	got, err := MarshalJSON(&Spec{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string][]any
	if err := json.Unmarshal(got, &v); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"sets", "payloads", "warnings"} {
		if a, ok := v[k]; !ok || a == nil || len(a) != 0 {
			t.Errorf("%s = %v, want []", k, a)
		}
	}
}
