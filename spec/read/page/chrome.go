package page

import "strings"

// Page chrome is what a site puts around the content: navigation,
// sidebars, tables of contents, search boxes, scripts, the permalink
// anchors beside headings. None of it is content and no code may come
// from it. The names below are those the documentation generators use
// (Docusaurus, VuePress, MkDocs, Sphinx, Doxygen, GitBook, Slate) and
// the generic ones hand-written sites use.

// chromeElements are never content.
var chromeElements = map[string]bool{
	"script": true, "style": true, "template": true, "noscript": true,
	"svg": true, "math": true, "canvas": true, "iframe": true, "object": true,
	"nav": true, "aside": true, "button": true, "select": true,
	"textarea": true, "head": true, "title": true,
}

// chromeRoles are the ARIA roles of chrome.
var chromeRoles = map[string]bool{
	"navigation": true, "search": true, "banner": true,
	"contentinfo": true, "complementary": true, "menu": true, "menubar": true,
}

// chromeWords are words of a class or id name (split at hyphens,
// underscores and case changes: "md-sidebar", "VPSidebar",
// "theme-doc-toc-desktop") that mark chrome.
var chromeWords = map[string]bool{
	"sidebar": true, "navbar": true, "nav": true, "navigation": true,
	"breadcrumb": true, "breadcrumbs": true, "toc": true, "tocify": true,
	"aside": true, "search": true, "searchbox": true, "menu": true,
	"footer": true, "pager": true, "pagination": true, "navpath": true,
	"headerlink": true, "anchorjs": true, "permalink": true,
}

// contentWords mark a content wrapper, whatever else its name says
// ("wy-nav-content", "md-content", "main-wrapper"); modifierWords a
// state of the element, not what it is ("has-sidebar", "wy-grid-for-nav").
var (
	contentWords  = map[string]bool{"content": true, "main": true, "article": true, "body": true, "markdown": true, "document": true, "results": true, "noresults": true}
	modifierWords = map[string]bool{"has": true, "with": true, "no": true, "for": true, "show": true, "hide": true, "is": true, "toggle": true, "filled": true, "open": true, "collapsed": true, "visible": true}
)

// chromeNames are whole class and id names of chrome.
var chromeNames = map[string]bool{
	"related": true, "sphinxsidebar": true, "hash-link": true, "sr-only": true,
	"visually-hidden": true, "screen-reader-text": true, "skip-link": true,
	"rst-versions": true, "book-summary": true, "table-of-contents": true,
	"lang-selector": true, "edit-this-page": true, "page-edit": true,
	"prev-next": true, "header-anchor": true, "anchor-link": true,
	"direct-link": true,
}

// chromeName reports a class or id name that marks chrome.
func chromeName(name string) bool {
	low := strings.ToLower(name)
	if chromeNames[low] || strings.HasPrefix(low, "navrow") || strings.Contains(low, "tableofcontents") {
		return true
	}
	chromeWord := false
	for _, w := range nameWords(name) {
		if contentWords[w] || modifierWords[w] {
			return false
		}
		chromeWord = chromeWord || chromeWords[w]
	}
	return chromeWord
}

// nameWords splits a class or id name into lower-case words at
// hyphens, underscores and lower-to-upper case changes.
func nameWords(name string) []string {
	var out []string
	start := 0
	flush := func(i int) {
		if i > start {
			out = append(out, strings.ToLower(name[start:i]))
		}
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '-' || c == '_':
			flush(i)
			start = i + 1
		case i > start && isUpper(c) && (isLower(name[i-1]) || isUpper(name[i-1]) && i+1 < len(name) && isLower(name[i+1])):
			// fooBar and VPSidebar split before the capital.
			flush(i)
			start = i
		}
	}
	flush(len(name))
	return out
}

// attrs are the attributes of a start tag the front end looks at.
type attrs struct {
	class, id, role  string
	rowspan, colspan []byte
	hidden           bool
}

// chrome reports a start tag that opens chrome: a chrome element, a
// <header> or <footer> of the page (not of an article), a chrome role,
// class or id, or an element hidden from every reader.
func chrome(name string, a *attrs, inArticle bool) bool {
	if chromeElements[name] {
		return true
	}
	if (name == "header" || name == "footer") && !inArticle {
		return true
	}
	if a == nil || name == "html" || name == "body" || name == "main" || name == "article" || strings.EqualFold(a.role, "main") {
		// Their classes say how the page is laid out ("sidebar-filled").
		return false
	}
	if a.hidden || chromeRoles[strings.ToLower(a.role)] {
		return true
	}
	for w := range strings.FieldsSeq(a.class) {
		if chromeName(w) {
			return true
		}
	}
	return a.id != "" && chromeName(a.id)
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
