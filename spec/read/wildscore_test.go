package read

import (
	"fmt"
	"slices"
	"sort"

	"codebook.dev/codebook/spec"
)

// wildScore is how well a model matches an answer key; summed over
// pages by add. The fields are counts so that corpus totals are exact.
type wildScore struct {
	Pages                  int
	Codes, CodesFound      int
	Texts, TextsOK         int
	Kinds, KindsOK         int
	Junk, Decoys           int
	Errors, Warnings       int
	Empty                  bool // the model has no member at all
	EmptyPages, ErrorPages int
	// Misses are human-readable notes on what was not found, for -v.
	Misses []string
}

func (s *wildScore) add(p wildScore) {
	s.Pages += p.Pages
	s.Codes += p.Codes
	s.CodesFound += p.CodesFound
	s.Texts += p.Texts
	s.TextsOK += p.TextsOK
	s.Kinds += p.Kinds
	s.KindsOK += p.KindsOK
	s.Junk += p.Junk
	s.Decoys += p.Decoys
	s.Errors += p.Errors
	s.Warnings += p.Warnings
	s.EmptyPages += p.EmptyPages
	s.ErrorPages += p.ErrorPages
}

// line formats the score as one log line.
func (s wildScore) line() string {
	return fmt.Sprintf("codes %d/%d (%s) texts %d/%d (%s) kinds %d/%d (%s) junk %d decoys %d errors %d warnings %d empty %v",
		s.CodesFound, s.Codes, pct(s.CodesFound, s.Codes),
		s.TextsOK, s.Texts, pct(s.TextsOK, s.Texts),
		s.KindsOK, s.Kinds, pct(s.KindsOK, s.Kinds),
		s.Junk, s.Decoys, s.Errors, s.Warnings, s.Empty)
}

func pct(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", ratio(n, d)*100)
}

// ratio is n/d, 1 when there is nothing to count.
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// scoreWild compares the model the reader built for one page with the
// page's key, by the rules of notes/corpus-format.md.
func scoreWild(k *wildKey, s *spec.Spec, diags spec.Diags) wildScore {
	sc := wildScore{Pages: 1, Errors: len(diags.Errors()), Warnings: len(diags.Warnings())}
	if sc.Errors > 0 {
		sc.ErrorPages = 1
	}
	match := matchSets(k, s)
	for i, ks := range k.Sets {
		sc.Codes += len(ks.Codes)
		sc.Kinds++
		ms := match[i]
		if ms == nil {
			sc.Misses = append(sc.Misses, fmt.Sprintf("set %s (%d codes): no model set holds any of its codes", ks.Key, len(ks.Codes)))
			continue
		}
		if ms.Kind.String() == ks.Kind {
			sc.KindsOK++
		} else {
			sc.Misses = append(sc.Misses, fmt.Sprintf("set %s: kind %s, want %s", ks.Key, ms.Kind, ks.Kind))
		}
		var missing []string
		for _, c := range ks.Codes {
			if ms.Member(c) != nil {
				sc.CodesFound++
			} else {
				missing = append(missing, c)
			}
		}
		if len(missing) > 0 {
			sc.Misses = append(sc.Misses, fmt.Sprintf("set %s: missing %s", ks.Key, abbrev(missing)))
		}
	}
	for _, t := range k.Texts {
		sc.Texts++
		got := "(no member)"
		if ms := match[k.setsOf(t.Code, t.Section)[0]]; ms != nil {
			if m := ms.Member(t.Code); m != nil {
				got = m.Text(t.Lang)
			}
		}
		if got == t.Text {
			sc.TextsOK++
		} else {
			sc.Misses = append(sc.Misses, fmt.Sprintf("text %s %s: got %q, want %q", t.Code, t.Lang, got, t.Text))
		}
	}
	sc.countStray(k, s)
	return sc
}

// countStray counts the model's members that no key set lists (junk)
// and those that are one of the page's decoys, and notes whether the
// model is empty.
func (sc *wildScore) countStray(k *wildKey, s *spec.Spec) {
	codes := map[string]bool{}
	for _, ks := range k.Sets {
		for _, c := range ks.Codes {
			codes[c] = true
		}
	}
	members := 0
	var junk, decoys []string
	for _, ms := range s.Sets {
		for _, m := range ms.Members {
			members++
			switch {
			case slices.Contains(k.Decoys, m.Value):
				decoys = append(decoys, ms.Key+":"+m.Value)
			case !codes[m.Value]:
				junk = append(junk, ms.Key+":"+m.Value)
			}
		}
	}
	sc.Junk, sc.Decoys = len(junk), len(decoys)
	if len(junk) > 0 {
		sc.Misses = append(sc.Misses, "junk "+abbrev(junk))
	}
	if len(decoys) > 0 {
		sc.Misses = append(sc.Misses, "decoys "+abbrev(decoys))
	}
	sc.Empty = members == 0
	if sc.Empty {
		sc.EmptyPages = 1
	}
}

// matchSets pairs each key set with the model set holding most of its
// codes, each model set used at most once. Pairs are taken by overlap,
// largest first, so that a small key set cannot take the model set a
// large one needs; ties go to the earlier key set, then to the model
// set first in document order. A key set with a section pairs only with
// a model set whose Doc is that heading. Unpaired key sets map to nil.
func matchSets(k *wildKey, s *spec.Spec) []*spec.Set {
	type pair struct{ key, model, overlap int }
	var pairs []pair
	for i, ks := range k.Sets {
		for j, ms := range s.Sets {
			if ks.Section != "" && ms.Doc != ks.Section {
				continue
			}
			n := 0
			for _, c := range ks.Codes {
				if ms.Member(c) != nil {
					n++
				}
			}
			if n > 0 {
				pairs = append(pairs, pair{i, j, n})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool { return pairs[a].overlap > pairs[b].overlap })
	match := make([]*spec.Set, len(k.Sets))
	used := make([]bool, len(s.Sets))
	for _, p := range pairs {
		if match[p.key] == nil && !used[p.model] {
			match[p.key], used[p.model] = s.Sets[p.model], true
		}
	}
	return match
}

// abbrev lists at most eight values, and how many more there are.
func abbrev(vs []string) string {
	if len(vs) <= 8 {
		return fmt.Sprintf("%q", vs)
	}
	return fmt.Sprintf("%q and %d more", vs[:8], len(vs)-8)
}
