package cases

import (
	"fmt"

	"api"
	"opi"
)

// complete names every member and has a default: nothing to report.
func complete(s opi.TransactionStatus) string {
	switch s {
	case opi.TransactionStatusPending:
		return "wait"
	case opi.TransactionStatusCompleted, opi.TransactionStatusFailed:
		return "done"
	default:
		return "unknown"
	}
}

func missingBeforeDefault(s opi.TransactionStatus) string {
	switch s { // want `^missing cases in switch on opi.TransactionStatus: TransactionStatusCompleted, TransactionStatusFailed$`
	case opi.TransactionStatusPending:
		return "wait"
	default:
		return "unknown"
	}
}

func missingAndNoDefault(c opi.ResponseCode) {
	switch c { // want `^missing cases in switch on opi.ResponseCode: ResponseCodeNotAllowedToRefund, ResponseCodeTransactions60DaysAgoCannotInitiateRefunds, .*, ResponseCodeDuplicateMchVoidOrderIDDetected$` `^switch on opi.ResponseCode has no default case: a code the spec does not list falls through silently$`
	case opi.ResponseCodeRefundIsProcessing:
		fmt.Println("later")
	}
}

func noDefault(s opi.TransactionStatus) {
	switch s { // want `^switch on opi.TransactionStatus has no default case`
	case opi.TransactionStatusPending, opi.TransactionStatusCompleted:
	case opi.TransactionStatusFailed:
		fmt.Println("failed")
	}
}

func empty(s opi.TransactionStatus) {
	switch s { // want `^missing cases in switch on opi.TransactionStatus: TransactionStatusPending, TransactionStatusCompleted, TransactionStatusFailed$` `no default case`
	}
}

// throughAlias switches on a field whose type is an alias declared in
// another package: the set is still opi's, and so is the name the fix
// writes.
func throughAlias() {
	r := api.Get()
	switch r.Code { // want `^missing cases in switch on opi.ErrorCode: ErrorCodeSuccess, ErrorCodeGeneralError, ErrorCodeParamError, .*ErrorCodeMchIPError$`
	case api.Code(0):
	case opi.ErrorCodeSignError:
	default:
	}
}

// withInit switches on a variable declared in the statement.
func withInit(b []byte) {
	switch s := opi.TransactionStatus(b); s { // want `missing cases in switch on opi.TransactionStatus: TransactionStatusFailed$`
	case opi.TransactionStatusPending, opi.TransactionStatusCompleted:
	default:
		fmt.Println(s)
	}
}

// notACode switches on the underlying type: no code set, nothing to
// report.
func notACode(c opi.ErrorCode) {
	switch int64(c) {
	case 21001:
	}
}

// conditions is a switch without a tag: its comparisons are what is
// checked.
func conditions(c opi.ErrorCode) {
	switch {
	case c == opi.ErrorCodeSuccess:
	case c.IsKnown():
	}
}
