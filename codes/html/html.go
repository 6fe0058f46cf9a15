package html

import (
	"bytes"
	"fmt"
	"html/template"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/util"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/markdown"
)

// Link is a navigation link shown above the act: to a site's index, to the
// code's other editions. Href is written as given.
type Link struct {
	Text, Href string
	Lang       string // the language of Text when it is not the act's: "en" on a Russian page
}

// Render writes the edition d as a page of its own.
func Render(d *codes.Doc, opt codes.RenderOptions) ([]byte, error) {
	return RenderPage(d, opt, nil)
}

// RenderPage writes the edition d as a page with the navigation links nav
// above it.
func RenderPage(d *codes.Doc, opt codes.RenderOptions, nav []Link) ([]byte, error) {
	return RenderPageTools(d, opt, nav, "")
}

// RenderPageTools is RenderPage with tools, HTML of the caller's own
// (a form to choose another date), between the links and the act.
func RenderPageTools(d *codes.Doc, opt codes.RenderOptions, nav []Link, tools template.HTML) ([]byte, error) {
	page, _, err := renderPage(d, opt, nav, tools, convert, writeContents)
	return page, err
}

// renderPage is RenderPage with the Markdown converted by conv and the
// table of contents written by toc.
func renderPage(d *codes.Doc, opt codes.RenderOptions, nav []Link, tools template.HTML, conv func([]byte, []markdown.Place) ([]byte, error),
	toc func([]*entry) (template.HTML, error)) ([]byte, []markdown.Place, error) {
	md, places := markdown.RenderPlaces(d, opt)
	body, err := conv(md, places)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", d.Meta.ID, err)
	}
	contents, err := toc(contents(d.Root, places))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: contents: %w", d.Meta.ID, err)
	}
	title := d.Meta.Title
	if line := markdown.Edition(d.Meta); line != "" {
		title += " — " + line
	}
	p := page{
		Lang:     d.Meta.Language,
		Title:    title,
		Words:    codes.WordsFor(d.Meta.Language),
		Nav:      nav,
		Tools:    tools,
		Contents: contents,
		Body:     template.HTML(body),
		Source:   d.Meta.Source,
		Style:    Stylesheet(),
	}
	var b bytes.Buffer
	b.Grow(len(body) + len(stylesheet) + len(places)*64) // the act, the style, the contents
	if err := pageTemplate().Execute(&b, p); err != nil {
		return nil, nil, fmt.Errorf("%s: page: %w", d.Meta.ID, err)
	}
	return b.Bytes(), places, nil
}

// convert turns Markdown written by package markdown into HTML. The anchors
// of places become the ids of their paragraphs, with the unit's kind as
// the class: <p id="article-380-3-part-2" class="part">.
func convert(md []byte, places []markdown.Place) ([]byte, error) {
	var b bytes.Buffer
	if err := converter(kindsOf(places)).Convert(md, &b); err != nil {
		return nil, fmt.Errorf("markdown: %w", err)
	}
	return b.Bytes(), nil
}

// kindsOf gives the kind of the unit of each anchor.
func kindsOf(places []markdown.Place) map[string]codes.Kind {
	kinds := make(map[string]codes.Kind, len(places))
	for _, p := range places {
		if p.Anchor != "" {
			kinds[p.Anchor] = p.Unit.Kind
		}
	}
	return kinds
}

// converter returns goldmark as zan's Markdown needs it: CommonMark with
// GFM, footnotes and heading ids ({#article-380-3}), and no raw HTML at
// all. goldmark would drop raw HTML (or, with html.WithUnsafe, pass it
// through); here its HTML parsers are left out, so a "<" is text wherever
// it stands, and anchorParser reads the one tag zan writes.
func converter(kinds map[string]codes.Kind) goldmark.Markdown {
	var blocks, inlines []util.PrioritizedValue
	for _, v := range parser.DefaultBlockParsers() {
		if v.Value != parser.NewHTMLBlockParser() {
			blocks = append(blocks, v)
		}
	}
	for _, v := range parser.DefaultInlineParsers() {
		if v.Value != parser.NewRawHTMLParser() {
			inlines = append(inlines, v)
		}
	}
	inlines = append(inlines, util.Prioritized(anchorParser{kinds}, 400)) // where raw HTML was
	return goldmark.New(
		goldmark.WithParser(parser.NewParser(
			parser.WithBlockParsers(blocks...),
			parser.WithInlineParsers(inlines...),
			parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...),
			parser.WithAttribute(),
		)),
		goldmark.WithExtensions(extension.GFM, extension.Footnote),
	)
}
