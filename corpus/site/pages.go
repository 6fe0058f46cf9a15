package site

import (
	_ "embed"
	"github.com/zan-law/zan/corpus"
	"html/template"
	"sync"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/html"
)

// pageData is what every template of site.tmpl gets.
type pageData struct {
	Base  string // the way back to the site's root: "" or "../"
	Lang  string // the page's language: the code's or the law's; "en" for the indexes
	Title string
	Words codes.PageWords // the words of Lang
	Style template.CSS
	Data  any // indexData, codeData, timelineData or lawPageData
}

type indexData struct {
	Codes []codeData
}

// codeData is a code as the indexes list it.
type codeData struct {
	ID        string
	Meta      codes.Meta
	Href      string // its index page, from the site's root
	Editions  []editionData
	Latest    editionData
	Conflicts []string // units two laws change on the same day
}

type editionData struct {
	Date    string
	Href    string // the page, from the code's folder
	Changes []change
}

// change is a line of what an edition changed.
type change struct {
	Text string // "252-VIII insert article:380-3"
	Href string // the unit on the edition's page, from the code's folder; "" if none
}

type timelineData struct {
	Laws  []lawData
	Codes []codeData
}

// lawData is a law's line in the timeline.
type lawData struct {
	corpus.LawLine
	CodeLinks []html.Link // the codes it amends
	Pages     []html.Link // the law's own pages (lawPages), from the site's root
}

// lawPageData is a law's page of changes to one code: a redline of the
// units it changes.
type lawPageData struct {
	Edition string        // the code's edition with the law in force, from the page's folder
	Redline template.HTML // the units it changes (diff.RedlineHTML), linked to that edition
	Table   template.HTML // the comparative table of the same units (diff.TableBody)
}

//go:embed site.tmpl
var pagesSource string

// pages are the site's index pages; the templates are part of the program,
// so a failure to parse them is a bug, not bad input.
var pages = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("site").Funcs(template.FuncMap{"rebase": rebase}).Parse(pagesSource))
})

// rebase returns the page p showing the code's editions with their links
// made relative to the site's root instead of the code's folder, for the
// timeline page.
func rebase(p pageData, c codeData) pageData {
	eds := make([]editionData, len(c.Editions))
	for i, e := range c.Editions {
		e.Href = c.ID + "/" + e.Href
		e.Changes = append([]change(nil), e.Changes...)
		for j, ch := range e.Changes {
			if ch.Href != "" {
				e.Changes[j].Href = c.ID + "/" + ch.Href
			}
		}
		eds[i] = e
	}
	c.Editions = eds
	p.Data = c
	return p
}
