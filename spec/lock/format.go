package lock

import (
	"bytes"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// header opens every lock file; it tells a reviewer what the file is and
// that hand edits are deliberate renames.
// Its first line is what Check knows a lock by.
const header = headerLine + `
# Commit it. codebook generate adds new codes and keeps removed ones
# reserved; editing a name here renames the generated identifier, but a
# constant never takes another code's value. "spec PATH DIGEST" names the
# spec the lock belongs to. Lines: "set KEY NAME [SECTION]", then its
# codes: "member KEY VALUE NAME", "removed KEY VALUE NAME" (removed from
# the spec, constant kept and deprecated), "reserved KEY VALUE NAME"
# (constant dropped; value and name stay reserved).
`

const headerLine = "# codebook lock file: pins the Go names generated from the spec."

// Bytes returns the lock file text: the header, then each set (by key)
// with its codes in value order. Equal locks give identical bytes.
func (l *Lock) Bytes() []byte {
	var b bytes.Buffer
	n := len(header)
	for _, sl := range l.sets {
		n += 32 + len(sl.key) + len(sl.members)*(16+len(sl.key)+16+16)
	}
	b.Grow(n) // one buffer, not a doubling series, at 100,000 codes
	b.WriteString(header)
	if len(l.specs) > 0 {
		b.WriteByte('\n')
	}
	for _, sp := range l.specs {
		line(&b, "spec", quote(sp.Path), sp.Digest)
	}
	for _, sl := range l.ordered() {
		b.WriteByte('\n')
		if sl.section == "" {
			line(&b, "set", quote(sl.key), sl.name)
		} else {
			line(&b, "set", quote(sl.key), sl.name, quote(sl.section))
		}
		for _, v := range sortedValues(sl.members) {
			e := sl.members[v]
			kw := "member"
			switch {
			case e.reserved:
				kw = "reserved"
			case e.removed:
				kw = "removed"
			}
			line(&b, kw, quote(sl.key), quote(v), e.name)
		}
	}
	return b.Bytes()
}

func line(b *bytes.Buffer, fields ...string) {
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(f)
	}
	b.WriteByte('\n')
}

// quote writes a field bare when it reads back unchanged, else as a Go
// string literal, so keys with spaces or control characters survive.
func quote(s string) string {
	if bare(s) {
		return s
	}
	return strconv.Quote(s)
}

func bare(s string) bool {
	if s == "" || s[0] == '"' || s[0] == '#' {
		return false
	}
	if graphicASCII(s) {
		return true // the usual key, code or name, decided without decoding
	}
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r == ' ' || r == '\t' || !unicode.IsPrint(r) {
			return false
		}
	}
	return true
}

// graphicASCII reports s made only of printable ASCII other than space.
func graphicASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] <= ' ' || s[i] > '~' {
			return false
		}
	}
	return true
}
