package read

import (
	"strings"

	"codebook.dev/codebook/spec/langtag"
)

// columnScript tells Traditional from Simplified Chinese in column i by
// the characters of its cells: zh-Hant or zh.
func columnScript(rows [][]cell, i int) string {
	var b strings.Builder
	for _, rc := range rows {
		if i < len(rc) {
			b.WriteString(rc[i].text)
		}
	}
	return langtag.Chinese(b.String())
}
