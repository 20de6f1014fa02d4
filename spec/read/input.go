package read

import (
	"codebook.dev/codebook/spec"
	"codebook.dev/codebook/spec/read/page"
)

// admit checks that a document is text the reader can read before it
// is parsed: a file that is an image or an archive, or an HTML page in
// an encoding other than UTF-8, is an error naming what it is, and is
// not read (its bytes would only give a cascade of meaningless
// findings). An HTML page that is really a JSON body is read, with a
// warning.
func (r *reader) admit(name string, b []byte) (ok, html bool) {
	at := spec.Pos{File: name, Line: 1, Col: 1}
	if what := page.Binary(b); what != "" {
		r.diags.Errorf(at, "file is %s, not a text page; save the page itself (its HTML or markdown)", what)
		return false, false
	}
	if !page.IsHTML(name, b) {
		return true, false
	}
	if enc, off := page.Charset(b); enc != "" {
		var tmp spec.Diags
		pos := newSource(name, b[:off+1], &tmp).posOrig(off)
		r.diags.Errorf(pos, "page is encoded in %s; only UTF-8 is read: convert it first (iconv -f %s -t UTF-8) and change its <meta charset>", enc, enc)
		return false, true
	}
	if page.JSONBody(b) {
		r.diags.Warnf(at, "file holds a JSON value, not an HTML page (an API response saved under the page's name?)")
	}
	return true, true
}
