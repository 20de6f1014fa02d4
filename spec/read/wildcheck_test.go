package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
)

// The scorer is itself tested: a corpus is only as good as the
// arithmetic that reports on it.

func member(v, en string) *spec.Member {
	m := &spec.Member{Value: v}
	if en != "" {
		m.SetText("en", en, spec.Pos{})
	}
	return m
}

func TestScoreWild(t *testing.T) {
	k := &wildKey{
		About: "test", Lang: "en", Patterns: []string{"C2"},
		Sets: []keySet{
			{Key: "code", Kind: "int", Codes: []string{"1", "2", "3"}, Section: "Wallet"},
			{Key: "code", Kind: "int", Codes: []string{"1", "4"}, Section: "Category"},
			{Key: "status", Kind: "string", Codes: []string{"OK"}},
		},
		Texts: []keyText{
			{Code: "1", Lang: "en", Text: "no wallet", Section: "Wallet"},
			{Code: "1", Lang: "en", Text: "name too long", Section: "Category"},
			{Code: "OK", Lang: "en", Text: "fine"},
		},
		Decoys: []string{"M"},
	}
	if errs := k.check(); len(errs) > 0 {
		t.Fatalf("key check: %v", errs)
	}
	s := &spec.Spec{Sets: []*spec.Set{
		// Holds codes of both sections, but only Wallet may match it.
		{Key: "code", Kind: spec.Int, Doc: "Wallet", Members: []*spec.Member{member("1", "no wallet"), member("2", ""), member("4", "")}},
		{Key: "code", Kind: spec.String, Doc: "Category", Members: []*spec.Member{member("1", "wrong")}},
		{Key: "x", Kind: spec.String, Members: []*spec.Member{member("M", ""), member("zzz", "")}},
	}}
	sc := scoreWild(k, s, spec.Diags{{Severity: spec.Warning}})
	want := wildScore{Pages: 1, Codes: 6, CodesFound: 3, Texts: 3, TextsOK: 1, Kinds: 3, KindsOK: 1,
		Junk: 1, Decoys: 1, Warnings: 1}
	sc.Misses = nil
	if sc.Pages != want.Pages || sc.Codes != want.Codes || sc.CodesFound != want.CodesFound ||
		sc.Texts != want.Texts || sc.TextsOK != want.TextsOK || sc.Kinds != want.Kinds ||
		sc.KindsOK != want.KindsOK || sc.Junk != want.Junk || sc.Decoys != want.Decoys ||
		sc.Warnings != want.Warnings || sc.Errors != 0 || sc.Empty {
		t.Errorf("score = %+v\nwant    %+v", sc, want)
	}
}

// TestMatchSetsLargestFirst: a key set sharing one code with a model set
// does not take it from the key set that shares all of its codes.
func TestMatchSetsLargestFirst(t *testing.T) {
	k := &wildKey{Sets: []keySet{
		{Key: "small", Kind: "int", Codes: []string{"1", "9"}},
		{Key: "big", Kind: "int", Codes: []string{"1", "2", "3"}},
	}}
	big := &spec.Set{Members: []*spec.Member{member("1", ""), member("2", ""), member("3", "")}}
	small := &spec.Set{Members: []*spec.Member{member("9", "")}}
	got := matchSets(k, &spec.Spec{Sets: []*spec.Set{big, small}})
	if got[0] != small || got[1] != big {
		t.Errorf("matched small->%p big->%p; want small->%p big->%p", got[0], got[1], small, big)
	}
}

func TestWildKeyCheck(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		key        wildKey
	}{
		{"unknown pattern", `pattern "A9"`, wildKey{About: "x", Lang: "en", Patterns: []string{"A9", "C6"}}},
		{"bad lang", `lang "fr"`, wildKey{About: "x", Lang: "fr", Patterns: []string{"C6"}}},
		{"c6 with sets", "C6", wildKey{About: "x", Lang: "en", Patterns: []string{"C6"},
			Sets: []keySet{{Kind: "int", Codes: []string{"1"}}}}},
		{"text code in no set", `code "7" is in no set`, wildKey{About: "x", Lang: "en", Patterns: []string{"A1"},
			Sets: []keySet{{Kind: "int", Codes: []string{"1"}}}, Texts: []keyText{{Code: "7", Lang: "en", Text: "t"}}}},
		{"leading zero int", `"007" is not canonical`, wildKey{About: "x", Lang: "en", Patterns: []string{"A1"},
			Sets: []keySet{{Kind: "int", Codes: []string{"007"}}}}},
		{"shared code text without section", `code "1" is in 2 sets`, wildKey{About: "x", Lang: "en", Patterns: []string{"C2"},
			Sets:  []keySet{{Kind: "int", Codes: []string{"1"}}, {Kind: "int", Codes: []string{"1"}}},
			Texts: []keyText{{Code: "1", Lang: "en", Text: "t"}}}},
		{"shared codes same section", "share codes and a section", wildKey{About: "x", Lang: "en", Patterns: []string{"C2"},
			Sets: []keySet{{Kind: "int", Codes: []string{"1"}, Section: "S"}, {Kind: "int", Codes: []string{"1"}, Section: "S"}}}},
		{"decoy is a code", `decoy "1"`, wildKey{About: "x", Lang: "en", Patterns: []string{"A1"},
			Sets: []keySet{{Kind: "int", Codes: []string{"1"}}}, Decoys: []string{"1"}}},
		{"unfolded text", "not whitespace-folded", wildKey{About: "x", Lang: "en", Patterns: []string{"A1"},
			Sets: []keySet{{Kind: "int", Codes: []string{"1"}}}, Texts: []keyText{{Code: "1", Lang: "en", Text: "a  b"}}}},
		{"bad kind", `kind "str"`, wildKey{About: "x", Lang: "en", Patterns: []string{"A1"},
			Sets: []keySet{{Kind: "str", Codes: []string{"A"}}}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			errs := tc.key.check()
			if !strings.Contains(strings.Join(errs, "\n"), tc.want) {
				t.Errorf("check() = %q; want a problem mentioning %q", errs, tc.want)
			}
		})
	}
}

// TestLoadWildPairs: a page without a key, a key without a page and a
// key with a misspelt field are all reported, not skipped.
func TestLoadWildPairs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good := `{"about": "x", "lang": "en", "patterns": ["C6"], "sets": [], "texts": [], "decoys": []}`
	write("en_ok_01.md", "prose only\n")
	write("en_ok_01.key.json", good)
	write("en_nokey_01.md", "")
	write("en_orphan_01.key.json", good)
	write("en_typo_01.md", "")
	write("en_typo_01.key.json", `{"about": "x", "lang": "en", "patterns": ["C6"], "set": []}`)
	pages, problems := loadWild(dir)
	if len(pages) != 1 || pages[0].Name != "en_ok_01" {
		t.Errorf("pages = %+v, want en_ok_01 only", pages)
	}
	all := strings.Join(problems, "\n")
	for _, want := range []string{"en_nokey_01.key.json: no answer key", "en_orphan_01.key.json: key without a page", `unknown field "set"`} {
		if !strings.Contains(all, want) {
			t.Errorf("problems = %q; want one mentioning %q", problems, want)
		}
	}
}
