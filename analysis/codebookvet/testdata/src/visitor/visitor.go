// Package visitor handles codes with the generated visitor: switches in
// the methods of a type implementing it are not checked.
package visitor

import "opi"

type label struct{}

func (label) Pending() string   { return "wait" }
func (label) Completed() string { return "done" }
func (label) Failed() string    { return "failed" }

// Unknown gets the codes the spec does not list: a switch here needs
// neither the members nor a default.
func (label) Unknown(s opi.TransactionStatus) string {
	switch s {
	case "REFUNDED":
		return "refunded"
	}
	return string(s)
}

// counter implements the visitor with pointer receivers and another
// result type.
type counter struct{ n map[string]int }

func (c *counter) Pending() int   { return c.n["p"] }
func (c *counter) Completed() int { return c.n["c"] }
func (c *counter) Failed() int    { return c.n["f"] }
func (c *counter) Unknown(s opi.TransactionStatus) int {
	switch s {
	}
	return 0
}

// partial lacks Failed: it is no visitor, and its switches are checked.
type partial struct{}

func (partial) Pending() string   { return "wait" }
func (partial) Completed() string { return "done" }
func (partial) Unknown(s opi.TransactionStatus) string {
	switch s { // want `missing cases` `no default case`
	case "REFUNDED":
		return "refunded"
	}
	return string(s)
}

// response is a method of a TransactionStatus visitor switching on
// another set: that switch is checked.
func (label) response(c opi.ResponseCode) string {
	switch c { // want `missing cases` `no default case`
	case opi.ResponseCodeCannotReverse:
	}
	return c.String()
}

var (
	_ opi.TransactionStatusVisitor[string] = label{}
	_ opi.TransactionStatusVisitor[int]    = &counter{}
)
