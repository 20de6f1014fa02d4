// Package acceptlang holds the Accept-Language reader that gen copies
// into every generated package with more than one language: accept.go is
// emitted as it stands, without its package clause, so these tests and
// fuzz targets test the generated code itself. support.go stands in for
// what gen emits around it (the languages and the tag lookup of the
// package being generated) and is not copied.
package acceptlang

var codebookLangs = [...]string{"en", "zh", "zh-Hant"}

// codebookMatch is the lookup gen emits: the tag, then the tag without
// its last subtag, again and again (zh-TW tries zh-Hant first).
func codebookMatch(tag string) (int, bool) {
	hant := false
	for {
		for i, l := range codebookLangs {
			if codebookTagEqual(tag, l) {
				return i, true
			}
		}
		cut := len(tag) - 1
		for cut >= 0 && tag[cut] != '-' && tag[cut] != '_' {
			cut--
		}
		if cut < 0 {
			return 0, false
		}
		if !hant && codebookTagEqual(tag[:cut], "zh") && (codebookTagEqual(tag[cut+1:], "TW") || codebookTagEqual(tag[cut+1:], "HK") || codebookTagEqual(tag[cut+1:], "MO")) {
			tag, hant = "zh-Hant", true
			continue
		}
		tag = tag[:cut]
	}
}

func codebookTagEqual(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		} else if x == '_' {
			x = '-'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		} else if y == '_' {
			y = '-'
		}
		if x != y {
			return false
		}
	}
	return true
}
