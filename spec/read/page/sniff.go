package page

import (
	"bytes"
	"path/filepath"
	"strings"
)

// IsHTML reports a document to read as an HTML page: its name ends in
// .html or .htm, or its text starts as an HTML document does (a
// doctype or an <html> tag, after a byte order mark, white space and
// comments such as a browser's "saved from url").
func IsHTML(name string, src []byte) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return true
	}
	return startsAsHTML(src)
}

func startsAsHTML(src []byte) bool {
	s := bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	for range 16 {
		s = bytes.TrimLeft(s, " \t\r\n\f")
		if !bytes.HasPrefix(s, []byte("<!--")) {
			break
		}
		end := bytes.Index(s, []byte("-->"))
		if end < 0 {
			return false
		}
		s = s[end+3:]
	}
	head := bytes.ToLower(s[:min(len(s), 16)])
	for _, p := range []string{"<!doctype html", "<html", "<?xml", "<head"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}

// Binary names the kind of file src is when it is no text at all (an
// image, an archive a browser saved under a page's name), or "".
func Binary(src []byte) string {
	for _, m := range []struct{ magic, what string }{
		{"\x89PNG\r\n\x1a\n", "a PNG image"},
		{"\xff\xd8\xff", "a JPEG image"},
		{"GIF87a", "a GIF image"},
		{"GIF89a", "a GIF image"},
		{"%PDF-", "a PDF document"},
		{"PK\x03\x04", "a zip archive"},
		{"\x1f\x8b", "a gzip archive"},
		{"RIFF", "a RIFF (WebP) image"},
		{"\x00\x00\x01\x00", "an icon"},
	} {
		if bytes.HasPrefix(src, []byte(m.magic)) {
			return m.what
		}
	}
	if bytes.IndexByte(src[:min(len(src), 512)], 0) >= 0 {
		return "binary data"
	}
	return ""
}

// JSONBody reports a document that is a JSON value rather than a page
// (an API's answer saved under the page's name).
func JSONBody(src []byte) bool {
	s := bytes.TrimLeft(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(s) == 0 || s[0] != '{' && s[0] != '[' {
		return false
	}
	t := bytes.TrimLeft(s[1:], " \t\r\n")
	if len(t) == 0 {
		return false
	}
	if s[0] == '{' {
		return t[0] == '"' || t[0] == '}'
	}
	return bytes.IndexByte([]byte(`"{[]-0123456789`), t[0]) >= 0
}

// Charset returns the character encoding a page's <meta> declares when
// it is not UTF-8 (GBK, GB2312, Shift_JIS, ISO-8859-1 …), and the
// offset of the declaration; "" when the page declares UTF-8 or
// nothing. Only the head is looked at, as browsers do (the first 4 KB).
func Charset(src []byte) (string, int) {
	head := bytes.ToLower(src[:min(len(src), 4096)])
	for from := 0; ; {
		i := bytes.Index(head[from:], []byte("<meta"))
		if i < 0 {
			return "", 0
		}
		at := from + i
		end := bytes.IndexByte(head[at:], '>')
		if end < 0 {
			return "", 0
		}
		tag := head[at : at+end]
		from = at + end
		j := bytes.Index(tag, []byte("charset"))
		if j < 0 {
			continue
		}
		v := bytes.TrimLeft(tag[j+len("charset"):], " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		k := 0
		for k < len(v) && (isAlnum(v[k]) || v[k] == '-' || v[k] == '_' || v[k] == '.' || v[k] == ':') {
			k++
		}
		name := string(src[at+len(tag)-len(v) : at+len(tag)-len(v)+k])
		switch strings.ToLower(name) {
		case "", "utf-8", "utf8", "us-ascii", "ascii", "unicode-1-1-utf-8":
			return "", 0
		}
		return name, at
	}
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
