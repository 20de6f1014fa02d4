package read

import (
	"bytes"
	"strings"

	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/langtag"
)

// directive is what the <!-- codebook: … --> comments before a table or
// a JSON example say. See the package documentation for the language.
type directive struct {
	pos        spec.Pos
	name       string
	key        string
	kind       *spec.Kind
	langs      []string
	cols       []colSpec
	success    string
	successPos spec.Pos
	errors     *bool
	goNames    []goName
	merge      string
	split      bool
	// httpStatus, status and outcomes are the service directives
	// (servicedir.go).
	httpStatus int
	status     spec.Tri
	outcomes   []outcomeDir
	ignore     bool
	// payload names the next JSON example; ignorePayload drops it.
	payload       string
	ignorePayload bool
	forTable      bool
	forPayload    bool
}

type colSpec struct {
	role role
	lang string
}

type goName struct {
	value, name string
	pos         spec.Pos
}

// parseDirectives reads every codebook comment in src[start:stop] (an
// HTML block) into d, reporting unknown keys and bad values at the
// offending word.
func (r *reader) parseDirectives(d, pd *directive, start, stop int) {
	src := r.src.norm
	for start < stop {
		i := bytes.Index(src[start:stop], []byte("<!--"))
		if i < 0 {
			return
		}
		open := start + i + 4
		j := bytes.Index(src[open:stop], []byte("-->"))
		end := stop
		if j >= 0 {
			end = open + j
		}
		r.parseComment(d, pd, open, end)
		start = min(end+3, stop)
	}
}

func (r *reader) parseComment(d, pd *directive, start, stop int) {
	src := r.src.norm
	start, stop = trimSpace(src, start, stop)
	const prefix = "codebook:"
	if !bytes.HasPrefix(src[start:stop], []byte(prefix)) {
		return
	}
	for _, dd := range []*directive{d, pd} {
		if dd.pos.Line == 0 {
			dd.pos = r.src.pos(start)
		}
	}
	for _, w := range words(src, start+len(prefix), stop) {
		r.directiveWord(d, pd, w)
	}
}

// word is one key=value (or bare key) of a directive.
type word struct {
	key, value string
	hasValue   bool
	off        int
}

// words splits a directive into whitespace-separated words; a value may
// be double-quoted to hold spaces.
func words(src []byte, start, stop int) []word {
	var out []word
	for i := start; i < stop; {
		if isSpace(src[i]) {
			i++
			continue
		}
		w := word{off: i}
		j := i
		for j < stop && !isSpace(src[j]) && src[j] != '=' {
			j++
		}
		w.key = string(src[i:j])
		if j < stop && src[j] == '=' {
			w.hasValue = true
			j++
			if j < stop && src[j] == '"' {
				k := bytes.IndexByte(src[j+1:stop], '"')
				if k < 0 {
					k = stop - j - 1
				}
				w.value = string(src[j+1 : j+1+k])
				j = min(j+2+k, stop)
			} else {
				k := j
				for k < stop && !isSpace(src[k]) {
					k++
				}
				w.value = string(src[j:k])
				j = k
			}
		}
		out = append(out, w)
		i = j
	}
	return out
}

func (r *reader) directiveWord(d, pd *directive, w word) {
	pos := r.src.pos(w.off)
	bad := func(format string, args ...any) { r.diags.Errorf(pos, format, args...) }
	needValue := func() bool {
		if !w.hasValue || w.value == "" {
			bad("directive %q needs a value", w.key)
			return false
		}
		return true
	}
	goIdent := func() bool {
		if !exportedIdent(w.value) {
			bad("directive %s=%q: not an exported Go identifier of ASCII letters and digits", w.key, w.value)
			return false
		}
		return true
	}
	if r.serviceWord(d, w, pos, needValue, bad) {
		return
	}
	if v, ok := strings.CutPrefix(w.key, "go."); ok {
		if needValue() && goIdent() && v != "" {
			d.goNames = append(d.goNames, goName{value: v, name: w.value, pos: pos})
			d.forTable = true
		}
		return
	}
	switch w.key {
	case "name":
		if needValue() && goIdent() {
			d.name, d.forTable = w.value, true
		}
	case "key":
		if needValue() {
			d.key, d.forTable = w.value, true
		}
	case "kind":
		if needValue() {
			var k spec.Kind
			if err := k.UnmarshalText([]byte(w.value)); err != nil {
				bad("directive kind=%q: want int or string", w.value)
				return
			}
			d.kind, d.forTable = &k, true
		}
	case "lang":
		if needValue() {
			d.langs = nil
			for _, l := range strings.Split(w.value, ",") {
				if !langtag.Valid(l) {
					bad("directive lang=%q: %q is not a BCP 47 language tag (en, zh, zh-Hant, id…)", w.value, l)
					return
				}
				d.langs = append(d.langs, langtag.Canonical(l))
			}
			d.forTable = true
		}
	case "cols":
		if needValue() {
			r.directiveCols(d, w, bad)
		}
	case "success":
		if needValue() {
			d.success, d.successPos, d.forTable = w.value, pos, true
		}
	case "errors":
		if needValue() {
			b, ok := map[string]bool{"true": true, "false": false, "on": true, "off": false}[w.value]
			if !ok {
				bad("directive errors=%q: want true or false", w.value)
				return
			}
			d.errors, d.forTable = &b, true
		}
	case "merge":
		if needValue() && goIdent() {
			d.merge, d.forTable = w.value, true
		}
	case "split":
		if w.hasValue {
			bad("directive split takes no value")
			return
		}
		d.split, d.forTable = true, true
	case "ignore":
		switch {
		case !w.hasValue || w.value == "table":
			d.ignore, d.forTable = true, true
		case w.value == "payload":
			pd.ignorePayload, pd.forPayload = true, true
		default:
			bad("directive ignore=%q: want table or payload", w.value)
		}
	case "payload":
		if needValue() && goIdent() {
			pd.payload, pd.forPayload = w.value, true
		}
	default:
		bad("unknown directive %q", w.key)
	}
}

func (r *reader) directiveCols(d *directive, w word, bad func(string, ...any)) {
	d.cols = nil
	for _, c := range strings.Split(w.value, ",") {
		name, lang, _ := strings.Cut(c, ":")
		ro, ok := roleNames[name]
		if !ok {
			bad("directive cols=%q: unknown column role %q (want key, symbol, text, attr or skip)", w.value, c)
			d.cols = nil
			return
		}
		if lang != "" && (ro != roleText || !langtag.Valid(lang)) {
			bad("directive cols=%q: bad language in %q (text:TAG with a BCP 47 tag, e.g. text:en)", w.value, c)
			d.cols = nil
			return
		}
		if lang != "" {
			lang = langtag.Canonical(lang)
		}
		d.cols = append(d.cols, colSpec{role: ro, lang: lang})
	}
	d.forTable = true
}
