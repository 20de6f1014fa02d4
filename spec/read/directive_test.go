package read

import (
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
)

func mustRead(t *testing.T, doc string) (*spec.Spec, spec.Diags) {
	t.Helper()
	s, diags := resolved(Source("in.md", []byte(doc)))
	if s == nil {
		t.Fatal("nil spec")
	}
	return s, diags
}

// Directives that the JSON schema does not show: success and errors.
func TestDirectiveSuccessErrors(t *testing.T) {
	s, diags := mustRead(t, `<!-- codebook: success=7 errors=false -->
| Error Code | Message |
|---|---|
| 7 | Done |
| 8 | Failed |

<!-- codebook: success=none errors=true -->
| statusCode | Message |
|---|---|
| 1 | Success |
`)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	ec, sc := s.Set("ErrorCode"), s.Set("StatusCode")
	if ec.Errors || ec.Success() == nil || ec.Success().Value != "7" {
		t.Errorf("ErrorCode errors=%v success=%+v", ec.Errors, ec.Success())
	}
	if !sc.Errors || sc.Success() != nil {
		t.Errorf("StatusCode errors=%v success=%+v", sc.Errors, sc.Success())
	}
}

func TestErrorsInference(t *testing.T) {
	s, _ := mustRead(t, `| responseCode | responseMessage |
|---|---|
| 1 | Refund is processing |

| 失败码 | 说明 |
|---|---|
| 2 | 失败 |

| Status | Message |
|---|---|
| OK | Success |
`)
	for name, want := range map[string]bool{"ResponseCode": false, "FailedCode": true, "Status": true} {
		if set := s.Set(name); set == nil || set.Errors != want {
			t.Errorf("%s: %+v, want errors=%v", name, set, want)
		}
	}
}

func TestDirectiveLangAndDoc(t *testing.T) {
	s, diags := mustRead(t, `## 错误码 Error codes

<!-- codebook: lang=zh,en -->
| code | a | b |
|---|---|---|
| 1 | 好 | Good |
`)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	set := s.Sets[0]
	m := set.Members[0]
	if set.Doc != "错误码 Error codes" || m.Text("zh") != "好" || m.Text("en") != "Good" || m.GoName != "Good" {
		t.Errorf("doc %q member %+v", set.Doc, m)
	}
	if p, _ := m.Row("zh"); p != (spec.Pos{File: "in.md", Line: 6, Col: 1}) {
		t.Errorf("texts = %v", m.Texts)
	}
}

func TestDirectiveWords(t *testing.T) {
	_, diags := mustRead(t, `<!-- codebook: name="Code" split=yes ignore=both payload=lower -->
| code | message |
|---|---|
| 1 | One |
`)
	var msgs []string
	for _, d := range diags.Errors() {
		msgs = append(msgs, d.Msg)
	}
	got := strings.Join(msgs, "\n")
	for _, want := range []string{"split takes no value", `ignore="both"`, `payload="lower"`} {
		if !strings.Contains(got, want) {
			t.Errorf("errors lack %q:\n%s", want, got)
		}
	}
}
