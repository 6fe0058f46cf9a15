package markdown

import "github.com/zan-law/zan/codes"

// headingLevels gives the Markdown heading level of each titled kind. The
// level is fixed per kind, not taken from the depth in the tree, so an
// article is always h5 whether or not its code has sections: a stylesheet,
// a link checker or a reader can rely on it. Level 1 is the act's title.
var headingLevels = map[codes.Kind]int{
	codes.CodePart: 2,
	codes.Section:  3,
	codes.Chapter:  4,
	codes.Article:  5,
}

// HeadingLevel returns the heading level of units of kind k, or 0 for the
// kinds written as paragraphs (parts, points, subpoints, notes).
func HeadingLevel(k codes.Kind) int { return headingLevels[k] }

// Place is where a unit stands in the act.
type Place struct {
	Unit    *codes.Unit
	Address codes.Address // article:380-3/part:2
	// Anchor is the HTML id of the unit (article-380-3-part-2), or "" when
	// an earlier unit has the same address: an address names the first
	// unit that has it (see codes.Doc.Find), and an id is used only once.
	Anchor string
}

// Places returns every unit below root, in document order, with its
// address and anchor.
func Places(root *codes.Unit) []Place {
	var out []Place
	walk(root, func(p Place, entering bool) bool {
		if entering && p.Unit != root {
			out = append(out, p)
		}
		return true
	})
	return out
}

// walk is codes.Walk with each unit's place. The root (the act) has an
// empty address and no anchor.
func walk(root *codes.Unit, fn func(p Place, entering bool) bool) {
	var path []*codes.Unit
	var places []Place // the place of each unit on path
	used := map[string]bool{}
	codes.Walk(root, func(u *codes.Unit, entering bool) bool {
		if !entering {
			p := places[len(places)-1]
			path, places = path[:len(path)-1], places[:len(places)-1]
			return fn(p, false)
		}
		path = append(path, u)
		p := Place{Unit: u}
		if u.Kind != codes.Act {
			p.Address = codes.AddressOf(path)
			if a := p.Address.Anchor(); !used[a] {
				p.Anchor, used[a] = a, true
			}
		}
		places = append(places, p)
		return fn(p, true)
	})
}
