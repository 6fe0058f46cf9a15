package html

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/markdown"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/kz"
)

// defaultEditions returns every code of the embedded corpus as in force on
// 7 March 2026, the day Law No. 252-VIII entered into force.
func defaultEditions(t testing.TB) []*codes.Doc {
	t.Helper()
	cp, err := corpus.Load(kz.FS, "corpus/kz")
	if err != nil {
		t.Fatal(err)
	}
	var out []*codes.Doc
	for _, d := range cp.Codes {
		ed, err := cp.Edition(d.Meta.ID, codes.NewDate(2026, 3, 7), true)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, ed.Doc)
	}
	return out
}

var allNotes = codes.RenderOptions{Provenance: true, Pending: true}

// render renders d and parses the page.
func render(t *testing.T, d *codes.Doc, opt codes.RenderOptions) ([]byte, *nethtml.Node) {
	t.Helper()
	page, err := Render(d, opt)
	if err != nil {
		t.Fatal(err)
	}
	root, err := nethtml.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("%s: %v", d.Meta.ID, err)
	}
	return page, root
}

// TestAnchors checks that every article, part, point (every unit) of the
// default corpus's editions has its anchor on the page exactly once, on
// the element that holds its head line.
func TestAnchors(t *testing.T) {
	kinds := map[codes.Kind]int{}
	for _, d := range defaultEditions(t) {
		t.Run(d.Meta.ID, func(t *testing.T) {
			_, root := render(t, d, allNotes)
			ids := map[string][]*nethtml.Node{}
			for n := range root.Descendants() {
				if id := attr(n, "id"); id != "" {
					ids[id] = append(ids[id], n)
				}
			}
			for _, p := range markdown.Places(d.Root) {
				if p.Anchor == "" {
					t.Errorf("%s: no anchor (address used twice?)", p.Address)
					continue
				}
				if p.Anchor != p.Address.Anchor() {
					t.Errorf("%s: anchor %q, want %q", p.Address, p.Anchor, p.Address.Anchor())
				}
				nodes := ids[p.Anchor]
				if len(nodes) != 1 {
					t.Errorf("id %q occurs %d times, want once", p.Anchor, len(nodes))
					continue
				}
				head := p.Unit.Label + p.Unit.Heading
				if markdown.HeadingLevel(p.Unit.Kind) == 0 {
					head = p.Unit.Label + strings.SplitN(p.Unit.Text, "\n", 2)[0]
				}
				if got := textOf(nodes[0]); got != head {
					t.Errorf("#%s holds %q, want the head line %q", p.Anchor, got, head)
				}
				kinds[p.Unit.Kind]++
			}
			for id, nodes := range ids {
				if len(nodes) > 1 {
					t.Errorf("id %q occurs %d times", id, len(nodes))
				}
			}
		})
	}
	for _, k := range []codes.Kind{codes.CodePart, codes.Chapter, codes.Article, codes.Part, codes.Point} {
		if kinds[k] == 0 {
			t.Errorf("no %s anchored; the default corpus has some", k)
		}
	}
}

// TestLinksResolve checks that every link within the page (the table of
// contents, footnote references and back references) names an id on it,
// and that the table of contents lists every article.
func TestLinksResolve(t *testing.T) {
	for _, d := range defaultEditions(t) {
		t.Run(d.Meta.ID, func(t *testing.T) {
			_, root := render(t, d, allNotes)
			ids := map[string]bool{}
			var hrefs []string
			toc := map[string]bool{}
			for n := range root.Descendants() {
				if id := attr(n, "id"); id != "" {
					ids[id] = true
				}
				if href := attr(n, "href"); n.DataAtom == atom.A && href != "" {
					hrefs = append(hrefs, href)
					if inside(n, "nav", "toc") {
						toc[href] = true
					}
				}
			}
			for _, href := range hrefs {
				id, ok := strings.CutPrefix(href, "#")
				if !ok {
					t.Errorf("link %q leaves the page", href)
				} else if !ids[id] {
					t.Errorf("link %q: no such id on the page", href)
				}
			}
			for _, p := range markdown.Places(d.Root) {
				if markdown.HeadingLevel(p.Unit.Kind) > 0 && !toc["#"+p.Anchor] {
					t.Errorf("the contents do not link %s", p.Address)
				}
			}
			if len(toc) == 0 {
				t.Error("no table of contents")
			}
		})
	}
}

