// Package e2e holds codebook's end-to-end tests; it has no API. The
// tests generate packages from every test spec into a scratch module
// and build, vet and run a checking program against them; install
// codebook into a scratch module with go get -tool and run it from a
// //go:generate line; check that generated/ matches what generate.go at
// the repository root says; and benchmark the generate pipeline.
//
// Everything that needs the go command or the network is skipped under
// go test -short.
package e2e
