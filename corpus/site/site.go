package site

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/diff"
	"github.com/zan-law/zan/codes/frontmatter"
	"github.com/zan-law/zan/codes/html"
	"github.com/zan-law/zan/codes/markdown"
	"github.com/zan-law/zan/corpus"
)

// File is one file of the site.
type File struct {
	Path string // relative to the site's root, "/"-separated: "criminal-code/2026-03-07.html"
	Data []byte
}

// The site's fixed pages, relative to its root.
const (
	indexPage    = "index.html"
	timelinePage = "timeline.html"
	lawsFolder   = "laws"
)

// Options say what the site shows and where its progress goes.
type Options struct {
	// Render says which footnotes the editions show; notes on changes to
	// come are never shown, since an edition page stands for the whole time
	// until the next edition, not for one day.
	Render codes.RenderOptions
	// Progress, when set, gets a line now and then ("site: criminal-code
	// 120/201 editions") once the build has taken more than a second.
	Progress io.Writer

	clock func() time.Time // time.Now; tests set their own
}

// Build makes the files of the site of cp and gives each to emit, in no
// particular order; an error of emit stops the build. A code whose
// editions cannot be computed, a front matter value that cannot name a
// file (a code's id, a law's language or number) and two pages with the
// same path are errors: the caller is to keep the site whole or not at all.
func Build(cp *corpus.Corpus, opt Options, emit func(File) error) error {
	opt.Render.Pending = false
	if opt.clock == nil {
		opt.clock = time.Now
	}
	b := &builder{cp: cp, hist: cp.History(), opt: opt, emit: emit, paths: map[string]string{}, html: html.NewRenderer(),
		progress: progress{w: opt.Progress, now: opt.clock, start: opt.clock()}}
	var all []codeEditions
	for _, d := range cp.Codes {
		c, err := b.editions(d)
		if err != nil {
			return err
		}
		all = append(all, c)
	}
	// The laws' pages are made while the editions' are, on one goroutine.
	laws := b.cp.LawEntries()
	lawPages := make(chan lawResult, len(laws))
	stop := make(chan struct{})
	go func() {
		defer close(lawPages)
		for _, e := range laws {
			select {
			case <-stop:
				return
			default:
			}
			r := b.law(e)
			lawPages <- r
			if r.err != nil {
				return
			}
		}
	}()
	var err error
	for _, c := range all {
		if err = b.code(c); err != nil {
			break
		}
	}
	if err == nil {
		err = b.timeline(lawPages, len(laws))
	}
	close(stop)
	for range lawPages { // the laws' goroutine is done when Build is
	}
	if err != nil {
		return err
	}
	return b.page(indexPage, "index", "en", "Codes of the Republic of Kazakhstan", indexData{Codes: b.codes}, "the index")
}

// builder gives the files to emit and collects what the indexes list.
type builder struct {
	cp       *corpus.Corpus
	hist     *corpus.History // every edition, folded once
	opt      Options
	emit     func(File) error
	paths    map[string]string // the files given so far, each with what it is for
	codes    []codeData
	progress progress
	html     *html.Renderer // shared by the editions, which share most of their text
}

// add gives a file to emit, unless another one has its path: two laws
// whose page names are the same.
func (b *builder) add(f File, what string) error {
	if other, ok := b.paths[f.Path]; ok {
		return fmt.Errorf("%s and %s would both be the page %s of the site", other, what, f.Path)
	}
	b.paths[f.Path] = what
	return b.emit(f)
}

// codeEditions is a code with its editions, checked and folded.
type codeEditions struct {
	doc *codes.Doc
	eds []*corpus.Edition
}

// editions checks that the code's id and language can name files, and
// folds its editions.
func (b *builder) editions(d *codes.Doc) (codeEditions, error) {
	id := d.Meta.ID
	if err := frontmatter.CheckSlug(d.File, "id", id); err != nil {
		return codeEditions{}, err
	}
	if err := frontmatter.CheckSlug(d.File, "language", d.Meta.Language); err != nil {
		return codeEditions{}, err
	}
	eds, err := b.hist.Editions(id)
	return codeEditions{d, eds}, err
}

