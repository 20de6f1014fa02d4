package gen

import (
	"strconv"

	"github.com/dave/jennifer/jen"
)

// num renders an integer literal without the conversion jen.Lit adds
// for int64 values.
func num(v int64) *jen.Statement { return jen.Op(strconv.FormatInt(v, 10)) }

// str renders spec text as a Go string literal (see quote).
func str(s string) *jen.Statement { return jen.Op(quote(s)) }

// doc renders comment lines for jen's raw comment mode.
func doc(lines ...string) *jen.Statement { return jen.Comment(comment(lines...)) }

// uintType is the smallest unsigned type holding max, for lookup tables.
func uintType(max int) string {
	switch {
	case max <= 0xff:
		return "uint8"
	case max <= 0xffff:
		return "uint16"
	}
	return "uint32"
}

// intList renders the body of an array literal; large tables are built
// as one token because jennifer's per-element rendering dominates the
// run time at 100,000 members.
func intList(vals []int) *jen.Statement {
	b := make([]byte, 0, len(vals)*6+2)
	b = append(b, '{')
	for i, v := range vals {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendInt(b, int64(v), 10)
	}
	b = append(b, '}')
	return jen.Op(string(b))
}

// hexList renders the body of a uint64 array literal in hex, which is
// how a reader checks a bitmap.
func hexList(vals []uint64) *jen.Statement {
	b := make([]byte, 0, len(vals)*20+2)
	b = append(b, '{')
	for i, v := range vals {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, "0x"...)
		b = strconv.AppendUint(b, v, 16)
	}
	b = append(b, '}')
	return jen.Op(string(b))
}
