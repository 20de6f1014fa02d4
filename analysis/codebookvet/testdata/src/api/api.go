// Package api passes generated codes on, as a client library would: its
// users switch on and compare codes without importing opi.
package api

import "opi"

// Code is the generated type under another name.
type Code = opi.ErrorCode

// Response is a decoded reply.
type Response struct {
	Code   Code
	Status opi.TransactionStatus
}

// Get returns a reply.
func Get() Response { return Response{} }
