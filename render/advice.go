package render

import "strings"

// adviceHeaders are words of an extra column's header that say the
// column tells the reader what to do about a code (处理建议, Solution…),
// matched in lower case anywhere in the header.
var adviceHeaders = []string{
	"advice", "solution", "suggest", "action", "handling", "resolution", "remedy",
	"what to do", "how to fix", "troubleshoot", "next step",
	"建议", "建議", "解决", "解決", "处理方式", "處理方式", "处理办法", "處理辦法", "处理方法", "處理方法", "措施",
}

// IsAdvice reports whether an extra column's header says what to do.
func IsAdvice(header string) bool {
	low := strings.ToLower(header)
	for _, w := range adviceHeaders {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// Advice returns the member's cells of the set's advice columns (see
// IsAdvice), joined by "; ": what the spec says to do about the code.
func (m *Member) Advice() string {
	var parts []string
	for _, a := range m.Attrs {
		if IsAdvice(a.Name) && strings.TrimSpace(a.Value) != "" {
			parts = append(parts, strings.TrimSpace(a.Value))
		}
	}
	return strings.Join(parts, "; ")
}

// WhatToDo is what a support engineer tells the caller about the code:
// the spec's advice, else what its behaviour implies (try again later
// for a retryable code, query again for a pending one), else "".
func (m *Member) WhatToDo() string {
	if a := m.Advice(); a != "" {
		return a
	}
	switch {
	case m.Status == "success" || m.Success:
		return "Nothing: the request succeeded."
	case m.Status == "pending":
		return "Wait, then query the request again: its outcome is not known yet."
	case m.Retry:
		return "Try again later: the same request may succeed."
	}
	return ""
}

// HasWhatToDo reports whether some member has something to do.
func (s *Set) HasWhatToDo() bool {
	for _, m := range s.Members {
		if m.WhatToDo() != "" {
			return true
		}
	}
	return false
}

// OtherAttrNames are the set's extra columns that are not advice: the
// support page shows advice as What to do, and these as they are.
func (s *Set) OtherAttrNames() []string {
	var out []string
	for _, n := range s.AttrNames {
		if !IsAdvice(n) {
			out = append(out, n)
		}
	}
	return out
}

// Title is the set's section title on the support page: the heading the
// spec puts above its first table, else its wire key.
func (s *Set) Title() string {
	if t := strings.TrimSpace(s.Doc); t != "" {
		return t
	}
	return "The " + s.Key + " field"
}
