package magic

import "opi"

func compare(c opi.ErrorCode, s opi.TransactionStatus) []bool {
	return []bool{
		c == 21001,     // want `^21001 is opi.ErrorCodeSignError: use the constant$`
		10000 != c,     // want `^10000 is opi.ErrorCodeSuccess: use the constant$`
		c == (21002),   // want `^21002 is opi.ErrorCodeParamError: use the constant$`
		c == 99999,     // not a member: it may be a code the spec does not list yet
		s == "PENDING", // want `^"PENDING" is opi.TransactionStatusPending: use the constant$`
		s == "pending", // not a member
		c == opi.ErrorCodeSignError,
		int64(c) == 21001, // not a code set any more
	}
}

func convert() (opi.ErrorCode, opi.FailedCode, opi.TransactionStatus, opi.ErrorCode) {
	return opi.ErrorCode(21003), // want `^21003 is opi.ErrorCodeAppidError: use the constant$`
		opi.FailedCode(-10001), // want `^-10001 is opi.FailedCodeTransactionExceedLimit: use the constant$`
		opi.TransactionStatus("FAILED"), // want `^"FAILED" is opi.TransactionStatusFailed: use the constant$`
		opi.ErrorCode(42) // not a member
}

func cases(s opi.TransactionStatus) {
	switch s {
	case "PENDING": // want `^"PENDING" is opi.TransactionStatusPending: use the constant$`
	case opi.TransactionStatusCompleted, "FAILED": // want `^"FAILED" is opi.TransactionStatusFailed: use the constant$`
	default:
	}
}
