// Package codebook is the root of the codebook module: it holds no code,
// only the go:generate lines below, so that `go generate ./...` run from
// the repository root regenerates generated/opi from the annotated copy
// of the provider's spec (docs/architecture.md: "Which spec generate.go
// reads, and why"), and the TypeScript module generated/ts/opi.ts a
// front end would import, from the same spec (docs/render.md). The
// render line has -q: the generate line printed the spec's warnings.
// The command lives in cmd/codebook; the e2e tests read these lines and
// check that generated/ matches them.
package codebook

//go:generate go run ./cmd/codebook generate -o generated/opi -pkg opi spec/opi.annotated.md
//go:generate go run ./cmd/codebook render -q -t typescript -o generated/ts/opi.ts spec/opi.annotated.md
