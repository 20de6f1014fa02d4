// Package templates holds codebook's embedded text/template files, so
// the binary needs nothing beside it at run time. Package render runs
// them (codebook render -t NAME); docs/render.md documents their data and
// functions.
//
//   - reference.md.tmpl: a markdown reference page for support staff,
//     one table per set under the spec's own section title: per code its
//     messages in every language, HTTP status, whether to retry, the
//     outcome of a status, and what to do.
//   - reference-dev.md.tmpl: the developer's reference page, one table
//     per set (code, Go name, symbol, texts, behaviour and extra columns),
//     its ranges, and the payload examples, with wire keys and positions.
//   - typescript.ts.tmpl: a TypeScript module, per set a const object, a
//     union type of the codes and a message function with the Go
//     package's fallbacks, and an interface per payload example.
//   - catalog.json.tmpl: message catalogs per language in i18next's flat
//     key → message JSON.
//   - diff.md.tmpl renders a diff.Report as markdown for a pull request:
//     a summary count by level, then one table per set with the old and
//     new text of every changed member side by side.
//
// Templates get spec text only through escaping functions (render's md,
// tsString, jsonString…, spec/diff's cell and what for the report); a
// template never writes spec text on its own.
package templates

import "embed"

// FS holds the template files.
//
//go:embed *.tmpl
var FS embed.FS
