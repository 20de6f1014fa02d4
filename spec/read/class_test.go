package read

import (
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
)

// TestWarningClasses checks that the warnings -strict turns into errors
// carry their class, and that repairs which change no meaning do not.
func TestWarningClasses(t *testing.T) {
	for _, tc := range []struct {
		name, src, msg string
		class          spec.Class
	}{
		{"variant", "| Code | Message |\n|---|---|\n| 1 | a b |\n| 1 | c d |\n", "again with a different row", spec.Several},
		{"twin behaviour", "| Code | Message | HTTP Status |\n|---|---|---|\n| 1 | Bad | 400 |\n\n| 错误码 | 描述 | HTTP状态码 |\n|---|---|---|\n| 1 | 错误 | 500 |\n", "disagrees with HTTP Status cell", spec.Conflict},
		{"merged text", "# A\n\n| Code | Message |\n|---|---|\n| 1 | Limit exceeded |\n| 2 | Busy |\n\n# B\n\n| Code | Message |\n|---|---|\n| 1 | Limit was exceeded |\n| 2 | Busy |\n", "conflicting English texts", spec.Conflict},
		{"missing translation", "| Code | Message |\n|---|---|\n| 1 | Bad |\n| 2 | Busy |\n\n| 错误码 | 描述 |\n|---|---|\n| 1 | 错误 |\n", "has no row in the Chinese table", spec.Untranslated},
		{"skipped table", "| Amount | Fee |\n|---|---|\n| 100 | 1 |\n| 100 | 2 |\n", "table skipped", spec.Skipped},
		{"skipped row", "| Code | Message |\n|---|---|\n| 1 | Bad |\n|  | Busy |\n", "empty code cell", spec.Skipped},
		{"short row", "| Code | Message | Note |\n|---|---|---|\n| 1 | Bad | x |\n| 2 | Busy |\n", "missing cells read as empty", spec.Repaired},
		{"variant symbol", "| Code | Name | Message |\n|---|---|---|\n| 1 | SIGN_ERROR | Bad sign |\n| 1 | SIGN_FAIL | Sign failed |\n| 2 | BUSY | Busy |\n", "conflicting symbols: \"SIGN_FAIL\" here, \"SIGN_ERROR\"", spec.Conflict},
		{"duplicate row", "| Code | Message |\n|---|---|\n| 1 | Bad |\n| 1 | Bad |\n", "duplicate row", spec.Note},
		{"no table", "# Notes\n\nNothing.\n", "no code table found", spec.Skipped},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := Source("spec.md", []byte(tc.src))
			for _, d := range diags {
				if strings.Contains(d.Msg, tc.msg) {
					if d.Class != tc.class {
						t.Errorf("%s: class %v, want %v", d, d.Class, tc.class)
					}
					return
				}
			}
			t.Errorf("no warning %q in:\n%s", tc.msg, diags)
		})
	}
}
