module codebook.dev/codebook

// The go line is the lowest the code and its dependencies allow, with no
// patch release, so that a module importing codebook (or generated/opi)
// is not moved to one: testing.B.Loop and T.Chdir are Go 1.24, and
// x/net v0.45.0 (the first with the fixes for html.Parse's quadratic and
// endless inputs, which spec/read feeds hostile pages) needs 1.24.0.
// x/net and x/tools stay at the last releases whose own go line is
// 1.24.0 (v0.50.0, v0.42.0); a newer one would raise ours to 1.25.
// e2e/gomod_test.go checks the form.
go 1.24.0

require (
	github.com/dave/jennifer v1.7.1
	github.com/golangci/plugin-module-register v0.1.2
	github.com/yuin/goldmark v1.8.7
)

require golang.org/x/tools v0.42.0

require golang.org/x/net v0.50.0

require (
	golang.org/x/mod v0.33.0 // indirect
	golang.org/x/sync v0.19.0 // indirect
)
