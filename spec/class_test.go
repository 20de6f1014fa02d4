package spec

import "testing"

func TestStrict(t *testing.T) {
	p := Pos{File: "a.md", Line: 3, Col: 1}
	var ds Diags
	ds.Warnf(p, "normalised %s", "space")
	ds.Doubtf(Conflict, p, "code %q disagrees", "1")
	ds.Errorf(p, "bad")
	got := ds.Strict()
	if got[0].Severity != Warning || got[0].Msg != "normalised space" {
		t.Errorf("a note = %v, want it unchanged", got[0])
	}
	if got[1].Severity != Error || got[1].String() != `a.md:3:1: code "1" disagrees (-strict: conflict)` {
		t.Errorf("a conflict = %v", got[1])
	}
	if got[2] != ds[2] {
		t.Errorf("an error = %v, want it unchanged", got[2])
	}
	if ds[1].Severity != Warning {
		t.Error("Strict changed its receiver")
	}
	if again := got.Strict(); again[1] != got[1] {
		t.Errorf("Strict twice = %v", again[1])
	}
}

func TestClassNames(t *testing.T) {
	for c, want := range map[Class]string{Note: "note", Several: "several", Conflict: "conflict", Skipped: "skipped", Untranslated: "untranslated", Repaired: "repaired", 99: "note"} {
		if got := c.String(); got != want {
			t.Errorf("Class(%d) = %q, want %q", c, got, want)
		}
	}
}
