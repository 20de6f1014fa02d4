package read

import (
	"os"
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
)

// TestSeed is the acceptance test of issue 2: the seed document, as
// captured, read with no configuration.
func TestSeed(t *testing.T) {
	s, diags := resolved(Files("../opi.md"))
	if diags.HasErrors() {
		t.Fatalf("errors:\n%v", diags.Errors())
	}
	want := []struct {
		name, key string
		kind      spec.Kind
		errors    bool
		n         int
		first     string
		last      string
	}{
		{"ErrorCode", "code", spec.Int, true, 18, "10000", "21016"},
		{"ResponseCode", "responseCode", spec.Int, false, 15, "21401", "21505"},
		{"FailedCode", "failedCode", spec.Int, true, 11, "-10000", "-10010"},
		{"TransactionStatus", "transactionStatus", spec.String, false, 3, "PENDING", "FAILED"},
	}
	if len(s.Sets) != len(want) {
		t.Fatalf("got %d sets, want %d", len(s.Sets), len(want))
	}
	for i, w := range want {
		set := s.Sets[i]
		if set.Name != w.name || set.Key != w.key || set.Kind != w.kind || set.Errors != w.errors ||
			len(set.Members) != w.n || set.Members[0].Value != w.first || set.Members[w.n-1].Value != w.last {
			t.Errorf("set %d = %s key=%s kind=%v errors=%v n=%d; want %+v", i, set.Name, set.Key, set.Kind, set.Errors, len(set.Members), w)
		}
		for _, m := range set.Members {
			if m.Text("en") == "" {
				t.Errorf("%s %s has no English text", set.Name, m.Value)
			}
		}
	}
	ec := s.Set("ErrorCode")
	checkMember(t, ec.Member("10000"), "SUCCESS", "Success", true)
	checkMember(t, ec.Member("21000"), "OPI_GENERAL_ERROR", "GeneralError", false)
	checkMember(t, ec.Member("21016"), "OPI_MCH_IP_ERROR", "MchIPError", false)
	checkMember(t, s.Set("ResponseCode").Member("21401"), "", "RefundIsProcessing", false)
	checkMember(t, s.Set("FailedCode").Member("-10000"), "", "TransactionServiceError", false)
	if m := s.Set("FailedCode").Member("-10001"); m.Int != -10001 {
		t.Errorf("FailedCode -10001 Int = %d", m.Int)
	}
	ts := s.Set("TransactionStatus")
	for _, w := range []struct{ v, goName, en, zh string }{
		{"PENDING", "Pending", "pending", "交易中"},
		{"COMPLETED", "Completed", "transaction completed", "交易完成"},
		{"FAILED", "Failed", "transaction failed", "交易失败"},
	} {
		m := ts.Member(w.v)
		if m == nil || m.GoName != w.goName || m.Text("en") != w.en || m.Text("zh") != w.zh {
			t.Errorf("TransactionStatus %s = %+v", w.v, m)
		}
	}
	checkPayloads(t, s)
	ws := diags.Warnings()
	if len(ws) != 1 || !strings.Contains(ws[0].Msg, `"-10010"`) || !strings.Contains(ws[0].Msg, "Chinese") ||
		!strings.Contains(ws[0].Msg, "../opi.md:85:2") || ws[0].Pos.Line != 67 {
		t.Errorf("warnings = %v, want one about -10010 missing from the Chinese table", ws)
	}
}

func checkMember(t *testing.T, m *spec.Member, symbol, goName string, success bool) {
	t.Helper()
	if m == nil || m.Symbol != symbol || m.GoName != goName || m.Success != success {
		t.Errorf("member = %+v; want symbol %q goName %q success %v", m, symbol, goName, success)
	}
}

func checkPayloads(t *testing.T, s *spec.Spec) {
	t.Helper()
	if len(s.Payloads) != 2 {
		t.Fatalf("got %d payloads, want 2", len(s.Payloads))
	}
	er, df := s.Payloads[0], s.Payloads[1]
	if er.Name != "ErrorResponse" || len(er.Fields) != 2 || er.Fields[0].Set != "ErrorCode" || er.Fields[0].Type != "integer" {
		t.Errorf("payload 0 = %+v", er)
	}
	if df.Name != "DisbursementFailed" || len(df.Fields) != 11 {
		t.Fatalf("payload 1 = %+v", df)
	}
	links := map[string]string{}
	for _, f := range df.Fields {
		if f.Set != "" {
			links[f.Name] = f.Set
		}
	}
	if len(links) != 2 || links["failedCode"] != "FailedCode" || links["transactionStatus"] != "TransactionStatus" {
		t.Errorf("DisbursementFailed links = %v", links)
	}
	if f := df.Fields[1]; f.Name != "createTime" || f.Example != `"2022-01-10 17:55:45"` || f.GoName != "CreateTime" {
		t.Errorf("createTime field = %+v", f)
	}
}

// TestSourceMatchesFiles: Source and Files agree on the same bytes.
func TestSourceMatchesFiles(t *testing.T) {
	b, err := os.ReadFile("../opi.md")
	if err != nil {
		t.Fatal(err)
	}
	s1, d1 := resolved(Source("../opi.md", b))
	s2, d2 := resolved(Files("../opi.md"))
	j1, _ := spec.MarshalJSON(s1, d1)
	j2, _ := spec.MarshalJSON(s2, d2)
	if string(j1) != string(j2) {
		t.Error("Source and Files differ")
	}
}
