package lock

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

func TestSpecLinesRoundTrip(t *testing.T) {
	l := fromSpec(t, seed())
	other := SpecOf("spec/opi.lock", "spec/more/extra.md", []byte("x"))
	l.SetSpecs([]Spec{testSpec, other})
	data := l.Bytes()
	want := "\nspec opi.md " + testSpec.Digest + "\nspec more/extra.md " + other.Digest + "\n\nset code ErrorCode\n"
	if !strings.Contains(string(data), want) {
		t.Fatalf("spec lines not after the header:\n%s", data)
	}
	p, diags := Parse("spec/opi.lock", data)
	if len(diags) != 0 || p.Legacy() {
		t.Fatalf("parse: %v legacy %v", diags, p.Legacy())
	}
	got := p.Specs()
	if len(got) != 2 || got[0].Path != "opi.md" || got[1].Digest != other.Digest {
		t.Errorf("specs = %+v", got)
	}
	if string(p.Bytes()) != string(data) {
		t.Errorf("round trip changed the file")
	}
}

func TestSpecLineErrors(t *testing.T) {
	src := "spec a.md sha256:00\nspec \"\" " + testSpec.Digest + "\nspec b.md\nspec c.md " + testSpec.Digest + "\nspec c.md " + testSpec.Digest + "\n"
	_, diags := Parse("x.lock", []byte(src))
	want := []string{
		`x.lock:1:11: spec digest "sha256:00": want sha256: and 64 hex digits`,
		`x.lock:2:6: empty spec path`,
		`x.lock:3:1: "spec" wants 2 fields, has 1`,
		`x.lock:5:6: spec "c.md" is recorded twice`,
	}
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diags:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCheckSpecs: a lock is refused only when neither a path nor a
// digest it records is the run's.
func TestCheckSpecs(t *testing.T) {
	mine := SpecOf("spec/opi.lock", "spec/opi.md", []byte("opi"))
	theirs := SpecOf("spec/opi.lock", "spec/other.md", []byte("other"))
	l, _ := Parse("spec/opi.lock", []byte("spec other.md "+theirs.Digest+"\n"))
	d := l.CheckSpecs([]Spec{mine})
	if len(d) != 1 || !strings.HasPrefix(d[0].String(), `spec/opi.lock:1:6: lock belongs to "other.md", not to "opi.md"`) {
		t.Errorf("foreign lock: %v", d)
	}
	if d := l.CheckSpecs([]Spec{mine, theirs}); len(d) != 0 {
		t.Errorf("a lock of one of the run's specs refused: %v", d)
	}
	moved := SpecOf("spec/opi.lock", "spec/renamed.md", []byte("other"))
	if d := l.CheckSpecs([]Spec{moved}); len(d) != 0 {
		t.Errorf("a moved spec (same digest) refused: %v", d)
	}
	edited := SpecOf("spec/opi.lock", "spec/other.md", []byte("other, edited"))
	if d := l.CheckSpecs([]Spec{edited}); len(d) != 0 {
		t.Errorf("an edited spec (same path) refused: %v", d)
	}
	legacy, _ := Parse("old.lock", []byte("set code Code\n"))
	if d := legacy.CheckSpecs([]Spec{mine}); len(d) != 0 || !legacy.Legacy() {
		t.Errorf("a lock without spec lines refused: %v (legacy %v)", d, legacy.Legacy())
	}
}

func TestSpecOfIsRelativeToTheLock(t *testing.T) {
	if p := SpecOf("a/b/x.lock", "a/c/x.md", nil).Path; p != "../c/x.md" {
		t.Errorf("path = %q", p)
	}
	if d := SpecOf("x.lock", "x.md", []byte("abc")).Digest; d != "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Errorf("digest = %q", d)
	}
}

// TestLegacyLockUpgrade: a lock without spec lines is read as before
// (its removed codes had their constants dropped, so they are reserved)
// and written in the new format.
func TestLegacyLockUpgrade(t *testing.T) {
	old := "# codebook lock file: pins the Go names generated from the spec.\n" +
		"set code ErrorCode\nmember code 1 Ok\nremoved code 2 Gone\n"
	l, diags := Parse("old.lock", []byte(old))
	if len(diags) != 0 || !l.Legacy() {
		t.Fatalf("parse: %v legacy %v", diags, l.Legacy())
	}
	if e, _ := l.Lookup("code", "2"); !e.Removed || !e.Reserved {
		t.Errorf("old removed line = %+v, want reserved", e)
	}
	l.SetSpecs([]Spec{testSpec})
	data := string(l.Bytes())
	if !strings.Contains(data, "\nreserved code 2 Gone\n") || !strings.Contains(data, "\nspec opi.md ") || l.Legacy() {
		t.Errorf("upgraded lock:\n%s", data)
	}
}

