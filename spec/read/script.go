package read

import (
	"strings"

	"codebook.dev/codebook/spec/langtag"
)

// columnScript tells Traditional from Simplified Chinese in column i by
// the characters of its cells: zh-Hant or zh.
//
// The first scriptSample cells decide: a column is written in one script,
// and a table of 100,000 rows need not be copied into one string to say
// which.
func columnScript(rows [][]cell, i int) string {
	const scriptSample = 64
	var b strings.Builder
	n := 0
	for _, rc := range rows {
		if i < len(rc) && rc[i].text != "" {
			b.WriteString(rc[i].text)
			if n++; n == scriptSample {
				break
			}
		}
	}
	return langtag.Chinese(b.String())
}
