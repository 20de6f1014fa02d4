package semantics

import (
	"testing"

	"codebook.dev/codebook/spec"
)

func member(value, symbol string, texts ...string) *spec.Member {
	m := &spec.Member{Value: value, Symbol: symbol}
	langs := []string{"en", "zh"}
	for i, t := range texts {
		m.SetText(langs[i], t, spec.Pos{})
	}
	return m
}

// TestOutcomeCues: values, symbols and texts in English and Chinese
// give outcomes; negations and disagreeing cues give none.
func TestOutcomeCues(t *testing.T) {
	for _, c := range []struct {
		m    *spec.Member
		want Outcome
	}{
		{member("PENDING", "", "pending", "交易中"), Pending},
		{member("COMPLETED", "", "transaction completed", "交易完成"), Success},
		{member("FAILED", "", "transaction failed", "交易失败"), Failure},
		{member("TRADE_SUCCESS", ""), Success},
		{member("USERPAYING", "", "", "用户支付中"), Pending},
		{member("NOTPAY", "", "", "未支付"), None},
		{member("1", "", "Not completed"), None},
		{member("2", "", "处理中"), Pending},
		{member("3", "", "Succeeded", "失败"), None},
		{member("4", "", "Success or failure"), None},
		{member("5", "", "unsuccessful"), None},
		{member("6", "S", "whatever"), None},
	} {
		if got := cueOutcome(c.m); got != c.want {
			t.Errorf("%s %v: %v, want %v", c.m.Value, c.m.Texts, got, c.want)
		}
	}
}

// TestOutcomes: a status set is one with a result column, a directive,
// or cues for every member (not all one outcome); an error set needs a
// column or a directive.
func TestOutcomes(t *testing.T) {
	status := &spec.Set{Key: "transactionStatus", Members: []*spec.Member{
		member("PENDING", "", "pending"), member("COMPLETED", "", "completed"), member("FAILED", "", "failed"),
	}}
	st := Outcomes(status)
	if !st.On || st.Of[0] != Pending || st.Of[1] != Success || st.Of[2] != Failure || !st.FromText[0] {
		t.Errorf("status set: %+v", st)
	}
	status.Status = spec.No
	if Outcomes(status).On {
		t.Error("outcome=off is on")
	}
	status.Status = spec.Unset
	status.Members = append(status.Members, member("NOTPAY", "", "not paid"))
	if st := Outcomes(status); st.On || len(st.Unclear) != 1 || st.Unclear[0].Value != "NOTPAY" {
		t.Errorf("unclear member: %+v", st)
	}
	status.Members[3].Outcome = spec.ResultUnknown
	if st := Outcomes(status); !st.On || st.Of[3] != Pending || st.FromText[3] {
		t.Errorf("directive: %+v", st)
	}
	errs := &spec.Set{Errors: true, Members: []*spec.Member{member("0", "SUCCESS", "Success"), member("1", "", "Failed")}}
	if Outcomes(errs).On {
		t.Error("error set without a result column is a status set")
	}
	errs.Columns.Result = true
	errs.Members[1].Behaviour.Result = spec.ResultUnknown
	if st := Outcomes(errs); !st.On || st.Of[0] != Success || st.Of[1] != Pending {
		t.Errorf("result column: %+v", st)
	}
}

// TestHTTPStatus: a documented status, else 200 for success, else the
// directive's default, else 500 for errors and 200 for the rest.
func TestHTTPStatus(t *testing.T) {
	ok, bad, doc := member("0", ""), member("1", ""), member("2", "")
	ok.Success = true
	doc.Behaviour.HTTPStatus = 404
	s := &spec.Set{Errors: true, Members: []*spec.Member{ok, bad, doc}}
	for _, c := range []struct {
		def        int
		errors     bool
		ok, bad, d int
		has        bool
	}{
		{0, true, 200, 500, 404, true},
		{502, true, 200, 502, 404, true},
		{0, false, 200, 200, 404, false},
		{429, false, 200, 429, 404, true},
	} {
		s.HTTPStatus, s.Errors = c.def, c.errors
		if got := []int{HTTPStatus(s, ok), HTTPStatus(s, bad), HTTPStatus(s, doc)}; got[0] != c.ok || got[1] != c.bad || got[2] != c.d {
			t.Errorf("default %d errors %v: %v", c.def, c.errors, got)
		}
		if HasHTTPStatus(s) != c.has {
			t.Errorf("default %d errors %v: HasHTTPStatus %v", c.def, c.errors, !c.has)
		}
	}
}

// TestUnclearNeedsCues: a status-named set with cues for under half its
// codes is not reported (HTTP status lists, error tables under a
// "Status" heading); with cues for half, its unclear codes are.
func TestUnclearNeedsCues(t *testing.T) {
	s := &spec.Set{Key: "statusCode", Members: []*spec.Member{
		member("200", "", "OK"), member("400", "", "Bad request"), member("500", "", "Failed"),
	}}
	if u := Outcomes(s).Unclear; len(u) != 0 {
		t.Errorf("one cue in three: unclear %v", u)
	}
	s.Members = append(s.Members, member("202", "", "Pending"))
	if u := Outcomes(s).Unclear; len(u) != 2 {
		t.Errorf("two cues in four: unclear %d", len(u))
	}
}
