package site

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/diff"
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
)

// Build returns the files of the site of cp. opt says which footnotes the
// editions show; notes on changes to come are not shown, since an edition
// page stands for the whole time until the next edition, not for one day.
// A code whose editions cannot be computed is an error: the site is built
// whole or not at all.
func Build(cp *corpus.Corpus, opt codes.RenderOptions) ([]File, error) {
	opt.Pending = false
	b := &builder{cp: cp, opt: opt}
	for _, d := range cp.Codes {
		if err := b.code(d); err != nil {
			return nil, err
		}
	}
	if err := b.timeline(); err != nil {
		return nil, err
	}
	if err := b.page(indexPage, "index", indexData{Codes: b.codes}); err != nil {
		return nil, err
	}
	return b.files, nil
}

// builder collects the files and what the indexes list.
type builder struct {
	cp    *corpus.Corpus
	opt   codes.RenderOptions
	files []File
	codes []codeData
}

// codeID is the form of a code id that may name a folder of the site:
// criminal-code, ugolovnyi-kodeks.
var codeID = regexp.MustCompile(`^[a-z0-9]+(?:[-_][a-z0-9]+)*$`)

// code adds a code's editions and its index page.
func (b *builder) code(d *codes.Doc) error {
	id := d.Meta.ID
	if !codeID.MatchString(id) {
		return fmt.Errorf("%s: code id %q cannot name a folder of the site (want lower-case letters and digits joined by hyphens)", d.File, id)
	}
	eds, err := b.cp.Editions(id)
	if err != nil {
		return err
	}
	c := codeData{ID: id, Meta: d.Meta, Href: id + "/" + indexPage}
	for _, cf := range corpus.Conflicts(eds) {
		c.Conflicts = append(c.Conflicts, cf.String())
	}
	for i, ed := range eds {
		e := editionData{Date: ed.Date.String(), Href: editionFile(ed)}
		if err := b.edition(c, eds, i); err != nil {
			return err
		}
		e.Changes = changes(ed)
		c.Editions = append(c.Editions, e)
	}
	c.Latest = c.Editions[len(c.Editions)-1]
	b.codes = append(b.codes, c)
	return b.page(c.Href, "code", c)
}

// editionFile names an edition's page within its code's folder.
func editionFile(ed *corpus.Edition) string { return ed.Date.String() + ".html" }

// edition adds the page of the i-th edition, with links to the site's
// indexes and the editions before and after it.
func (b *builder) edition(c codeData, eds []*corpus.Edition, i int) error {
	ed := eds[i]
	nav := []html.Link{ // the site's words are English
		{Text: "All codes", Href: "../" + indexPage, Lang: "en"},
		{Text: "Editions of this code", Href: indexPage, Lang: "en"},
		{Text: "Timeline", Href: "../" + timelinePage, Lang: "en"},
	}
	if i > 0 {
		nav = append(nav, html.Link{Text: "← " + eds[i-1].Date.String(), Href: editionFile(eds[i-1]), Lang: "en"})
	}
	if i+1 < len(eds) {
		nav = append(nav, html.Link{Text: eds[i+1].Date.String() + " →", Href: editionFile(eds[i+1]), Lang: "en"})
	}
	page, err := html.RenderPage(ed.Doc, b.opt, nav)
	if err != nil {
		return err
	}
	b.files = append(b.files, File{Path: c.ID + "/" + editionFile(ed), Data: page})
	return nil
}