// TestWellFormed checks the page's structure: it parses, has html with the
// code's language, head with a title naming the code and the edition, one
// h1, a body; every element that is opened is closed, in order.
func TestWellFormed(t *testing.T) {
	for _, d := range defaultEditions(t) {
		t.Run(d.Meta.ID, func(t *testing.T) {
			page, root := render(t, d, allNotes)
			if err := balanced(page); err != nil {
				t.Error(err)
			}
			if !bytes.HasPrefix(page, []byte("<!DOCTYPE html>\n")) {
				t.Error("no doctype")
			}
			found := map[atom.Atom]*nethtml.Node{}
			count := map[atom.Atom]int{}
			for n := range root.Descendants() {
				if n.Type == nethtml.ElementNode {
					count[n.DataAtom]++
					if found[n.DataAtom] == nil {
						found[n.DataAtom] = n
					}
				}
			}
			for _, a := range []atom.Atom{atom.Html, atom.Head, atom.Body, atom.Title, atom.Main, atom.H1, atom.Style} {
				if count[a] != 1 {
					t.Errorf("%d <%s> elements, want 1", count[a], a)
				}
			}
			if lang := attr(found[atom.Html], "lang"); lang != d.Meta.Language {
				t.Errorf("lang %q, want %q", lang, d.Meta.Language)
			}
			title := textOf(found[atom.Title])
			if !strings.HasPrefix(title, d.Meta.Title+" — ") || !strings.Contains(title, markdown.Edition(d.Meta)) {
				t.Errorf("title %q: want the code's title and the edition line %q", title, markdown.Edition(d.Meta))
			}
			if !inside(found[atom.Title], "head", "") {
				t.Error("<title> is not in <head>")
			}
			if h1 := textOf(found[atom.H1]); h1 != d.Meta.Title {
				t.Errorf("h1 %q, want %q", h1, d.Meta.Title)
			}
			if !strings.Contains(textOf(found[atom.Style]), "@media print") {
				t.Error("no print stylesheet")
			}
		})
	}
}

// TestText checks that the page shows the act's text exactly: the blocks
// of <main> (headings and paragraphs, footnote marks left out) are the
// lines of the plain text, and the footnotes listed at the end are the
// footnotes shown, in order.
func TestText(t *testing.T) {
	for _, d := range defaultEditions(t) {
		for _, opt := range []codes.RenderOptions{{}, allNotes} {
			t.Run(fmt.Sprintf("%s/%+v", d.Meta.ID, opt), func(t *testing.T) {
				checkText(t, d, opt)
			})
		}
	}
}

// escapedSource is a code whose text Markdown would read as syntax.
const escapedSource = `---
kind: code
id: test-code
title: Code of *Markdown* & <HTML> [test]
date: 2014-07-03
language: en
edition: 2026-03-07
---
Code of *Markdown* & <HTML> [test]
# Not a heading; 1. not a list; > not a quote
Chapter 1. THE _FIRST_ CHAPTER {#evil}
Article 1. Heading with *stars*, __underscores__, ` + "`code`" + ` and a closing #
Footnote. A footnote with [^1] and [link](http://example.com) & &amp; &#32; <b>bold</b>
1. Part one: **bold**? <script>alert(1)</script> \backslash\ \* and ~~struck~~ ~one~
1) a point <!-- comment --> and <a href="x">a link</a>;
2) - dash, + plus; | a | table | row |
3) ` + "```" + `fence` + "```" + ` ~~~ and www.example.com and http://example.com/a_b_c
a) a subpoint [ ] and [x] and ![image](i.png)
- a dash at the start
+ a plus at the start
* a star at the start
> a quote
<div>a block of HTML</div>
<!-- a comment block -->
---
***
___
=====
1234567890. ten digits are not a list
123456789) nine digits would be
2. Part two: {#id} {.class} &copy; &nbsp; \
Note. A note: 1. item *x*
1. a note item <i>i</i>
Article 2. Ends with a backslash \
Text with tab	and  two spaces; trailing escape \\
`

