package html

import (
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
