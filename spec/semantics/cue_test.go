package semantics

import "testing"

// TestMayCue checks that the quick test of retryCue passes every cue.
func TestMayCue(t *testing.T) {
	for _, c := range append(append([]string(nil), retryCues...), noRetryCues...) {
		if !mayCue(c) {
			t.Errorf("mayCue(%q) = false: RetryCue would miss the cue", c)
		}
	}
}
