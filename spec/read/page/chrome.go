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

// chromeWords are class and id words that are chrome wherever they
// stand in the name ("md-sidebar", "theme-doc-sidebar-container").
var chromeWords = []string{
	"sidebar", "navbar", "breadcrumb", "searchbox", "search-box", "search-bar",
	"md-search", "msearch", "tocify", "toc-wrapper", "table-of-contents",
	"headerlink", "header-anchor", "hash-link", "anchorjs", "skip-link",
	"sr-only", "visually-hidden", "screen-reader", "pagination-nav", "page-nav",
	"book-summary", "nav-tree", "navrow", "navpath", "wy-nav", "rst-versions",
	"edit-this-page", "page-edit", "lang-selector", "md-header", "md-footer",
	"md-tabs", "md-nav", "site-nav", "docsearch", "cookie", "announcement",
}

// chromeNames are class and id words that are chrome when they are the
// whole word.
var chromeNames = map[string]bool{
	"toc": true, "nav": true, "menu": true, "search": true, "related": true,
	"sphinxsidebar": true, "navigation": true, "side-nav": true, "footer": true,
	"site-header": true, "site-footer": true, "topbar": true, "header-nav": true,
}

// chromeName reports a class or id word that marks chrome.
func chromeName(w string) bool {
	w = strings.ToLower(w)
	if chromeNames[w] {
		return true
	}
	for _, c := range chromeWords {
		if strings.Contains(w, c) {
			return true
		}
	}
	return false
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
	if a == nil {
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