// TestTextEscaped checks that text Markdown would read as syntax (list
// markers, emphasis, links, raw HTML, entities, heading ids, tables, code)
// shows on the page as written.
func TestTextEscaped(t *testing.T) {
	d, err := codes.Parse("test.txt", []byte(escapedSource))
	if err != nil {
		t.Fatal(err)
	}
	checkText(t, d, allNotes)
}

// TestNoRawHTML checks that HTML in Markdown is shown as text, whatever
// wrote it, and that only an anchor at the start of a paragraph is read.
func TestNoRawHTML(t *testing.T) {
	md := "<script>alert(1)</script>\n\n<div>\nblock\n</div>\n\ntext <b>bold</b> <!-- c --> <a id=\"x\"></a>\n\n" +
		"<a id=\"article-1-part-1\"></a>1\\. part\n\n<a id=\"Bad Id\"></a>no id\n"
	got, err := convert([]byte(md), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n" +
		"<p>&lt;div&gt;\nblock\n&lt;/div&gt;</p>\n" +
		"<p>text &lt;b&gt;bold&lt;/b&gt; &lt;!-- c --&gt; &lt;a id=&quot;x&quot;&gt;&lt;/a&gt;</p>\n" +
		"<p id=\"article-1-part-1\">1. part</p>\n" +
		"<p>&lt;a id=&quot;Bad Id&quot;&gt;&lt;/a&gt;no id</p>\n"
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// checkText compares the page's text with the plain text of d.
func checkText(t *testing.T, d *codes.Doc, opt codes.RenderOptions) {
	t.Helper()
	_, root := render(t, d, opt)
	var main *nethtml.Node
	for n := range root.Descendants() {
		if n.DataAtom == atom.Main {
			main = n
		}
	}
	var got, notes []string
	for n := range main.Descendants() {
		switch {
		case n.DataAtom == atom.Li && inside(n, "div", "footnotes"):
			// goldmark writes <li><p>text&#160;<a class="footnote-backref">↩︎</a></p></li>
			notes = append(notes, strings.TrimSuffix(strings.TrimSpace(textOf(n)), "\u00a0"))
		case inside(n, "div", "footnotes") || inside(n, "footer", ""):
		case isBlock(n):
			got = append(got, textOf(n))
		}
	}
	if want := markdown.Edition(d.Meta); len(got) < 2 || got[1] != want {
		t.Errorf("the second block is not the edition line %q: %q", want, got)
	} else {
		got = append(got[:1], got[2:]...)
	}
	var shown []string
	codes.Walk(d.Root, func(u *codes.Unit, entering bool) bool {
		for _, f := range u.Footnotes {
			if s, ok := f.Shown(opt); ok && entering {
				shown = append(shown, s)
			}
		}
		return true
	})
	var want []string
	for line := range strings.Lines(codes.RenderText(d.Root, opt)) {
		line = strings.TrimSuffix(line, "\n")
		if !contains(shown, line) {
			want = append(want, strings.TrimLeft(line, " \t"))
		}
	}
	compare(t, "blocks", got, want)
	compare(t, "footnotes", notes, shown)
}

func compare(t *testing.T, what string, got, want []string) {
	t.Helper()
	for i := 0; i < len(got) || i < len(want); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("%s %d:\n got %q\nwant %q", what, i, g, w)
			return
		}
	}
}

