package markdown

import (
	"strings"

	"github.com/zan-law/zan/codes"
)

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
	// an earlier unit has the same address (two articles numbered alike):
	// an id is used only once. Units of one article have addresses of
	// their own, their lists told apart (codes.Lists).
	Anchor string
}

// Places returns every unit below root, in document order, with its
// address and anchor.
func Places(root *codes.Unit) []Place {
	var out []Place
	walk(root, 0, func(p Place, entering bool) bool {
		if entering && p.Unit != root {
			out = append(out, p)
		}
		return true
	})
	return out
}

// walk is codes.Walk with each unit's place. The root (the act) has an
// empty address and no anchor. Each address is its parent's and one step
// more (two, with the list step of a unit its parent's lists tell apart),
// or one step of its own for the units an address starts from (see
// codes.AddressOf): the anchors are built the same way, not from scratch
// for every unit.
// units, when known, is how many units the tree has.
func walk(root *codes.Unit, units int, fn func(p Place, entering bool) bool) {
	type level struct {
		place        Place
		anchor       string // the unit's anchor, used or not
		underArticle bool   // the unit is an article or below one
		lists        []int  // codes.Lists of the unit's children
		child        int    // the index of the child being entered
	}
	var path []level
	used := make(map[string]bool, units)
	codes.Walk(root, func(u *codes.Unit, entering bool) bool {
		if !entering {
			p := path[len(path)-1].place
			path = path[:len(path)-1]
			return fn(p, false)
		}
		l := level{place: Place{Unit: u}, lists: codes.Lists(u)}
		if u.Kind != codes.Act {
			step := codes.Address{{Kind: u.Kind, Num: u.Num}}
			stepAnchor := u.Kind.String()
			if strings.ContainsAny(u.Num, "/:") {
				stepAnchor = step.Anchor()
			} else if u.Num != "" {
				stepAnchor += "-" + u.Num // step.Anchor(), without its string building
			}
			var parent *level
			if len(path) > 0 {
				parent = &path[len(path)-1]
				if i := parent.child; parent.lists != nil && parent.lists[i] > 0 {
					step = append(codes.Address{codes.ListStep(parent.lists[i])}, step...)
					stepAnchor = "list-" + step[0].Num + "-" + stepAnchor
				}
				parent.child++
			}
			l.underArticle = parent != nil && parent.underArticle || u.Kind == codes.Article
			if parent == nil || startsAddress(u.Kind, parent.underArticle) || len(parent.place.Address) == 0 {
				l.place.Address, l.anchor = step, stepAnchor
			} else {
				a := parent.place.Address
				l.place.Address = append(a[:len(a):len(a)], step...)
				l.anchor = parent.anchor + "-" + stepAnchor
			}
			if !used[l.anchor] {
				l.place.Anchor, used[l.anchor] = l.anchor, true
			}
		}
		path = append(path, l)
		return fn(l.place, true)
	})
}

// startsAddress reports whether a unit of kind k, below an article or not,
// starts its own address, as codes.AddressOf has it: an article, and a
// code part, section or chapter that is not inside an article.
func startsAddress(k codes.Kind, underArticle bool) bool {
	switch k {
	case codes.Article:
		return true
	case codes.CodePart, codes.Section, codes.Chapter:
		return !underArticle
	}
	return false
}
