// Package covers is checked with -default-covers.
package covers

import "opi"

func withDefault(s opi.TransactionStatus) {
	switch s {
	case opi.TransactionStatusPending:
	default:
	}
}

func withoutDefault(s opi.TransactionStatus) {
	switch s { // want `^missing cases in switch on opi.TransactionStatus: TransactionStatusCompleted, TransactionStatusFailed$` `no default case`
	case opi.TransactionStatusPending:
	}
}
