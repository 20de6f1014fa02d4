package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runSpecCmd(args ...string) (code int, stdout, stderr string) {
	var o, e bytes.Buffer
	code = run(append([]string{"spec"}, args...), &o, &e)
	return code, o.String(), e.String()
}

func TestSpecJSONSeed(t *testing.T) {
	code, out, errs := runSpecCmd("-json", "../../spec/opi.md")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	var v struct {
		Sets []struct {
			Name, Key, Kind string
			Members         []struct {
				Value  any
				Name   string
				GoName string
				Text   map[string]string
				Attrs  map[string]string
				Pos    string
			}
			Ranges []any
			Pos    string
		}
		Payloads []struct {
			Name   string
			Fields []struct{ Name, Type, Set string }
			Pos    string
		}
		Warnings []struct{ Pos, Msg string }
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	if len(v.Sets) != 4 || v.Sets[0].Name != "ErrorCode" || v.Sets[0].Kind != "int" || v.Sets[3].Kind != "string" {
		t.Errorf("sets = %+v", v.Sets)
	}
	if m := v.Sets[0].Members[0]; m.Value != float64(10000) || m.Name != "SUCCESS" || m.GoName != "Success" || m.Pos != "../../spec/opi.md:6:1" {
		t.Errorf("first member = %+v", m)
	}
	if m := v.Sets[3].Members[0]; m.Value != "PENDING" || m.Text["zh"] != "交易中" {
		t.Errorf("string member = %+v", m)
	}
	if len(v.Payloads) != 2 || len(v.Warnings) != 1 {
		t.Errorf("payloads %d, warnings %d", len(v.Payloads), len(v.Warnings))
	}
	want := "../../spec/opi.md:67:1: warning: code \"-10010\" has no row in the Chinese table at ../../spec/opi.md:85:2\n"
	if errs != want {
		t.Errorf("stderr = %q, want %q", errs, want)
	}
}

func TestSpecListing(t *testing.T) {
	code, out, _ := runSpecCmd("../../spec/opi.md")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, s := range []string{
		"set ErrorCode (key code, int, errors) ../../spec/opi.md:4:2",
		"10000    Success [SUCCESS] (success) en=\"Success\"",
		"PENDING  Pending en=\"pending\" zh=\"交易中\"",
		"payload DisbursementFailed ../../spec/opi.md:43:1",
		"failedCode           integer  -10001 → FailedCode",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("listing lacks %q:\n%s", s, out)
		}
	}
}

func TestSpecExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.md")
	os.WriteFile(bad, []byte("| code | message |\n|---|---|\n| 1 | a |\n| 99999999999999999999 | b |\n"), 0o644)
	for _, c := range []struct {
		args   []string
		code   int
		stderr string
	}{
		{nil, 2, "codebook spec: no FILE given\nrun 'codebook help spec' for usage\n"},
		{[]string{"-nope", bad}, 2, "flag provided but not defined"},
		{[]string{bad}, 1, bad + ":4:3: integer \"99999999999999999999\" is outside int64"},
		{[]string{"-json", bad}, 1, bad + ":4:3: integer"},
		{[]string{filepath.Join(dir, "missing.md")}, 1, "cannot read file"},
	} {
		code, out, errs := runSpecCmd(c.args...)
		if code != c.code || !strings.Contains(errs, c.stderr) {
			t.Errorf("spec %q: exit %d, stderr %q; want %d and %q", c.args, code, errs, c.code, c.stderr)
		}
		// The model is printed even with errors (what was read is
		// what the user needs to fix the page); not on bad usage.
		if code == 2 && out != "" {
			t.Errorf("spec %q: stdout %q on bad usage", c.args, out)
		}
	}
}

// TestSpecPrintsSettledNames: a member named like a well-known method is
// listed under the name the generated constant has (goname.Resolve
// renames it, with a warning), not the one derived from its symbol.
func TestSpecPrintsSettledNames(t *testing.T) {
	code, out, errs := runSpecCmd("../../e2e/testdata/service/pay.md")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errs)
	}
	for _, s := range []string{"1003     ReadByteCode [READ_BYTE]", "1004     StringCode [STRING]"} {
		if !strings.Contains(out, s) {
			t.Errorf("listing lacks %q:\n%s", s, out)
		}
	}
	if !strings.Contains(errs, `warning: member name String of code "1004" in set Code is the name of a well-known method; renamed StringCode`) {
		t.Errorf("no rename warning in:\n%s", errs)
	}
}
