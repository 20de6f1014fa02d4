package output

import (
	"regexp"
	"testing"
)

// TestLegacyTemp checks legacyTemp against the pattern it stands for,
// ^\.(.+)\.[0-9]+\.tmp$, on names around its edges.
func TestLegacyTemp(t *testing.T) {
	re := regexp.MustCompile(`^\.(.+)\.[0-9]+\.tmp$`)
	for _, name := range []string{
		".code.go.123456.tmp", ".opi.lock.7.tmp", "..1.tmp", "...1.tmp", ".a.1.tmp", ".a..tmp",
		".a.1x.tmp", "a.go.1.tmp", ".a.go.1.tmp.tmp", ".a.go.1.TMP", ".tmp", "", ".x.1.2.tmp",
	} {
		want := ""
		if m := re.FindStringSubmatch(name); m != nil {
			want = m[1]
		}
		if got := legacyTemp(name); got != want {
			t.Errorf("legacyTemp(%q) = %q, want %q", name, got, want)
		}
	}
}

// FuzzLegacyTemp compares legacyTemp with the pattern on any name.
func FuzzLegacyTemp(f *testing.F) {
	re := regexp.MustCompile(`^\.(.+)\.[0-9]+\.tmp$`)
	for _, s := range []string{".code.go.123456.tmp", "..1.tmp", ".a..tmp", ".x.1.2.tmp"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		want := ""
		if m := re.FindStringSubmatch(name); m != nil {
			want = m[1]
		}
		if got := legacyTemp(name); got != want {
			t.Errorf("legacyTemp(%q) = %q, want %q", name, got, want)
		}
	})
}