func TestDeprecated(t *testing.T) {
	l := fromSpec(t, seed())
	s := seed()
	s.Sets[0] = mk("ErrorCode", "code", "10000 Success", "21009 TimestampExpiredError")
	s.Sets = s.Sets[:2] // transactionStatus goes whole
	if d := goname.Resolve(s, l); len(d) != 0 {
		t.Fatal(d)
	}
	l.Update(s)
	kept := l.Deprecated(s)
	var got []string
	for _, k := range kept {
		got = append(got, k.Set.Name+"."+k.Value+"="+k.Name)
	}
	if strings.Join(got, " ") != "ErrorCode.21000=GeneralError ErrorCode.21008=TimestampError" {
		t.Errorf("kept = %v", got)
	}
	// Marking a line reserved drops its constant; the reservation stays.
	l.SetSpecs([]Spec{testSpec})
	text := strings.Replace(string(l.Bytes()), "removed code 21000 GeneralError", "reserved code 21000 GeneralError", 1)
	l2, diags := Parse("x.lock", []byte(text))
	if len(diags) != 0 {
		t.Fatal(diags)
	}
	s = seed()
	s.Sets[0] = mk("ErrorCode", "code", "10000 Success", "21009 TimestampExpiredError")
	s.Sets = s.Sets[:2]
	goname.Resolve(s, l2)
	l2.Update(s)
	if k := l2.Deprecated(s); len(k) != 1 || k[0].Value != "21008" {
		t.Errorf("after reserving 21000: %+v", k)
	}
	if !strings.Contains(string(l2.Bytes()), "reserved code 21000 GeneralError\n") {
		t.Errorf("reserved line not kept:\n%s", l2.Bytes())
	}
	// A code that comes back is a member again.
	l2.Update(seed())
	if k := l2.Deprecated(seed()); len(k) != 0 {
		t.Errorf("restored codes still deprecated: %+v", k)
	}
}

func TestEntryPositions(t *testing.T) {
	l, _ := Parse("p.lock", []byte("# c\nset code  ErrorCode\nmember code 7 Seven\n"))
	e, ok := l.Lookup("code", "7")
	if !ok || e.Pos != (spec.Pos{File: "p.lock", Line: 3, Col: 15}) {
		t.Errorf("entry pos = %+v", e.Pos)
	}
	if p, ok := l.SetPos("code"); !ok || p != (spec.Pos{File: "p.lock", Line: 2, Col: 11}) {
		t.Errorf("set pos = %+v", p)
	}
}

func TestLoadRefusesWhatIsNotALock(t *testing.T) {
	dir := t.TempDir()
	goFile := filepath.Join(dir, "opi.go")
	if err := os.WriteFile(goFile, []byte("// Code generated by codebook. DO NOT EDIT.\n\npackage opi\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(goFile); err == nil || !strings.Contains(err.Error(), goFile+":1:1: not a codebook lock file") {
		t.Errorf("go file as a lock: %v", err)
	}
	empty := filepath.Join(dir, "empty.lock")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if l, err := Load(empty); err != nil || !l.Empty() {
		t.Errorf("empty file: %v", err)
	}
}

func TestLoadMaxSize(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	_, err := LoadMax("/dev/zero", 1<<20)
	if err == nil || !strings.Contains(err.Error(), "/dev/zero: file is larger than the limit of 1048576 bytes (-max-size raises it)") {
		t.Errorf("LoadMax(/dev/zero) = %v", err)
	}
	big := filepath.Join(t.TempDir(), "big.lock")
	if err := os.WriteFile(big, []byte(strings.Repeat("# x\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadMax(big, 64); err == nil || !strings.Contains(err.Error(), "larger than the limit of 64 bytes") {
		t.Errorf("over the limit: %v", err)
	}
}
