// Package goname owns the Go names of a spec: the rules that turn spec
// text into Go identifiers (rules.go), the names the generated API
// declares besides member constants and the method names a member must
// not take (api.go), and the one pass that resolves every name of a
// spec with them (Resolve). gen declares only what api.go lists and
// renames nothing.
//
// Identifiers are a compatibility promise: once a generated package is
// imported, renaming a constant breaks every importer. Change a rule here
// only with a lock file (see docs/commands.md) that pins the names already out.
//
// # Why spec/goname
//
// The package works on the model, not on Go output: like protogen, which
// resolves a GoIdent for every descriptor once and lets the generators
// use it, it gives every set, member, payload and field of a spec.Spec
// its Go name before anything is emitted, and the reader, the lock, the
// diff and the generator read those names instead of deriving them. It
// lives beside spec/lock and spec/ident, the other passes over the model;
// it imports spec and spec/ident only, so every package that needs a
// name rule (the reader, the lock, the diff, gen, render) can import it.
// It moved here from gen/naming, where 14 of the 15 files that used it
// were outside gen.
package goname
