package opi_test

import (
	"testing"

	"codebook.dev/codebook/generated/opi"
)

// Sinks keep the compiler from dropping the calls under measurement.
var (
	sinkString string
	sinkCode   opi.Code
)

// The codes a benchmark cycles through: every member, so branch
// prediction cannot learn a single answer.
var benchCodes = opi.CodeValues()

func BenchmarkCodeString(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkString = benchCodes[i%len(benchCodes)].String()
	}
}

// An unknown code formats its number: the one String path that allocates.
func BenchmarkCodeStringUnknown(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkString = opi.Code(29999).String()
	}
}

func BenchmarkFailedCodeString(b *testing.B) {
	codes := opi.FailedCodeValues()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkString = codes[i%len(codes)].String()
	}
}

func BenchmarkTransactionStatusMessage(b *testing.B) {
	langs := []string{"en", "zh-CN", "zh-Hant-TW", "fr"}
	codes := opi.TransactionStatusValues()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkString = codes[i%len(codes)].Message(langs[i%len(langs)])
	}
}

func BenchmarkCodeMessage(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkString = benchCodes[i%len(benchCodes)].Message("zh-CN")
	}
}

func BenchmarkParseCode(b *testing.B) {
	names := make([]string, 0, len(benchCodes))
	for _, c := range opi.CodeValues() {
		names = append(names, c.String())
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkCode, _ = opi.ParseCode(names[i%len(names)])
	}
}

func BenchmarkParseCodeDecimal(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		sinkCode, _ = opi.ParseCode("21016")
	}
}
