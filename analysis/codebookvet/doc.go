// Package codebookvet defines an Analyzer that checks code using the
// code sets codebook generates: switches that miss members or have no
// default, and literals written where a named code exists.
//
// # Analyzer codebookvet
//
// codebookvet: check switches on, and comparisons with, codebook code sets
//
// A code set is a type codebook generated from a provider's table of
// error or status codes. The generator marks each one with a
// //codebook:set directive on its declaration (go doc hides it), and
// the analyzer passes what it learns about a marked type to every
// package importing it as an analysis fact: nothing needs configuring.
// Any integer or string type carrying the directive counts, so a
// hand-written enum can opt in too. The members are the exported
// constants of the type declared in its package, in declaration order,
// which for generated code is the spec's order.
//
// It makes three checks, each of which a flag turns off.
//
// Missing cases (-cases=false to turn off). A switch on a code-set value
// must name every member:
//
//	switch resp.Code { // missing cases in switch on opi.ErrorCode: ErrorCodeSignError, …
//	case opi.ErrorCodeSuccess:
//	…
//	}
//
// A default clause does not count, because the point of the check is to
// learn which members a new version of the spec added; pass
// -default-covers to let a default stand for the missing members. The
// suggested fix inserts the missing cases in spec order, each with the
// member's text as a comment, before the default clause if there is one.
//
// Unknown codes (-unknown=false to turn off). Generated code sets are
// open: decoding keeps a code the spec does not list, because the
// provider adds codes before the spec catches up. A switch on a code-set
// value without a default clause lets such a code fall through silently,
// so the analyzer reports it; the suggested fix adds a default clause.
//
// Magic values (-magic=false to turn off). Comparing a code-set value
// with a literal that is a member's value (code == 21001,
// status != "PENDING", case 21001:) or converting such a literal
// (opi.ErrorCode(21001)) hides which code is meant and survives a rename
// in the spec. The analyzer names the constant, and the suggested fix
// writes it instead (adding the import when the file lacks it). A
// literal that is no member's value is left alone: it may be a code the
// spec does not list yet.
//
// A type implementing the set's generated <Set>Visitor interface handles
// every member by construction (the compiler fails it when the spec
// gains one), so switches inside its methods are not checked for
// missing cases or a default. Files with a "Code generated … DO NOT
// EDIT." header are never reported on.
//
// Run it alone (codebookvet ./..., with -fix to apply the suggested
// fixes) or from go vet (go vet -vettool=$(command -v codebookvet) ./...).
// Package gclplugin below this one makes it a golangci-lint module
// plugin; docs/codebookvet.md in the repository shows the configuration.
package codebookvet