// changes lists what an edition changed, as zan timeline does ("252-VIII
// insert article:380-3"), each linked to the changed unit on the edition's
// page, or to the nearest unit holding it there (a paragraph of a part has
// no anchor of its own; the part has).
func changes(ed *corpus.Edition) []change {
	anchors := map[string]bool{}
	for _, p := range markdown.Places(ed.Doc.Root) {
		if p.Anchor != "" {
			anchors[p.Anchor] = true
		}
	}
	summary := corpus.Summary(ed) // one line per change, in order
	out := make([]change, 0, len(summary))
	for i, line := range summary {
		c := change{Text: line}
		if i < len(ed.Changes) && !ed.Changes[i].Op.Everywhere {
			for a := ed.Changes[i].Address; len(a) > 0; a = a.Parent() {
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

// timeline adds the page of the laws in order of entry into force, and
// each law's own pages.
func (b *builder) timeline() error {
	data := timelineData{Codes: b.codes}
	for _, e := range b.cp.LawEntries() {
		pages, err := lawPages(b.cp, e.Law)
		if err != nil {
			return fmt.Errorf("law %s (%s): %w", e.Law.Meta.Number, e.Law.File, err)
		}
		l := lawData{
			Number: e.Law.Meta.Number, Title: e.Law.Meta.Title, Language: e.Law.Meta.Language,
			Date: e.Law.Meta.Date.String(), Published: orUnknown(e.Law.Meta.Published.String()),
			InForce: orUnknown(e.InForce.String()), Explanation: e.Law.Explain(),
			Clause: e.Law.InForce.Clause, Position: e.Law.InForce.Pos.String(),
		}
		if e.Err != nil {
			l.InForce = "unknown"
		}
		for _, id := range b.cp.Amends(e.Law) {
			l.Codes = append(l.Codes, html.Link{Text: id, Href: id + "/" + indexPage})
		}
		for _, p := range pages {
			b.files = append(b.files, p.File)
			l.Pages = append(l.Pages, html.Link{Text: p.Title, Href: p.Path})
		}
		data.Laws = append(data.Laws, l)
	}
	return b.page(timelinePage, "timeline", data)
}

// lawPage is a page of the site about one law, linked from its line in the
// timeline.
type lawPage struct {
	File
	Title string // the link's text: "Changes"
}

// lawPages returns the pages the site gives one law besides its line in
// the timeline: for each code the law amends, what it changes — the
// edition just before its entry into force against that edition with the
// law — as a redline linked to the edition page where the law is in force
// (the code's edition of the law's last provision on it, which holds all
// its changes): "laws/252-VIII.en.criminal-code.html". A law that cannot
// be placed in time has no such page.
func lawPages(cp *corpus.Corpus, law *amend.Law) ([]lawPage, error) {
	if _, _, err := law.Span(); err != nil {
		return nil, nil
	}
	if !lawNumber.MatchString(law.Meta.Number) {
		return nil, fmt.Errorf("law number %q cannot name a page (want letters, digits and hyphens)", law.Meta.Number)
	}
	changes, err := cp.LawChanges(law, codes.Date{})
	if err != nil {
		return nil, err
	}
	var out []lawPage
	for _, ch := range changes {
		path := fmt.Sprintf("laws/%s.%s.%s.html", law.Meta.Number, law.Meta.Language, ch.Code)
		edition := "../" + ch.Code + "/" + ch.Last.String() + ".html"
		units := diff.Diff(ch.Old, ch.New)
		title := fmt.Sprintf("Law No. %s of %s: changes to %s", law.Meta.Number, law.Meta.Date, ch.Code)
		page := diff.HTML(units, diff.Options{Language: law.Meta.Language, Title: title, Link: edition})
		out = append(out, lawPage{File: File{Path: path, Data: page}, Title: "changes to " + ch.Code})
	}
	return out, nil
}

// lawNumber is the form of a law number that may name a file: 252-VIII, 292-VІ.
var lawNumber = regexp.MustCompile(`^[0-9A-Za-zА-Яа-яІі]+(?:-[0-9A-Za-zА-Яа-яІі]+)*$`)

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

// page executes the named template of site.tmpl into the file at path.
// Its links are relative to the file's folder; base is the way back to the
// site's root ("", "../").
func (b *builder) page(path, name string, data any) error {
	var buf bytes.Buffer
	err := pages.ExecuteTemplate(&buf, name, pageData{
		Base:  strings.Repeat("../", strings.Count(path, "/")),
		Style: html.Stylesheet(),
		Data:  data,
	})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	b.files = append(b.files, File{Path: path, Data: buf.Bytes()})
	return nil
}
