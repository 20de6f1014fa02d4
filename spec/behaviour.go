package spec

// Behaviour is what a member's behaviour columns say about it: the
// columns a service acts on (retry, map to an HTTP status, treat as
// final), as opposed to texts it shows. The reader fills it from
// columns such as `Retryable`/`可重试`, `HTTP Status`/`HTTP状态码`,
// a result-status column (`S`/`F`/`U`) and `Category`/`分类`; English
// and Chinese headers of the same column fill the same field.
//
// The zero value means "not given". Which columns a set has at all is
// Set.Columns, so that a generator emits a method only where the
// provider documents it.
type Behaviour struct {
	// HTTPStatus is the documented HTTP status (100..599), 0 when not
	// given.
	HTTPStatus int
	// Retryable says whether a retry may succeed.
	Retryable Tri
	// Result is the documented outcome of a request that returns this
	// code.
	Result Result
	// Category is the provider's grouping of the code ("Amount",
	// "卡片"), as written; "" when not given.
	Category string
}

// Tri is a yes/no answer that may be missing.
type Tri int8

const (
	Unset Tri = iota // not given
	Yes
	No
)

// String returns "", "yes" or "no".
func (t Tri) String() string {
	switch t {
	case Yes:
		return "yes"
	case No:
		return "no"
	}
	return ""
}

// Result is a result-status column's value: the S/F/U convention of
// payment gateways, or its spelled-out forms.
type Result int8

const (
	ResultUnset   Result = iota // not given
	ResultSuccess               // S: the request succeeded
	ResultFailure               // F: the request failed; final
	ResultUnknown               // U: outcome unknown; query again
)

// String returns "", "success", "failure" or "unknown".
func (r Result) String() string {
	switch r {
	case ResultSuccess:
		return "success"
	case ResultFailure:
		return "failure"
	case ResultUnknown:
		return "unknown"
	}
	return ""
}

// Columns records which behaviour columns a set's tables have, so that
// a method is generated only for a column the provider documents.
type Columns struct {
	HTTPStatus bool
	Retryable  bool
	Result     bool
	Category   bool
}

// Any reports whether the set has any behaviour column.
func (c Columns) Any() bool { return c.HTTPStatus || c.Retryable || c.Result || c.Category }

// Names returns the JSON names of the columns the set has, in a fixed
// order.
func (c Columns) Names() []string {
	var out []string
	for _, x := range []struct {
		on   bool
		name string
	}{{c.HTTPStatus, "httpStatus"}, {c.Retryable, "retryable"}, {c.Result, "result"}, {c.Category, "category"}} {
		if x.on {
			out = append(out, x.name)
		}
	}
	return out
}
