package output

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"path/filepath"
	"strconv"
	"strings"
)

// A journal is the commit record of one folder update: the staged files
// to move into place and the generated files to remove. It is written
// only once everything is staged, so its presence is the commit point:
// a run that finds one finishes it, a run that finds staged files
// without one throws them away.
type journal struct {
	// Put are staged files, by name, to rename from the staging folder
	// into the output folder.
	Put []string
	// LockTemp and Lock are the staged lock file and its destination,
	// both relative to the output folder; "" without a lock change.
	LockTemp, Lock string
	// Del are generated files, by name, to remove from the output folder.
	Del []string
	// base is where the update is staged: the output folder, or for a
	// folder that does not exist yet the new folder staged whole beside
	// it. It is not written: a journal is only ever read in place.
	base string
}

const (
	journalHead = "codebook update 1"
	journalEnd  = "end "
)

// encode writes one entry a line, names Go-quoted, ending in a checksum
// of what precedes it so that a torn or edited journal is never obeyed.
func (j *journal) encode() []byte {
	var b bytes.Buffer
	b.WriteString(journalHead + "\n")
	for _, n := range j.Put {
		fmt.Fprintf(&b, "put %s\n", strconv.Quote(n))
	}
	if j.Lock != "" {
		fmt.Fprintf(&b, "lock %s %s\n", strconv.Quote(j.LockTemp), strconv.Quote(j.Lock))
	}
	for _, n := range j.Del {
		fmt.Fprintf(&b, "del %s\n", strconv.Quote(n))
	}
	fmt.Fprintf(&b, "%s%08x\n", journalEnd, crc32.ChecksumIEEE(b.Bytes()))
	return b.Bytes()
}

var errBadJournal = errors.New("not a complete codebook journal")

// parseJournal reads what encode wrote. Anything else (a torn write, an
// edit, another version) is errBadJournal, and names that could reach
// outside the folder are refused: recovery renames and removes files on
// the journal's word alone.
func parseJournal(data []byte) (*journal, error) {
	body, sum, ok := cutEnd(data)
	if !ok || fmt.Sprintf("%08x", crc32.ChecksumIEEE(body)) != sum {
		return nil, errBadJournal
	}
	lines := strings.Split(strings.TrimSuffix(string(body), "\n"), "\n")
	if lines[0] != journalHead {
		return nil, errBadJournal
	}
	j := &journal{}
	for _, line := range lines[1:] {
		op, rest, _ := strings.Cut(line, " ")
		args, err := quotedArgs(rest)
		if err != nil {
			return nil, err
		}
		switch {
		case op == "put" && len(args) == 1 && checkName(args[0]) == nil:
			j.Put = append(j.Put, args[0])
		case op == "del" && len(args) == 1 && checkName(args[0]) == nil:
			j.Del = append(j.Del, args[0])
		case op == "lock" && len(args) == 2 && j.Lock == "" && args[1] != "" && args[0] == lockTempFor(args[1]):
			j.LockTemp, j.Lock = args[0], args[1]
		default:
			return nil, fmt.Errorf("%w: bad line %q", errBadJournal, line)
		}
	}
	return j, nil
}

// cutEnd splits off the last line, "end CRC", from the body it sums.
func cutEnd(data []byte) (body []byte, sum string, ok bool) {
	if !bytes.HasSuffix(data, []byte("\n")) {
		return nil, "", false
	}
	i := bytes.LastIndexByte(data[:len(data)-1], '\n')
	if i < 0 {
		return nil, "", false
	}
	last := string(data[i+1 : len(data)-1])
	sum, ok = strings.CutPrefix(last, journalEnd)
	return data[:i+1], sum, ok
}

func quotedArgs(s string) ([]string, error) {
	var args []string
	for s != "" {
		q, err := strconv.QuotedPrefix(s)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errBadJournal, err)
		}
		a, _ := strconv.Unquote(q)
		args = append(args, a)
		s = s[len(q):]
		if s != "" {
			var ok bool
			if s, ok = strings.CutPrefix(s, " "); !ok || s == "" {
				return nil, errBadJournal
			}
		}
	}
	return args, nil
}

// lockTempFor is where the new lock file is staged: beside the lock
// (a rename within one folder cannot cross file systems), hidden, and
// under a fixed name, so recovery knows it from the lock's path alone.
func lockTempFor(lock string) string {
	dir, base := filepath.Split(lock)
	return dir + "." + base + stagingSuffix
}
