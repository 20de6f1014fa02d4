package read

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
)

var wildMisses = flag.Bool("wild.misses", false, "TestWildCorpus: log what each page missed (codes, texts, kinds, junk, decoys)")

// wildGoal is what a corpus must score for TestWildCorpus to pass.
type wildGoal struct {
	recall, texts, kinds float64
	maxJunk, maxDecoys   int // -1: logged, not checked
	maxErrorPages        int // -1: logged, not checked
	minPages             int
	// coverage requires every pattern to be exercised by an "en" and a
	// "zh" page.
	coverage bool
	// noSilentEmpty fails a page whose key has codes but whose model is
	// empty with no finding at all: data lost without a word.
	noSilentEmpty bool
}

// corpusGoal is the bar of notes/corpus-format.md for the corpus in
// testdata/wild.
var corpusGoal = wildGoal{recall: 0.98, texts: 0.95, kinds: 1, maxJunk: 0, maxDecoys: 0,
	maxErrorPages: -1, minPages: 40, coverage: true}

// htmlGoal is issue 16's bar for whole saved HTML pages, scored and
// reported apart from markdown pages: 23 of 25 sets of the right kind.
var htmlGoal = wildGoal{recall: 0.97, texts: 0.85, kinds: 0.92, maxJunk: -1, maxDecoys: 0,
	maxErrorPages: -1, minPages: 0, noSilentEmpty: true}

// outsideGoal is issue 7's bar for a corpus kept outside the project,
// scored with CODEBOOK_WILD_DIR: its pages need not cover every pattern.
var outsideGoal = wildGoal{recall: 0.97, texts: 0.90, kinds: 0.95, maxJunk: -1, maxDecoys: 0,
	maxErrorPages: 3, minPages: 1, noSilentEmpty: true}

// TestWildCorpus reads every page of testdata/wild (pages as users paste
// them from real provider sites, with invented content) and scores the
// model against the page's answer key: codes found, texts, kinds, junk
// and decoy members. It logs one line per page and a totals line, and
// fails below the goal.
//
// Saved HTML pages (NAME.html) are scored and totalled apart, against
// htmlGoal. To score another folder of NAME.md or NAME.html +
// NAME.key.json pairs the same way:
//
//	CODEBOOK_WILD_DIR=/abs/path go test ./spec/read -run TestWildCorpus -v
//
// (the path is taken relative to spec/read, so give it absolute). Add
// -wild.misses to see what each page missed.
func TestWildCorpus(t *testing.T) {
	dir, goal := filepath.Join("testdata", "wild"), corpusGoal
	if d := os.Getenv("CODEBOOK_WILD_DIR"); d != "" {
		dir, goal = d, outsideGoal
	}
	pages, problems := loadWild(dir)
	for _, p := range problems {
		t.Error(p)
	}
	var md, html wildScore
	var mdPages, htmlPages []wildPage
	for _, p := range pages {
		sc, crash := readAndScore(p)
		if crash != "" {
			t.Errorf("%s: the reader panicked: %s", p.Name, crash)
		}
		t.Logf("%-32s %s", p.Name, sc.line())
		if *wildMisses {
			for _, m := range sc.Misses {
				t.Logf("    %s", m)
			}
		}
		g := goal
		if p.HTML {
			g = htmlGoal
			html.add(sc)
			htmlPages = append(htmlPages, p)
		} else {
			md.add(sc)
			mdPages = append(mdPages, p)
		}
		if g.noSilentEmpty && sc.Empty && sc.Codes > 0 && sc.Errors+sc.Warnings == 0 {
			t.Errorf("%s: empty model and no finding, but the page has %d codes", p.Name, sc.Codes)
		}
	}
	t.Logf("%-32s %s; %d pages, %d with errors, %d empty", "TOTAL markdown", md.line(), md.Pages, md.ErrorPages, md.EmptyPages)
	if len(htmlPages) > 0 {
		t.Logf("%-32s %s; %d pages, %d with errors, %d empty", "TOTAL html", html.line(), html.Pages, html.ErrorPages, html.EmptyPages)
	}
	mdGoal := goal
	mdGoal.coverage = false
	for _, f := range mdGoal.failures(md, mdPages) {
		t.Error("markdown: " + f)
	}
	if len(htmlPages) > 0 {
		for _, f := range htmlGoal.failures(html, htmlPages) {
			t.Error("html: " + f)
		}
	}
	if goal.coverage {
		for _, f := range uncovered(pages) {
			t.Error(f)
		}
	}
}

// readAndScore reads one page with the public API and scores it. A
// panic in the reader is returned, with its stack, rather than ending
// the run, so that one page cannot hide the others' scores.
func readAndScore(p wildPage) (sc wildScore, crash string) {
	defer func() {
		if r := recover(); r != nil {
			crash = fmt.Sprintf("%v\n%s", r, debug.Stack())
			sc = scoreWild(&p.Key, &spec.Spec{}, nil)
		}
	}()
	s, diags := resolved(Files(p.Path))
	return scoreWild(&p.Key, s, diags), ""
}

// failures lists every way the corpus falls short of the goal.
func (g wildGoal) failures(total wildScore, pages []wildPage) []string {
	var out []string
	below := func(what string, n, d int, min float64) {
		if ratio(n, d) < min {
			out = append(out, fmt.Sprintf("%s %d/%d = %s, below %.0f%%", what, n, d, pct(n, d), min*100))
		}
	}
	below("recall", total.CodesFound, total.Codes, g.recall)
	below("texts", total.TextsOK, total.Texts, g.texts)
	below("kinds", total.KindsOK, total.Kinds, g.kinds)
	over := func(what string, n, max int) {
		if max >= 0 && n > max {
			out = append(out, fmt.Sprintf("%s: %d, at most %d allowed", what, n, max))
		}
	}
	over("junk members", total.Junk, g.maxJunk)
	over("decoy members", total.Decoys, g.maxDecoys)
	over("pages with errors", total.ErrorPages, g.maxErrorPages)
	if len(pages) < g.minPages {
		out = append(out, fmt.Sprintf("%d pages, at least %d needed", len(pages), g.minPages))
	}
	if g.coverage {
		out = append(out, uncovered(pages)...)
	}
	return out
}

// uncovered names each pattern that no "en" page or no "zh" page
// exercises.
func uncovered(pages []wildPage) []string {
	var out []string
	hasHTML := slices.ContainsFunc(pages, func(p wildPage) bool { return p.HTML })
	for _, pat := range wildPatterns {
		if strings.HasPrefix(pat, "D") && !hasHTML {
			// Whole-page patterns, required once the corpus has pages.
			continue
		}
		var missing []string
		for _, lang := range []string{"en", "zh"} {
			if !slices.ContainsFunc(pages, func(p wildPage) bool {
				return p.Key.Lang == lang && slices.Contains(p.Key.Patterns, pat)
			}) {
				missing = append(missing, lang)
			}
		}
		if len(missing) > 0 {
			out = append(out, fmt.Sprintf("pattern %s is exercised by no %s page", pat, strings.Join(missing, " or ")))
		}
	}
	return out
}
