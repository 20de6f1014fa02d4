// Package off is checked with every check turned off.
package off

import "opi"

func f(s opi.TransactionStatus) bool {
	switch s {
	case "PENDING":
	}
	return s == "FAILED" || opi.ErrorCode(21001) == opi.ErrorCodeSuccess
}
