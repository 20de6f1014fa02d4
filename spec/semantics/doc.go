// Package semantics derives what a service acts on from a code set: the
// HTTP status of every code, whether a retry may succeed, the outcome a
// status code stands for, and the placeholders its texts contain. The
// Go package (gen) and the rendered outputs (render) both ask here, so
// that Go and TypeScript give every code the same answers.
//
// Each answer comes from what the provider documents first (a column, a
// directive) and from the texts only where nothing documents it; a
// caller that says where an answer came from can tell them apart.
package semantics
