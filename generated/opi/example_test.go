package opi_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"codebook.dev/codebook/generated/opi"
)

// A service decides what to do with each failure of a disbursement. The
// visitor has one method per code in the spec: when the provider adds a
// code and the package is regenerated, retryPolicy stops compiling until
// the new code gets a decision. Codes newer than the package still reach
// Unknown.
type retryPolicy struct{}

func (retryPolicy) TransactionServiceError() bool            { return true }
func (retryPolicy) TransactionExceedLimit() bool             { return false }
func (retryPolicy) TransactionParamsError() bool             { return false }
func (retryPolicy) TransactionInsufficientBalance() bool     { return false }
func (retryPolicy) TransactionChannelRejected() bool         { return false }
func (retryPolicy) TransactionDestinationAccountError() bool { return false }
func (retryPolicy) TransactionNetworkReject() bool           { return true }
func (retryPolicy) TransactionChannelTemporarilyClose() bool { return true }
func (retryPolicy) MerchantUnavailableError() bool           { return false }
func (retryPolicy) RecipientAccountBlocked() bool            { return false }
func (retryPolicy) ChannelRefundFailed() bool                { return false }
func (retryPolicy) Unknown(opi.FailedCode) bool              { return false }

func ExampleVisitFailedCode() {
	for _, c := range []opi.FailedCode{opi.FailedCodeTransactionNetworkReject, opi.FailedCodeRecipientAccountBlocked, -10099} {
		fmt.Println(c.String(), "retry:", opi.VisitFailedCode[bool](c, retryPolicy{}))
	}
	// Output:
	// TransactionNetworkReject retry: true
	// RecipientAccountBlocked retry: false
	// FailedCode(-10099) retry: false
}

// statusLabel shows a transaction status to a Chinese-speaking user; the
// visitor's result type is the label.
type statusLabel struct{ lang string }

func (l statusLabel) Pending() string { return "⏳ " + opi.TransactionStatusPending.Message(l.lang) }
func (l statusLabel) Completed() string {
	return "✅ " + opi.TransactionStatusCompleted.Message(l.lang)
}
func (l statusLabel) Failed() string { return "❌ " + opi.TransactionStatusFailed.Message(l.lang) }
func (l statusLabel) Unknown(s opi.TransactionStatus) string {
	return "? " + string(s)
}

func ExampleVisitTransactionStatus() {
	for _, s := range []opi.TransactionStatus{"PENDING", "FAILED", "REVERSED"} {
		fmt.Println(opi.VisitTransactionStatus(s, statusLabel{lang: "zh-CN"}))
	}
	// Output:
	// ⏳ 交易中
	// ❌ 交易失败
	// ? REVERSED
}

// A client turns the provider's {"code","message"} body into an error
// and matches it by code with CodeOf, as gRPC's status.Code does.
func ExampleErrorResponse_Err() {
	body := []byte(`{"code":21001,"message":"Request sign error"}`)
	var r opi.ErrorResponse
	if err := json.Unmarshal(body, &r); err != nil {
		panic(err)
	}
	err := fmt.Errorf("create order: %w", r.Err())
	fmt.Println(err)

	if c, _ := opi.CodeOf(err); c == opi.CodeSignError {
		fmt.Println("re-sign:", int64(c), c)
	}
	fmt.Println(errors.Is(err, opi.CodeSignError.Err()), errors.Is(err, opi.CodeParamError.Err()))

	ok := opi.ErrorResponse{Code: opi.CodeSuccess, Message: "Success"}
	fmt.Println(ok.Err())
	// Output:
	// create order: OPI_SIGN_ERROR (21001): Request sign error
	// re-sign: 21001 OPI_SIGN_ERROR
	// true false
	// <nil>
}

func ExampleTransactionStatus_Message() {
	for _, lang := range []string{"en", "zh", "zh-TW", "fr"} {
		fmt.Println(lang, opi.TransactionStatusCompleted.Message(lang))
	}
	// Output:
	// en transaction completed
	// zh 交易完成
	// zh-TW 交易完成
	// fr transaction completed
}

func ExampleParseCode() {
	for _, s := range []string{"OPI_MCH_IP_ERROR", "MchIPError", "21016", "21099"} {
		c, err := opi.ParseCode(s)
		fmt.Println(int32(c), err)
	}
	// Output:
	// 21016 <nil>
	// 21016 <nil>
	// 21016 <nil>
	// 0 opi: invalid Code "21099": want a member name or code
}