// code adds a code's editions and its index page.
func (b *builder) code(ce codeEditions) error {
	d, eds, id := ce.doc, ce.eds, ce.doc.Meta.ID
	c := codeData{ID: id, Meta: d.Meta, Href: id + "/" + indexPage}
	for _, cf := range corpus.Conflicts(eds) {
		c.Conflicts = append(c.Conflicts, cf.String())
	}
	what := fmt.Sprintf("code %s (%s)", id, d.File)
	// The editions' pages are made in parallel: they are most of the work.
	type page struct {
		data    []byte
		changes []change
	}
	err := inOrder(len(eds), func(i int) (page, error) {
		data, places, err := b.edition(eds, i)
		return page{data, changes(eds[i], places)}, err
	}, func(i int, p page) error {
		ed := eds[i]
		if err := b.add(File{Path: id + "/" + editionFile(ed), Data: p.data}, what); err != nil {
			return err
		}
		c.Editions = append(c.Editions, editionData{Date: ed.Date.String(), Href: editionFile(ed), Changes: p.changes})
		b.progress.report(i+1 == len(eds), "%s %d/%d editions", id, i+1, len(eds))
		return nil
	})
	if err != nil {
		return err
	}
	c.Latest = c.Editions[len(c.Editions)-1]
	b.codes = append(b.codes, c)
	return b.page(c.Href, "code", d.Meta.Language, d.Meta.Title+" — "+codes.WordsFor(d.Meta.Language).EditionsOf, c, what)
}

// editionFile names an edition's page within its code's folder.
func editionFile(ed *corpus.Edition) string { return ed.Date.String() + ".html" }

// edition renders the page of the i-th edition, with links to the site's
// indexes and the editions before and after it, in the code's language.
func (b *builder) edition(eds []*corpus.Edition, i int) ([]byte, []markdown.Place, error) {
	ed := eds[i]
	w := codes.WordsFor(ed.Doc.Meta.Language)
	nav := []html.Link{
		{Text: w.AllCodes, Href: "../" + indexPage},
		{Text: w.CodeEditions, Href: indexPage},
		{Text: w.Timeline, Href: "../" + timelinePage},
	}
	if i > 0 {
		nav = append(nav, html.Link{Text: "← " + eds[i-1].Date.String(), Href: editionFile(eds[i-1])})
	}
	if i+1 < len(eds) {
		nav = append(nav, html.Link{Text: eds[i+1].Date.String() + " →", Href: editionFile(eds[i+1])})
	}
	return b.html.RenderPage(ed.Doc, b.opt.Render, nav)
}

