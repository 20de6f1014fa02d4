// Package templates holds codebook's embedded text/template files, so
// the binary needs nothing beside it at run time.
//
//   - diff.md.tmpl renders a diff.Report as markdown for a pull request:
//     a summary count by level, then one table per set with the old and
//     new text of every changed member side by side.
//
// Templates get their values already escaped for markdown by the
// functions their user installs ("cell", "what"); a template never
// writes spec text on its own.
package templates

import "embed"

// FS holds the template files.
//
//go:embed *.tmpl
var FS embed.FS
