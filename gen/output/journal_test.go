package output

import (
	"bytes"
	"reflect"
	"testing"
)

func TestJournalRoundTrip(t *testing.T) {
	for _, j := range []*journal{
		{},
		{Put: []string{"a.go", "b c.go"}, Del: []string{"x\".go"}},
		{Put: []string{"a.go"}, Lock: "../spec/opi.lock", LockTemp: lockTempFor("../spec/opi.lock")},
	} {
		got, err := parseJournal(j.encode())
		if err != nil {
			t.Fatalf("%+v: %v", j, err)
		}
		if !reflect.DeepEqual(got, j) && !(len(j.Put)+len(j.Del) == 0 && got.Lock == j.Lock) {
			t.Errorf("round trip: %+v, want %+v", got, j)
		}
	}
}

func TestJournalRefused(t *testing.T) {
	good := (&journal{Put: []string{"a.go"}, Del: []string{"b.go"}}).encode()
	for name, data := range map[string][]byte{
		"empty":     nil,
		"torn":      good[:len(good)-5],
		"no end":    bytes.TrimSuffix(good, good[bytes.LastIndex(good[:len(good)-1], []byte("\n"))+1:]),
		"bit flip":  bytes.Replace(good, []byte("a.go"), []byte("c.go"), 1),
		"escape":    (&journal{Del: []string{"../x.go"}}).encode(),
		"abs":       (&journal{Put: []string{"/etc/x"}}).encode(),
		"lock temp": (&journal{Lock: "x.lock", LockTemp: "other"}).encode(),
	} {
		if _, err := parseJournal(data); err == nil {
			t.Errorf("%s: accepted %q", name, data)
		}
	}
}

// FuzzJournal: parseJournal never panics, and what it accepts encodes
// back to the same bytes.
func FuzzJournal(f *testing.F) {
	f.Add((&journal{Put: []string{"a.go"}, Lock: "l", LockTemp: lockTempFor("l"), Del: []string{"b.go"}}).encode())
	f.Add([]byte(journalHead + "\nend 00000000\n"))
	f.Add([]byte("put \"a.go\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		j, err := parseJournal(data)
		if err != nil {
			return
		}
		if again := j.encode(); !bytes.Equal(again, data) {
			t.Errorf("parse then encode changed %q into %q", data, again)
		}
	})
}
