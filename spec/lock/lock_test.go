package lock

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// mk builds a set from "value name text" triples; text is English.
func mk(name, key string, rows ...string) *spec.Set {
	set := &spec.Set{Name: name, Key: key, Pos: spec.Pos{File: "x.md", Line: 1, Col: 1}}
	for i, r := range rows {
		f := strings.SplitN(r, " ", 3)
		m := &spec.Member{Value: f[0], GoName: f[1], Pos: spec.Pos{File: "x.md", Line: i + 3, Col: 3}}
		if len(f) == 3 {
			m.SetText("en", f[2], spec.Pos{})
		}
		set.Members = append(set.Members, m)
	}
	return set
}

func seed() *spec.Spec {
	return &spec.Spec{
		Sets: []*spec.Set{
			mk("ErrorCode", "code", "10000 Success", "21000 GeneralError", "21008 TimestampError", "21009 TimestampExpiredError"),
			mk("FailedCode", "failedCode", "-10000 TransactionServiceError", "-10010 ChannelRefundFailed"),
			mk("TransactionStatus", "transactionStatus", "PENDING Pending", "COMPLETED Completed", "FAILED Failed"),
		},
		Payloads: []*spec.Payload{{Name: "DisbursementFailed", Fields: []*spec.Field{
			{Name: "failedCode", GoName: "FailedCode", Type: "integer", Set: "FailedCode"},
		}}},
	}
}

func fromSpec(t *testing.T, s *spec.Spec) *Lock {
	t.Helper()
	l := &Lock{}
	if d := goname.Resolve(s, l); len(d) != 0 {
		t.Fatalf("apply on empty lock: %v", d)
	}
	l.Update(s)
	return l
}

const seedLock = header + `
set code ErrorCode
member code 10000 Success
member code 21000 GeneralError
member code 21008 TimestampError
member code 21009 TimestampExpiredError

set failedCode FailedCode
member failedCode -10010 ChannelRefundFailed
member failedCode -10000 TransactionServiceError

set transactionStatus TransactionStatus
member transactionStatus COMPLETED Completed
member transactionStatus FAILED Failed
member transactionStatus PENDING Pending
`

// testSpec is a spec line for locks that must not read as legacy ones.
var testSpec = SpecOf("spec/opi.lock", "spec/opi.md", []byte("| code |\n"))

func TestBytesFormat(t *testing.T) {
	got := string(fromSpec(t, seed()).Bytes())
	if got != seedLock {
		t.Errorf("Bytes:\n%s\nwant:\n%s", got, seedLock)
	}
}

func TestRoundTrip(t *testing.T) {
	l := fromSpec(t, seed())
	l.Update(&spec.Spec{Sets: []*spec.Set{mk("ErrorCode", "code", "10000 Success")}})
	l.SetSpecs([]Spec{testSpec})
	want := l.Bytes()
	p, diags := Parse("opi.lock", want)
	if len(diags) != 0 {
		t.Fatalf("parse: %v", diags)
	}
	if got := p.Bytes(); string(got) != string(want) {
		t.Errorf("round trip changed the file:\n%s\nwant:\n%s", got, want)
	}
}

func TestQuotedFieldsRoundTrip(t *testing.T) {
	hostile := []string{"a b", "", "#x", `"q"`, "bidi\u202e", "tab\tx", "\xff", "交易状态", "line\nbreak"}
	l := &Lock{}
	for i, k := range hostile {
		sl := &setLock{key: k, name: "Set" + string(rune('A'+i)), members: map[string]*entry{}}
		for j, v := range hostile {
			if v != "" {
				sl.members[v] = &entry{name: "M" + string(rune('A'+j)), removed: j%2 == 0}
			}
		}
		l.put(sl)
	}
	l.SetSpecs([]Spec{{Path: "a b/\u202e.md", Digest: testSpec.Digest}})
	data := l.Bytes()
	p, diags := Parse("h.lock", data)
	if len(diags) != 0 {
		t.Fatalf("parse: %v\n%s", diags, data)
	}
	if got := p.Bytes(); string(got) != string(data) {
		t.Errorf("round trip changed the file:\n%q\nwant:\n%q", got, data)
	}
	if strings.Count(string(data), "\n") != strings.Count(header, "\n")+2+len(hostile)*(len(hostile)+1) {
		t.Errorf("hostile text split a line:\n%s", data)
	}
}

