package html

import (
	"html/template"
	"strings"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/markdown"
)

// entry is a line of the table of contents: a titled unit with the titled
// units below it.
type entry struct {
	Kind   string // "chapter", "article": the class of the line
	Anchor string
	Text   string // the head line: "Article 380-3. Threatening …"
	Below  []*entry
}

// contents returns the table of contents of the tree below root: every
// unit with a heading (code parts, sections, chapters, articles) that has
// an anchor, nested as in the act.
func contents(root *codes.Unit, places []markdown.Place) []*entry {
	anchor := make(map[*codes.Unit]string, len(places))
	for _, p := range places {
		anchor[p.Unit] = p.Anchor
	}
	var list func(u *codes.Unit) []*entry
	list = func(u *codes.Unit) []*entry {
		var out []*entry
		for _, c := range u.Children {
			if markdown.HeadingLevel(c.Kind) == 0 {
				continue
			}
			below := list(c)
			if anchor[c] == "" { // a repeated address: its units are listed under the first
				out = append(out, below...)
				continue
			}
			out = append(out, &entry{Kind: c.Kind.String(), Anchor: anchor[c], Text: c.Label + c.Heading, Below: below})
		}
		return out
	}
	return list(root)
}

// writeContents writes the table of contents with page.tmpl's "entries".
func writeContents(entries []*entry) (template.HTML, error) {
	var b strings.Builder
	err := pageTemplate().ExecuteTemplate(&b, "entries", entries)
	return template.HTML(b.String()), err
}

// contentsKey is a key that tells two tables of contents apart: each
// entry's kind, anchor and text, and where its entries below end.
func contentsKey(entries []*entry) string {
	var b strings.Builder
	var write func([]*entry)
	write = func(es []*entry) {
		for _, e := range es {
			b.WriteString(e.Kind)
			b.WriteByte(0)
			b.WriteString(e.Anchor)
			b.WriteByte(0)
			b.WriteString(e.Text)
			b.WriteByte(1)
			write(e.Below)
			b.WriteByte(2)
		}
	}
	write(entries)
	return b.String()
}
