package diff

import (
	"fmt"
	"slices"
	"testing"

	"codebook.dev/codebook/spec"
)

// TestTextsMerge checks the walk over two sorted text lists when their
// languages interleave: every language once, in order, with the right
// kind.
func TestTextsMerge(t *testing.T) {
	tx := func(pairs ...string) []spec.Text {
		var ts []spec.Text
		for i := 0; i < len(pairs); i += 2 {
			ts = append(ts, spec.Text{Lang: pairs[i], Text: pairs[i+1]})
		}
		return ts
	}
	old := tx("de", "alt", "en", "same", "ja", "旧", "zh", "旧")
	new := tx("en", "same", "fr", "neuf", "ja", "新", "ko", "새")
	var got []string
	texts(old, new, func(lang string, c Change) {
		got = append(got, fmt.Sprintf("%s %v %q>%q", lang, c.Kind, c.Old, c.New))
	}, TextChanged)
	want := []string{
		fmt.Sprintf("de %v %q>%q", TranslationMissing, "alt", ""),
		fmt.Sprintf("fr %v %q>%q", TranslationAdded, "", "neuf"),
		fmt.Sprintf("ja %v %q>%q", TextChanged, "旧", "新"),
		fmt.Sprintf("ko %v %q>%q", TranslationAdded, "", "새"),
		fmt.Sprintf("zh %v %q>%q", TranslationMissing, "旧", ""),
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n%q\nwant\n%q", got, want)
	}
}