func TestStability(t *testing.T) {
	l := fromSpec(t, seed())
	first := string(l.Bytes())
	for i := 0; i < 3; i++ {
		s := seed()
		if d := goname.Resolve(s, l); len(d) != 0 {
			t.Fatalf("apply: %v", d)
		}
		l.Update(s)
		if got := string(l.Bytes()); got != first {
			t.Fatalf("run %d changed the lock:\n%s", i, got)
		}
	}
	if c := l.Clone(); string(c.Bytes()) != first {
		t.Errorf("clone differs")
	}
}

// TestRewordedAndSharedMessages follows the provider's real revision:
// the symbolic-name column is gone, so names come from text, and 21008
// and 21009 now share "Request timestamp error".
func TestRewordedAndSharedMessages(t *testing.T) {
	l := fromSpec(t, seed())
	s := seed()
	s.Sets[0] = mk("ErrorCode", "code",
		"10000 Success",
		"21000 ServiceError Service error, please contact administrator",
		"21008 RequestTimestampError Request timestamp error",
		"21009 RequestTimestampError21009 Request timestamp error",
		"21017 GeneralError New code whose text gives a locked name")
	diags := goname.Resolve(s, l)
	got := names(s.Sets[0])
	want := "10000=Success 21000=GeneralError 21008=TimestampError 21009=TimestampExpiredError 21017=GeneralError21017"
	if got != want {
		t.Errorf("names = %s\nwant    %s", got, want)
	}
	if len(diags) != 1 || diags[0].Severity != spec.Warning ||
		diags[0].String() != `x.md:7:3: warning: code 21017 of set ErrorCode: go name "GeneralError" is locked for code 21000; using "GeneralError21017"` {
		t.Errorf("diags = %v", diags)
	}
}

func TestReservedCodes(t *testing.T) {
	l := fromSpec(t, seed())
	s := seed()
	s.Sets[1] = mk("FailedCode", "failedCode", "-10000 TransactionServiceError", "-10011 ChannelRefundFailed")
	if d := goname.Resolve(s, l); len(d) != 1 || !strings.Contains(d[0].Msg, `"ChannelRefundFailed" is locked for code -10010; using "ChannelRefundFailedNeg10011"`) {
		t.Fatalf("new code took a reserved name: %v", d)
	}
	l.Update(s)
	if e, _ := l.Lookup("failedCode", "-10010"); !e.Removed || e.Name != "ChannelRefundFailed" {
		t.Fatalf("-10010 not reserved: %+v", e)
	}
	if !strings.Contains(string(l.Bytes()), "removed failedCode -10010 ChannelRefundFailed\n") {
		t.Errorf("no removed line:\n%s", l.Bytes())
	}

	// The provider reuses -10010 for something else.
	s = seed()
	s.Sets[1] = mk("FailedCode", "failedCode", "-10000 TransactionServiceError", "-10010 WalletFrozen", "-10011 ChannelRefundFailedNeg10011")
	d := goname.Resolve(s, l)
	if len(d) != 1 || !strings.Contains(d[0].Msg, `code -10010 of set FailedCode was removed earlier (reserved as "ChannelRefundFailed") and is back`) {
		t.Fatalf("reused code not flagged: %v", d)
	}
	l.Update(s)
	if e, _ := l.Lookup("failedCode", "-10010"); e.Removed || e.Name != "WalletFrozen" {
		t.Errorf("reused code entry = %+v", e)
	}
}

func TestRemovedSetStaysReserved(t *testing.T) {
	l := fromSpec(t, seed())
	s := seed()
	s.Sets = s.Sets[:2]
	l.Update(s)
	for _, e := range l.Entries("transactionStatus") {
		if !e.Removed {
			t.Errorf("%s not reserved", e.Value)
		}
	}
	s = seed()
	s.Sets[2] = mk("TransactionStatus", "status", "OK Ok")
	d := goname.Resolve(s, l)
	if s.Sets[2].Name != "TransactionStatusStatus" || len(d) != 1 {
		t.Errorf("new set took a reserved type name: %q %v", s.Sets[2].Name, d)
	}
}

