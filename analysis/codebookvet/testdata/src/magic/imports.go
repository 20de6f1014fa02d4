package magic

import "api"

// fromAPI compares a code in a file that does not import opi: the fix
// adds the import.
func fromAPI() bool {
	return api.Get().Code == 21001 // want `^21001 is opi.ErrorCodeSignError: use the constant$`
}

// shadowed cannot name opi: no fix is offered, the report stands.
func shadowed(opi string) bool {
	return api.Get().Status == "COMPLETED" && opi != "" // want `^"COMPLETED" is opi.TransactionStatusCompleted: use the constant$`
}
