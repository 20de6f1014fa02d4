module codebook.dev/codebook

// The go line is the lowest the code allows (testing.B.Loop and T.Chdir
// are Go 1.24), written without a patch release so that a module
// importing codebook (or generated/opi) is not moved to one. x/tools
// stays at v0.36.0, the last release whose own go line (1.23.0) does not
// force a higher one; e2e/gomod_test.go checks both.
go 1.24

require (
	github.com/dave/jennifer v1.7.1
	github.com/yuin/goldmark v1.8.7
)

require golang.org/x/tools v0.36.0
