// Package e2e holds codebook's end-to-end tests; it has no API. The
// tests generate packages from every test spec into a scratch module
// and build, vet and run a checking program against them; run every
// code block of README.md and docs/install.md (tool directives run from
// //go:generate, the API example, the CI checks, go install, an import
// of generated/opi, vendored) in scratch modules that fetch through a
// fake module proxy answering 403 as the real one does for codebook;
// check that generated/ matches what generate.go at the repository
// root says, printing each warning once; and benchmark the generate
// pipeline.
//
// Everything that needs the go command or the network is skipped under
// go test -short.
package e2e