// FuzzText checks that any line of legal text, as a part of an article,
// shows on the page as written.
func FuzzText(f *testing.F) {
	for _, s := range []string{
		"The act *committed* by _a group_ of persons – ",
		"1. not a list", "- not a list", "<b>not bold</b>", "&amp; &#1; &", "[^1] [a](b) ![c](d)",
		"www.example.com/a_b http://example.com/*x*", "`code` ``code``", "~~struck~~ ~one~", "{#id}",
		"a \\ backslash \\", "| a | b |", "# not a heading #", "1234567890. ten", "<!-- c -->",
		"\ttab", "a  two  spaces", "x&copy;y", "a\u00a0b", "<https://example.com>", "foo@example.com",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.TrimSpace(s)
		if strings.ContainsAny(s, "\n\r\x00") || !utf8.ValidString(s) || s == "" {
			return
		}
		d := &codes.Doc{
			Meta: codes.Meta{ID: "fuzz", Title: "Code", Language: "en"},
			Root: &codes.Unit{Kind: codes.Act, Children: []*codes.Unit{{
				Kind: codes.Article, Num: "1", Label: "Article 1. ", Heading: s,
				Children: []*codes.Unit{{Kind: codes.Part, Num: "1", Label: "1. ", Text: s + "\n" + s}},
				WrapUp:   s,
			}}},
		}
		page, err := Render(d, codes.RenderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if cached, _, err := NewRenderer().RenderPage(d, codes.RenderOptions{}, nil); err != nil || !bytes.Equal(cached, page) {
			t.Errorf("Renderer: %v; its page is not Render's", err)
		}
		root, err := nethtml.Parse(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for n := range root.Descendants() {
			if isBlock(n) && inside(n, "main", "") {
				got = append(got, textOf(n))
			}
		}
		want := []string{"Code", "Article 1. " + s, "1. " + s, s, s}
		compare(t, "blocks", got, want)
	})
}

// balanced reports the first element that is closed out of order or left
// open. Void elements (meta, hr, br) have no end tag.
func balanced(page []byte) error {
	z := nethtml.NewTokenizer(bytes.NewReader(page))
	var open []string
	for {
		switch z.Next() {
		case nethtml.ErrorToken:
			if z.Err() != io.EOF {
				return z.Err()
			}
			if len(open) > 0 {
				return fmt.Errorf("elements left open: %v", open)
			}
			return nil
		case nethtml.StartTagToken:
			name, _ := z.TagName()
			if !void[string(name)] {
				open = append(open, string(name))
			}
		case nethtml.EndTagToken:
			name, _ := z.TagName()
			if len(open) == 0 || open[len(open)-1] != string(name) {
				return fmt.Errorf("</%s> closes %v", name, open)
			}
			open = open[:len(open)-1]
		}
	}
}

var void = map[string]bool{"meta": true, "hr": true, "br": true, "img": true, "link": true, "input": true}

func isBlock(n *nethtml.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.P:
		return true
	}
	return false
}

// textOf is the text of n as a reader sees it: footnote marks and the
// footnotes' links back to them left out.
func textOf(n *nethtml.Node) string {
	var b strings.Builder
	var visit func(n *nethtml.Node)
	visit = func(n *nethtml.Node) {
		if n.DataAtom == atom.Sup && hasClass(n.FirstChild, "footnote-ref") || hasClass(n, "footnote-backref") {
			return
		}
		if n.Type == nethtml.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return b.String()
}

func attr(n *nethtml.Node, key string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *nethtml.Node, class string) bool {
	return n != nil && contains(strings.Fields(attr(n, "class")), class)
}

// inside reports whether n is within an element named tag (with the class,
// if not "").
func inside(n *nethtml.Node, tag, class string) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == nethtml.ElementNode && p.Data == tag && (class == "" || hasClass(p, class)) {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Russian subpoints («а)») have Cyrillic letters in their ids.
func TestCyrillicSubpointAnchor(t *testing.T) {
	d := &codes.Doc{Meta: codes.Meta{Title: "Уголовный кодекс", Language: "ru"},
		Root: codes.ParseText("Статья 1. Заголовок\n1. Часть:\n1) пункт:\nа) подпункт а;\n", 1)}
	page, err := Render(d, codes.RenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(page), `id="article-1-part-1-point-1-subpoint-а"`) || strings.Contains(string(page), "&lt;a id=") {
		t.Errorf("no anchor for the Cyrillic subpoint:\n%s", page)
	}
}
