package semantics

import (
	"strings"

	"codebook.dev/codebook/spec"
)

// Outcome is what a status code says about a request.
type Outcome int8

const (
	None    Outcome = iota // not known: the predicates answer false
	Success                // succeeded; terminal
	Failure                // failed; terminal
	Pending                // not finished: query again later
)

// Terminal reports an outcome that will not change.
func (o Outcome) Terminal() bool { return o == Success || o == Failure }

// String returns "", "success", "failure" or "pending".
func (o Outcome) String() string {
	switch o {
	case Success:
		return "success"
	case Failure:
		return "failure"
	case Pending:
		return "pending"
	}
	return ""
}

// Status is the outcome of every member of a set, in Members order, and
// whether the set is a status set: one whose Go type gets IsSuccess,
// IsFailure, IsPending and IsTerminal.
type Status struct {
	On bool
	Of []Outcome
	// FromText marks outcomes read from a member's value, symbol or
	// text rather than a column or a directive.
	FromText []bool
	// Unclear are the members of a set that looks like a status set
	// (a key or heading that says status or state, and cues for at
	// least half its codes) whose outcome no column, directive or text
	// gives, or whose cues disagree: an outcome.CODE= directive decides
	// them. Empty when On.
	Unclear []*spec.Member
}

// Outcomes reads the set's statuses. A member's outcome is, in order:
// its outcome.CODE= directive, its result column (S, F, U), success for
// the success code, else its cues (see cueOutcome). The set is a status
// set when an outcome= directive says so, when it has a result column
// or an outcome.CODE= directive, or when it is not an error set and
// every member's cues give an outcome, not all the same one.
func Outcomes(s *spec.Set) Status {
	st := Status{Of: make([]Outcome, len(s.Members)), FromText: make([]bool, len(s.Members))}
	documented, cued := s.Columns.Result, 0
	for _, m := range s.Members {
		documented = documented || fromResult(m.Outcome) != None
	}
	// Cues decide nothing in an error set without a result column or
	// directive, nor in a set a directive says is no status set: most
	// large sets, whose texts need not be read for them.
	mayCue := s.Status == spec.Yes || documented || s.Status != spec.No && !s.Errors
	kinds := map[Outcome]bool{}
	for i, m := range s.Members {
		o := fromResult(m.Outcome)
		if o == None {
			o = fromResult(m.Behaviour.Result)
		}
		if o == None && m.Success {
			o = Success
		}
		if o == None && mayCue {
			if o = cueOutcome(m); o != None {
				st.FromText[i] = true
				cued++
			}
		}
		st.Of[i] = o
		kinds[o] = true
	}
	switch {
	case s.Status == spec.No:
	case s.Status == spec.Yes || documented:
		st.On = true
	case !s.Errors && len(s.Members) > 1 && !kinds[None] && len(kinds) > 1:
		st.On = true
	}
	if !st.On && s.Status != spec.No && !s.Errors && saysStatus(s) && 2*cued >= len(s.Members) {
		for i, m := range s.Members {
			if st.Of[i] == None {
				st.Unclear = append(st.Unclear, m)
			}
		}
	}
	return st
}

func fromResult(r spec.Result) Outcome {
	switch r {
	case spec.ResultSuccess:
		return Success
	case spec.ResultFailure:
		return Failure
	case spec.ResultUnknown:
		return Pending
	}
	return None
}

// saysStatus reports a set whose key or heading names a status or a
// state.
func saysStatus(s *spec.Set) bool {
	for _, t := range []string{s.Key, s.Naming.Header, s.Doc} {
		low := strings.ToLower(t)
		if strings.Contains(low, "status") || strings.Contains(low, "state") || strings.Contains(t, "状态") || strings.Contains(t, "狀態") {
			return true
		}
	}
	return false
}
