package read

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// wildPatterns are the names of the patterns in wild-patterns.md: table
// shapes (A), cells (B), and which tables and codes belong together (C).
var wildPatterns = []string{
	"A1", "A2", "A3", "A4", "A5", "A6", "A7",
	"B1", "B2", "B3", "B4",
	"C1", "C2", "C3", "C4", "C5", "C6",
	"D1", "D2", "D3", "D4", "D5",
}

// wildKey is the answer key beside a page of the wild corpus
// (NAME.key.json): what a careful person reading the page would list,
// written independently of what the reader makes of it.
type wildKey struct {
	About    string    `json:"about"`
	Lang     string    `json:"lang"`
	Patterns []string  `json:"patterns"`
	Sets     []keySet  `json:"sets"`
	Texts    []keyText `json:"texts"`
	Decoys   []string  `json:"decoys"`
}

type keySet struct {
	Key   string   `json:"key"`
	Kind  string   `json:"kind"`
	Codes []string `json:"codes"`
	// Ranges are documented ranges that must not become members.
	Ranges []string `json:"ranges,omitempty"`
	// Section is the heading the set sits under, given when another set
	// of the page holds some of the same codes (C2); only a model set
	// whose Doc is this heading can match it.
	Section string `json:"section,omitempty"`
}

type keyText struct {
	Code    string `json:"code"`
	Lang    string `json:"lang"`
	Text    string `json:"text"`
	Section string `json:"section,omitempty"`
}

// wildPage is one page of the corpus and its key.
type wildPage struct {
	Name string // NAME, without .md
	Path string // path of NAME.md
	Key  wildKey
}

// loadWild reads every NAME.md and NAME.key.json pair in dir, sorted by
// name. problems lists every file without its partner and every key
// that does not parse or does not hold together; a bad key must fail
// the run, never quietly score as zero or as a pass.
func loadWild(dir string) (pages []wildPage, problems []string) {
	mds, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	keys, _ := filepath.Glob(filepath.Join(dir, "*.key.json"))
	hasMD := map[string]bool{}
	for _, md := range mds {
		hasMD[strings.TrimSuffix(filepath.Base(md), ".md")] = true
	}
	for _, k := range keys {
		if name := strings.TrimSuffix(filepath.Base(k), ".key.json"); !hasMD[name] {
			problems = append(problems, fmt.Sprintf("%s: key without a page %s.md", k, name))
		}
	}
	for _, md := range mds {
		name := strings.TrimSuffix(filepath.Base(md), ".md")
		keyPath := filepath.Join(dir, name+".key.json")
		key, errs := readKey(keyPath)
		for _, e := range errs {
			problems = append(problems, keyPath+": "+e)
		}
		if len(errs) == 0 {
			pages = append(pages, wildPage{Name: name, Path: md, Key: key})
		}
	}
	return pages, problems
}

func readKey(path string) (wildKey, []string) {
	var k wildKey
	b, err := os.ReadFile(path)
	if err != nil {
		return k, []string{"no answer key: " + err.Error()}
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields() // a misspelt field would silently mean "none"
	if err := dec.Decode(&k); err != nil {
		return k, []string{"key does not parse: " + err.Error()}
	}
	return k, k.check()
}

// check reports everything that makes the key unusable or ambiguous.
func (k *wildKey) check() []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	if strings.TrimSpace(k.About) == "" {
		bad("about is empty")
	}
	if k.Lang != "en" && k.Lang != "zh" {
		bad("lang %q is not \"en\" or \"zh\"", k.Lang)
	}
	seenPat := map[string]bool{}
	for _, p := range k.Patterns {
		if !slices.Contains(wildPatterns, p) {
			bad("pattern %q is not one of wild-patterns.md", p)
		}
		if seenPat[p] {
			bad("pattern %q listed twice", p)
		}
		seenPat[p] = true
	}
	if len(k.Patterns) == 0 {
		bad("no patterns")
	}
	if seenPat["C6"] != (len(k.Sets) == 0) {
		bad("a page without sets is pattern C6, and a C6 page has no sets")
	}
	errs = append(errs, k.checkSets()...)
	errs = append(errs, k.checkTexts()...)
	for _, d := range k.Decoys {
		if len(k.setsOf(d, "")) > 0 {
			bad("decoy %q is also a code of a set", d)
		}
	}
	return errs
}

func (k *wildKey) checkSets() []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	for i, s := range k.Sets {
		if s.Kind != "int" && s.Kind != "string" {
			bad("set %d (%s): kind %q is not \"int\" or \"string\"", i, s.Key, s.Kind)
		}
		if len(s.Codes) == 0 {
			bad("set %d (%s): no codes", i, s.Key)
		}
		seen := map[string]bool{}
		for _, c := range s.Codes {
			if seen[c] {
				bad("set %d (%s): code %q listed twice", i, s.Key, c)
			}
			seen[c] = true
			if strings.TrimSpace(c) != c || c == "" {
				bad("set %d (%s): code %q has surrounding space or is empty", i, s.Key, c)
			}
			if s.Kind == "int" {
				if n, err := strconv.ParseInt(c, 10, 64); err != nil || strconv.FormatInt(n, 10) != c {
					bad("set %d (%s): code %q is not canonical decimal in an int set", i, s.Key, c)
				}
			}
		}
		for _, r := range s.Ranges {
			if seen[r] {
				bad("set %d (%s): range %q is also a code", i, s.Key, r)
			}
		}
	}
	// Two sets of one section may share codes (a sub-code equal to a
	// main code); only a text of such a code needs its section, which
	// checkTexts asks for. Sections that are given must tell sets apart.
	for i := range k.Sets {
		for j := i + 1; j < len(k.Sets); j++ {
			a, b := k.Sets[i], k.Sets[j]
			shared := slices.ContainsFunc(a.Codes, func(c string) bool { return slices.Contains(b.Codes, c) })
			if shared && a.Section != "" && a.Section == b.Section {
				bad("sets %d (%s) and %d (%s) share codes and a section", i, a.Key, j, b.Key)
			}
		}
	}
	return errs
}

func (k *wildKey) checkTexts() []string {
	var errs []string
	bad := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	for i, t := range k.Texts {
		if t.Lang != "en" && t.Lang != "zh" {
			bad("text %d (%s): lang %q is not \"en\" or \"zh\"", i, t.Code, t.Lang)
		}
		if t.Text == "" || strings.Join(strings.Fields(t.Text), " ") != t.Text {
			bad("text %d (%s): text %q is empty or not whitespace-folded", i, t.Code, t.Text)
		}
		switch n := len(k.setsOf(t.Code, t.Section)); {
		case n == 0 && t.Section != "":
			bad("text %d: code %q is in no set of section %q", i, t.Code, t.Section)
		case n == 0:
			bad("text %d: code %q is in no set", i, t.Code)
		case n > 1:
			bad("text %d: code %q is in %d sets; give its section", i, t.Code, n)
		}
	}
	return errs
}

// setsOf returns the indexes of the key sets holding code, only those
// of section when section is not empty.
func (k *wildKey) setsOf(code, section string) []int {
	var out []int
	for i, s := range k.Sets {
		if (section == "" || s.Section == section) && slices.Contains(s.Codes, code) {
			out = append(out, i)
		}
	}
	return out
}
