package html

import (
	"bytes"
	_ "embed"
	"html/template"
	"sync"

	"github.com/zan-law/zan/codes"
)

// page is what page.tmpl shows.
type page struct {
	Lang     string // the act's language: the page's lang attribute
	Title    string // <title>: the act's title and the edition line
	Words    codes.PageWords
	Nav      []Link
	Tools    template.HTML // the caller's own controls above the act
	Contents template.HTML // the table of contents: its entries, as "entries" writes them
	Body     template.HTML // the act, from goldmark
	Source   string        // where the text was taken from (front matter)
	Style    template.CSS
}

//go:embed page.tmpl
var pageSource string

//go:embed page.css
var stylesheet string

// pageTemplate is parsed once, on first use; the template is part of the program, so a
// failure to parse it is a bug, not bad input.
var pageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("page").Parse(pageSource))
})

// Stylesheet returns the pages' CSS, for other pages (a site's indexes) to
// look the same.
func Stylesheet() template.CSS { return template.CSS(stylesheet) }

// Page lays out body, HTML made by another package (a redline, a
// comparative table), as a page of its own with the editions' look: lang
// is its language, title its <title> and heading, nav the links above it.
func Page(lang, title string, nav []Link, body template.HTML) ([]byte, error) {
	var b bytes.Buffer
	err := pageTemplate().ExecuteTemplate(&b, "plain", page{Lang: lang, Title: title, Nav: nav, Body: body, Style: Stylesheet()})
	return b.Bytes(), err
}
