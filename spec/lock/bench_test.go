package lock

import (
	"strconv"
	"testing"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/goname"
)

// bigSpec is one 10 000-code set; odd names collide with their
// neighbours' locked names to exercise renaming.
func bigSpec(rev int) *spec.Spec {
	set := &spec.Set{Name: "ErrorCode", Key: "code"}
	for i := 0; i < 10000; i++ {
		v := strconv.Itoa(100000 + i)
		name := "Error" + v
		if rev == 1 {
			name = "Reworded" + strconv.Itoa(i/2)
		}
		set.Members = append(set.Members, &spec.Member{Value: v, GoName: name})
	}
	return &spec.Spec{Sets: []*spec.Set{set}}
}

func BenchmarkParse(b *testing.B) {
	l := &Lock{}
	l.Update(bigSpec(0))
	data := l.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Parse("big.lock", data)
	}
}

func BenchmarkBytes(b *testing.B) {
	l := &Lock{}
	l.Update(bigSpec(0))
	b.ReportAllocs()
	for b.Loop() {
		l.Bytes()
	}
}

func BenchmarkResolveUpdate(b *testing.B) {
	base := &Lock{}
	base.Update(bigSpec(0))
	b.ReportAllocs()
	for b.Loop() {
		l := base.Clone()
		s := bigSpec(1)
		goname.Resolve(s, l)
		l.Update(s)
	}
}
