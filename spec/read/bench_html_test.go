package read

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkReadHTML reads a saved documentation page of about 300 KB
// (navigation, sidebar, scripts, ten tables of error codes under their
// headings, prose and code samples between) and, to show the cost is
// linear, the same page four times over.
func BenchmarkReadHTML(b *testing.B) {
	for _, n := range []int{1, 4} {
		doc := htmlPage(n)
		b.Run(fmt.Sprintf("kb=%d", len(doc)>>10), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			b.ReportAllocs()
			for b.Loop() {
				s, diags := Source("page.html", doc)
				if diags.HasErrors() || len(s.Sets) == 0 {
					b.Fatalf("bad read: %v", diags.Errors())
				}
			}
		})
	}
}

// htmlPage writes a page like a documentation generator's, repeated
// n times.
func htmlPage(n int) []byte {
	var w strings.Builder
	w.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Errors</title>`)
	w.WriteString("<style>" + strings.Repeat(".md-nav__link{color:#333}", 200) + "</style>")
	w.WriteString(`<script>window.__DATA__=` + strings.Repeat(`{"k":"<table><tr><td>E0</td></tr></table>"},`, 200) + `null</script></head><body>`)
	w.WriteString(`<nav class="md-nav"><ul>` + strings.Repeat(`<li class="md-nav__item"><a href="#x">Errors and codes</a></li>`, 300) + `</ul></nav>`)
	w.WriteString(`<main class="md-main"><article class="md-content__inner">`)
	for rep := range n {
		for t := range 10 {
			fmt.Fprintf(&w, `<h2 id="s%d-%d">Errors of service %d-%d<a class="headerlink" href="#s">¶</a></h2>`, rep, t, rep, t)
			w.WriteString(`<p>Each error below comes back in the <code>code</code> field with an HTTP status. Retry only what says so.</p>`)
			w.WriteString(`<div class="highlight"><pre><span></span><code>{"code": 1, "message": "x"}</code></pre></div>`)
			w.WriteString(`<table><thead><tr><th>Code</th><th>Message</th><th>HTTP status</th><th>Retryable</th></tr></thead><tbody>`)
			for r := range 45 {
				code := 100000*(rep+1) + 1000*t + r
				fmt.Fprintf(&w, "<tr><td><code>%d</code></td><td><p>The request field number %d is invalid.</p><p>Check it &amp; send again.</p></td><td>400</td><td>No</td></tr>\n", code, r)
			}
			w.WriteString(`</tbody></table>`)
		}
	}
	w.WriteString(`</article></main><footer class="md-footer"><p>Copyright</p></footer></body></html>`)
	return []byte(w.String())
}
