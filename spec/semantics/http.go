package semantics

import "codebook.dev/codebook/spec"

// The statuses a code falls back to when neither its row nor an
// http-status= directive gives one: an error is the server's failure
// until the spec says otherwise, anything else is a success.
const (
	ErrorStatus   = 500
	SuccessStatus = 200
)

// HasHTTPStatus reports whether the Go package gives the set an
// HTTPStatus method: the spec documents statuses (a column or a
// directive) or the codes are errors, which a service must map to some
// status.
func HasHTTPStatus(s *spec.Set) bool {
	return s.Columns.HTTPStatus || validStatus(s.HTTPStatus) || s.Errors
}

// DefaultHTTPStatus is the status of a code the spec gives none for,
// a code outside the spec included: the http-status= directive's, else
// ErrorStatus for an error set and SuccessStatus for any other.
func DefaultHTTPStatus(s *spec.Set) int {
	switch {
	case validStatus(s.HTTPStatus):
		return s.HTTPStatus
	case s.Errors:
		return ErrorStatus
	}
	return SuccessStatus
}

// HTTPStatus is the status of member m of s, never 0: its documented
// status, else SuccessStatus for the success code (or one whose result
// is success), else DefaultHTTPStatus.
func HTTPStatus(s *spec.Set, m *spec.Member) int {
	if h := m.Behaviour.HTTPStatus; validStatus(h) {
		return h
	}
	if m.Success || m.Behaviour.Result == spec.ResultSuccess {
		return SuccessStatus
	}
	return DefaultHTTPStatus(s)
}

// Documented reports whether m's status is the spec's own rather than a
// fallback.
func Documented(m *spec.Member) bool { return validStatus(m.Behaviour.HTTPStatus) }

// ValidStatus reports an HTTP status net/http's WriteHeader accepts.
func ValidStatus(h int) bool { return validStatus(h) }

func validStatus(h int) bool { return h >= 100 && h <= 599 }
