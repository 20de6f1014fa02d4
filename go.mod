module codebook.dev/codebook

go 1.26.8

require (
	github.com/dave/jennifer v1.7.1
	github.com/yuin/goldmark v1.8.7
)

require golang.org/x/tools v0.52.0

require golang.org/x/net v0.62.0
