package diff

import (
	"bytes"
	_ "embed"
	"html/template"
	"strings"
	"sync"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/html"
)

//go:embed page.tmpl
var pageSource string

// pages holds the bodies of the HTML redline and comparative table; the
// page around them is codes/html's, as for every page zan makes.
var pages = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("diff").Funcs(template.FuncMap{"lines": brLines}).Parse(pageSource))
})

// brLines writes text with its line breaks as <br>.
func brLines(text string) template.HTML {
	return template.HTML(strings.ReplaceAll(template.HTMLEscapeString(text), "\n", "<br>\n"))
}

// redlineUnit is a unit of the HTML redline.
type redlineUnit struct {
	Href, Head string
	Words      []Word
}

// HTML writes the redline as a page: a heading per unit linked to its
// anchor, and its words with deletions in <del> and insertions in <ins>.
func HTML(units []Unit, opt Options) ([]byte, error) {
	body, err := RedlineHTML(units, opt)
	if err != nil {
		return nil, err
	}
	return opt.layout(body)
}

// RedlineHTML is the body of the HTML redline, for pages that lay it out
// themselves (a site's law pages).
func RedlineHTML(units []Unit, opt Options) (template.HTML, error) {
	data := make([]redlineUnit, len(units))
	for i, u := range units {
		data[i] = redlineUnit{Href: opt.anchor(u), Head: opt.heading(u), Words: words(u)}
	}
	return execute("redline", data)
}

// segment is a run of a table cell's text, bold when changed.
type segment struct {
	Text string
	Bold bool
}

// tableRow is a row of the HTML comparative table.
type tableRow struct {
	Href, Name        string
	Current, Proposed []segment
}

// tableHTML writes the comparative table as a page.
func tableHTML(units []Unit, opt Options) ([]byte, error) {
	body, err := TableBody(units, opt)
	if err != nil {
		return nil, err
	}
	return opt.layout(body)
}

// TableBody is the HTML comparative table alone, for pages that lay it out
// themselves (the review workbench).
func TableBody(units []Unit, opt Options) (template.HTML, error) {
	w := codes.WordsFor(opt.Language)
	rows := make([]tableRow, len(units))
	for i, u := range units {
		rows[i] = row(u, w)
		rows[i].Href = opt.anchor(u)
	}
	return execute("table", struct {
		Words codes.PageWords
		Rows  []tableRow
	}{w, rows})
}

// row is a unit's row of the comparative table: its name, and its current
// and new wordings with the changed words bold.
func row(u Unit, w codes.PageWords) tableRow {
	r := tableRow{Name: unitName(u, w)}
	for _, wd := range words(u) {
		switch wd.Op {
		case "equal":
			r.Current = append(r.Current, segment{Text: wd.Text})
			r.Proposed = append(r.Proposed, segment{Text: wd.Text})
		case "delete":
			r.Current = append(r.Current, changed(wd.Text)...)
		case "insert":
			r.Proposed = append(r.Proposed, changed(wd.Text)...)
		}
	}
	if u.Change == Added {
		r.Current = []segment{{Text: w.TableNone}}
	}
	if u.Change == Removed {
		r.Proposed = []segment{{Text: w.TableExcluded}}
	}
	return r
}

// changed marks changed text bold, leaving the spaces around it plain; it
// makes no empty segment (a cell's Markdown reads a bold run's neighbours).
func changed(s string) []segment {
	t := strings.TrimSpace(s)
	if t == "" {
		return []segment{{Text: s}}
	}
	i := strings.Index(s, t)
	var out []segment
	if i > 0 {
		out = append(out, segment{Text: s[:i]})
	}
	out = append(out, segment{Text: t, Bold: true})
	if rest := s[i+len(t):]; rest != "" {
		out = append(out, segment{Text: rest})
	}
	return out
}

// execute executes the named body template.
func execute(name string, data any) (template.HTML, error) {
	var body bytes.Buffer
	err := pages().ExecuteTemplate(&body, name, data)
	return template.HTML(body.String()), err
}

// layout lays a body out as a page of its own.
func (opt Options) layout(body template.HTML) ([]byte, error) {
	lang := opt.Language
	if lang == "" {
		lang = "en"
	}
	return html.Page(lang, opt.Title, nil, body)
}