// changes lists what an edition changed, as zan timeline does ("252-VIII
// insert article:380-3"), each linked to the changed unit on the edition's
// page, or to the nearest unit holding it there (a paragraph of a part has
// no anchor of its own; the part has). places are the page's.
func changes(ed *corpus.Edition, places []markdown.Place) []change {
	anchors := make(map[string]bool, len(places))
	for _, p := range places {
		if p.Anchor != "" {
			anchors[p.Anchor] = true
		}
	}
	w := codes.WordsFor(ed.Doc.Meta.Language)
	out := make([]change, 0, len(ed.Changes))
	for _, ch := range ed.Changes {
		c := change{Text: corpus.ChangeLine(ch, w)}
		if !ch.Op.Everywhere {
			for a := ch.Address; len(a) > 0; a = a.Parent() {
				if anchors[a.Anchor()] {
					c.Href = editionFile(ed) + "#" + a.Anchor()
					break
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// lawResult is a law's line in the timeline and its pages, or the error
// that stops the site.
type lawResult struct {
	line  lawData
	pages []lawPage
	err   error
}

// lawPage is a page of the site about one law.
type lawPage struct {
	File
	what string // the law, for an error about its path
}

// law makes a law's line in the timeline and its pages. It asks the
// corpus, so it runs on one goroutine at a time.
func (b *builder) law(e corpus.Entry) lawResult {
	l := lawData{LawLine: b.cp.LawLine(e)}
	for _, id := range l.Codes {
		l.CodeLinks = append(l.CodeLinks, html.Link{Text: id, Href: id + "/" + indexPage})
	}
	pages, err := b.lawPages(e.Law)
	for _, p := range pages {
		l.Pages = append(l.Pages, html.Link{Text: p.title, Href: p.Path, Lang: e.Law.Meta.Language})
	}
	r := lawResult{line: l, err: err}
	for _, p := range pages {
		r.pages = append(r.pages, p.lawPage)
	}
	return r
}

// timeline adds the laws' pages as they come, and the page of the laws in
// order of entry into force.
func (b *builder) timeline(laws <-chan lawResult, n int) error {
	data := timelineData{Codes: b.codes}
	i := 0
	for r := range laws {
		if r.err != nil {
			return r.err
		}
		for _, p := range r.pages {
			if err := b.add(p.File, p.what); err != nil {
				return err
			}
		}
		data.Laws = append(data.Laws, r.line)
		i++
		b.progress.report(i == n, "laws %d/%d", i, n)
	}
	return b.page(timelinePage, "timeline", "en", "Timeline of the laws", data, "the timeline")
}

// lawPages adds the pages the site gives one law besides its line in the
// timeline, and returns the links to them: for each code the law amends,
// what it changes — the edition just before its entry into force against
// that edition with the law — as a redline linked to the edition page
// where the law is in force (the code's edition of the law's last
// provision on it, which holds all its changes). The page's name is the
// law's date, number, language and the code:
// "laws/2026-01-03-252-viii.en.criminal-code.html". A law that cannot be
// placed in time has no such page.
func (b *builder) lawPages(law *amend.Law) ([]titledPage, error) {
	if _, _, err := law.Span(); err != nil {
		return nil, nil
	}
	name, err := frontmatter.PageName(law.File, "number", law.Meta.Number)
	if err != nil {
		return nil, err
	}
	if err := frontmatter.CheckSlug(law.File, "language", law.Meta.Language); err != nil {
		return nil, err
	}
	changes, err := b.hist.LawChanges(law, codes.Date{})
	if err != nil {
		return nil, fmt.Errorf("law %s (%s): %w", law.Meta.Number, law.File, err)
	}
	w := codes.WordsFor(law.Meta.Language)
	what := fmt.Sprintf("law %s (%s)", law.Meta.Number, law.File)
	var out []titledPage
	for _, ch := range changes {
		path := fmt.Sprintf("%s/%s-%s.%s.%s.html", lawsFolder, law.Meta.Date, name, law.Meta.Language, ch.Code)
		data := lawPageData{Edition: "../" + ch.Code + "/" + ch.Last.String() + ".html"}
		units, opt := diff.Diff(ch.Old, ch.New), diff.Options{Link: data.Edition, Language: law.Meta.Language}
		if data.Redline, err = diff.RedlineHTML(units, opt); err != nil {
			return nil, err
		}
		if data.Table, err = diff.TableBody(units, opt); err != nil {
			return nil, err
		}
		page, err := render(path, "law", law.Meta.Language, w.LawChanges(law.Meta.Number, law.Meta.Date, ch.Code), data)
		if err != nil {
			return nil, err
		}
		out = append(out, titledPage{lawPage{File{path, page}, what}, w.ChangesTo(ch.Code)})
	}
	return out, nil
}

// titledPage is a law's page with the text of the link to it: "changes to
// criminal-code".
type titledPage struct {
	lawPage
	title string
}

// page adds the page render makes of the named template.
func (b *builder) page(path, name, lang, title string, data any, what string) error {
	page, err := render(path, name, lang, title, data)
	if err != nil {
		return err
	}
	return b.add(File{Path: path, Data: page}, what)
}

// Marker is what every page of a site zan made holds, and no other page
// zan writes: a folder whose index.html holds it may be replaced by a new
// export of the site (a single page of zan export --format html is not a
// site, and the folder it stands in is never replaced).
const Marker = `<meta name="generator" content="zan site">`

// render executes the named template of site.tmpl for the file at path,
// in the language lang, titled title. Its links are relative to the
// file's folder; base is the way back to the site's root ("", "../").
func render(path, name, lang, title string, data any) ([]byte, error) {
	var buf bytes.Buffer
	err := pages().ExecuteTemplate(&buf, name, pageData{
		Base:  strings.Repeat("../", strings.Count(path, "/")),
		Lang:  lang,
		Title: title,
		Words: codes.WordsFor(lang),
		Style: html.Stylesheet(),
		Data:  data,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return buf.Bytes(), nil
}
