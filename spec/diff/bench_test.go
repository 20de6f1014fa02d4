package diff

import (
	"io"
	"os"
	"strconv"
	"strings"
	"testing"

	"codebook.dev/codebook/spec"
)

// seedPair is the seed against a revision with codes appended, one
// reworded and one removed: the real shape of a provider's update.
func seedPair(b *testing.B) (Side, Side) {
	src, err := os.ReadFile("../opi.md")
	if err != nil {
		b.Fatal(err)
	}
	doc := string(src)
	var rows strings.Builder
	for c := 21017; c <= 21028; c++ {
		rows.WriteString("| " + strconv.Itoa(c) + " | OPI_NEW_" + strconv.Itoa(c) + " | New error |\n")
	}
	newDoc := strings.Replace(doc, "| 21016 | OPI_MCH_IP_ERROR | Merchant ip forbidden |\n", "| 21016 | OPI_MCH_IP_ERROR | Merchant ip forbidden |\n"+rows.String(), 1)
	newDoc = strings.Replace(newDoc, "Server error, Please try again later.", "Service error, please contact administrator", -1)
	newDoc = strings.Replace(newDoc, "| -10009 | Recipient Account Blocked |\n", "", -1)
	old, new := readResolved("old.md", src), readResolved("new.md", []byte(newDoc))
	return Side{Name: "old.md", Spec: old}, Side{Name: "new.md", Spec: new}
}

// bigPair is two revisions of a 10 000-code set in two languages, one
// code in ten reworded, one in a hundred removed and as many added.
func bigPair() (Side, Side) {
	mk := func(rev int) *spec.Spec {
		set := &spec.Set{Name: "ErrorCode", Key: "code", Errors: true}
		for i := 0; i < 10000; i++ {
			if rev == 1 && i%100 == 0 {
				continue
			}
			v := strconv.Itoa(100000 + i)
			text := "Error number " + v
			if rev == 1 && i%10 == 0 {
				text += " (reworded)"
			}
			set.Members = append(set.Members, &spec.Member{Value: v, GoName: "Error" + v, Symbol: "E_" + v,
				Texts: []spec.Text{{Lang: "en", Text: text}, {Lang: "zh", Text: "错误 " + v}}})
		}
		if rev == 1 {
			for i := 0; i < 100; i++ {
				v := strconv.Itoa(200000 + i)
				set.Members = append(set.Members, &spec.Member{Value: v, GoName: "Error" + v, Texts: []spec.Text{{Lang: "en", Text: "New"}}})
			}
		}
		return &spec.Spec{Sets: []*spec.Set{set}}
	}
	return Side{Name: "old", Spec: mk(0)}, Side{Name: "new", Spec: mk(1)}
}

func BenchmarkCompareSeed(b *testing.B) {
	old, new := seedPair(b)
	b.ReportAllocs()
	for b.Loop() {
		Compare(old, new)
	}
}

func BenchmarkCompareBig(b *testing.B) {
	old, new := bigPair()
	b.ReportAllocs()
	for b.Loop() {
		Compare(old, new)
	}
}

func BenchmarkFormats(b *testing.B) {
	old, new := bigPair()
	r := Compare(old, new)
	for _, format := range Formats {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := r.Write(io.Discard, format); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