// TestTranslatedHeaders: the same rows under a Chinese header give the
// reader another key and name; the codes pin the set to its lock entry.
func TestTranslatedHeaders(t *testing.T) {
	l := fromSpec(t, seed())
	s := seed()
	s.Sets[1] = mk("Code", "错误码", "-10000 TransactionServiceError", "-10010 ChannelRefundFailed")
	s.Payloads[0].Fields[0].Set = "Code"
	if d := goname.Resolve(s, l); len(d) != 0 {
		t.Fatalf("apply: %v", d)
	}
	if s.Sets[1].Name != "FailedCode" || s.Payloads[0].Fields[0].Set != "FailedCode" {
		t.Errorf("set name %q, field set %q; want FailedCode", s.Sets[1].Name, s.Payloads[0].Fields[0].Set)
	}
	if got, ok := l.Pins(s).Set(s.Sets[1]); !ok || got != "FailedCode" {
		t.Errorf("Pins.Set = %q %v", got, ok)
	}
	l.Update(s)
	if n, ok := l.SetName("错误码"); !ok || n != "FailedCode" {
		t.Errorf("set not re-keyed: %q %v\n%s", n, ok, l.Bytes())
	}
	if _, ok := l.SetName("failedCode"); ok {
		t.Errorf("old key kept")
	}
	if _, diags := Parse("l", l.Bytes()); len(diags) != 0 {
		t.Errorf("re-keyed lock does not parse: %v", diags)
	}
}

func TestParseErrors(t *testing.T) {
	src := "# comment\n" +
		"set code ErrorCode\n" +
		"set code Other\n" +
		"set other ErrorCode\n" +
		"member code 1 Ok\n" +
		"member code 1 Again\n" +
		"member code 2 Ok\n" +
		"member nokey 1 Ok\n" +
		"member code 3 lower\n" +
		"member code 4\n" +
		"bogus x y\n" +
		"member code \"5 Bad\n" +
		"member code \"\" Empty\n" +
		"set \"k\"x Name\n" +
		"member code \xff Bad\n"
	_, diags := Parse("opi.lock", []byte(src))
	want := []string{
		`opi.lock:3:5: set "code" is locked twice`,
		`opi.lock:4:11: go name "ErrorCode" is already locked for another set at line 2`,
		`opi.lock:6:13: code "1" of set "code" is locked twice`,
		`opi.lock:7:15: go name "Ok" is already locked in set "code" at line 5`,
		`opi.lock:8:8: no set line for key "nokey"`,
		`opi.lock:9:15: "lower" is not an exported go identifier of ascii letters and digits`,
		`opi.lock:10:1: "member" wants 3 fields, has 2`,
		`opi.lock:11:1: unknown directive "bogus"; want spec, set, member, removed or reserved`,
		`opi.lock:12:13: malformed quoted field "\"5 Bad"`,
		`opi.lock:13:13: empty code value`,
		`opi.lock:14:8: missing space after quoted field "\"k\""`,
		`opi.lock:15:13: invalid utf-8 in "\xff"; quote the field`,
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diags:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	l, err := Load(filepath.Join(dir, "missing.lock"))
	if err != nil || !l.Empty() {
		t.Fatalf("missing file: %v %v", l, err)
	}
	p := filepath.Join(dir, "opi.lock")
	if err := os.WriteFile(p, []byte("set a A\nx\nset b\n"), 0o666); err != nil {
		t.Fatal(err)
	}
	_, err = Load(p)
	if err == nil || !strings.Contains(err.Error(), p+":2:1: unknown directive") || !strings.Contains(err.Error(), p+":3:1: \"set\" wants 2 fields") {
		t.Errorf("Load error = %v", err)
	}
	if got := PathFor("spec/opi.md"); got != "spec/opi.lock" {
		t.Errorf("PathFor = %q", got)
	}
}

func names(set *spec.Set) string {
	var parts []string
	for _, m := range set.Members {
		parts = append(parts, m.Value+"="+m.GoName)
	}
	return strings.Join(parts, " ")
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(seedLock))
	f.Add([]byte("set \"a b\" A\nremoved \"a b\" \"\\u202e\" B\n"))
	f.Add([]byte("member x 1 A\nset x X\n"))
	f.Add([]byte("spec \"a b.md\" sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\nset x X\nreserved x 1 A\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		l, diags := Parse("f.lock", data)
		if err := Check("f.lock", data); err == nil && diags.HasErrors() && !hasKeywordLine(data) && !strings.HasPrefix(string(data), headerLine) {
			t.Fatalf("Check took text with errors and no lock line for a lock: %q", data)
		}
		for _, d := range diags {
			if d.Pos.Line < 1 || d.Pos.Col < 1 || d.Msg == "" {
				t.Fatalf("bad diag %v", d)
			}
		}
		// Whatever parsed must write a file that parses to itself.
		out := l.Bytes()
		l2, diags := Parse("f.lock", out)
		if len(diags) != 0 {
			t.Fatalf("Bytes output does not parse: %v\n%q", diags, out)
		}
		if string(l2.Bytes()) != string(out) {
			t.Fatalf("not a fixed point:\n%q\n%q", out, l2.Bytes())
		}
	})
}
