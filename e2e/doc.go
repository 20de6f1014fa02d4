// Package e2e holds codebook's end-to-end tests; it has no API. The
// tests generate packages from every test spec into a scratch module
// and build, vet and run a checking program against them; follow the
// README's install lines (a tool directive run from //go:generate, go
// install, an import of generated/opi, vendored) in scratch modules
// with no network; check that generated/ matches what generate.go at
// the repository root says; and benchmark the generate pipeline.
//
// Everything that needs the go command or the network is skipped under
// go test -short.
package e2e
