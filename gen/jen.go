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
