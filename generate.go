// Package codebook is the root of the codebook module: it holds no code,
// only the go:generate line below, so that `go generate ./...` run from
// the repository root regenerates generated/opi from the annotated copy of the provider's spec
// (README: "Which spec generate.go reads, and why").
// The command lives in cmd/codebook; the e2e tests read this line and
// check that generated/ matches it.
package codebook

//go:generate go run ./cmd/codebook generate -o generated/opi -pkg opi spec/opi.annotated.md
