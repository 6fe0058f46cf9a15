package diff

import (
	"strings"

	"github.com/zan-law/zan/codes"
)

// Kind is what happened to a unit between two editions.
type Kind string

const (
	Added   Kind = "added"
	Removed Kind = "removed"
	Changed Kind = "changed"
	Moved   Kind = "moved" // renumbered or moved, its words unchanged
)

// Unit is one unit that differs between the editions.
type Unit struct {
	Address codes.Address // in the new edition (the old one for a removed unit)
	From    codes.Address // for a moved unit: its old address
	Change  Kind
	Article string // the heading line of the article it belongs to, for display
	Old     string // the unit's own text (codes.Unit.OwnText) in the old edition
	New     string
	Words   []Word // word by word, for a changed unit
}

// Word is a run of tokens that both editions share, or that one of them has.
type Word struct {
	Op   string `json:"op"` // equal | insert | delete
	Text string `json:"text"`
}

// entry is a unit of an edition with its address, in document order.
type entry struct {
	addr    codes.Address
	key     string
	unit    *codes.Unit
	article string
	parent  int // index of the enclosing unit's entry; -1 at the top
}

// flatten lists every unit of the edition but the act itself.
func flatten(d *codes.Doc) []entry {
	var out []entry
	var path []*codes.Unit
	parents := []int{-1} // entry index of each unit on path
	article := ""
	codes.Walk(d.Root, func(u *codes.Unit, entering bool) bool {
		if !entering {
			path, parents = path[:len(path)-1], parents[:len(parents)-1]
			return true
		}
		path = append(path, u)
		if u.Kind == codes.Act {
			parents = append(parents, -1)
			return true
		}
		parents = append(parents, len(out))
		if u.Kind == codes.Article {
			article = u.Label + u.Heading
		} else if u.Kind < codes.Article {
			article = ""
		}
		a := codes.AddressOf(path)
		out = append(out, entry{addr: a, key: a.String(), unit: u, article: article, parent: parents[len(parents)-2]})
		return true
	})
	return out
}

// Diff compares two editions of an act. Units are aligned by address; a
// unit that is gone from one address and appears, with the same words
// after its number, at another is reported once, as moved. Footnotes are
// provenance, not text, and are not compared. The result follows the new
// edition's order, each removed unit after the unit it followed.
func Diff(old, new *codes.Doc) []Unit {
	olds, news := flatten(old), flatten(new)
	oldAt := map[string]int{}
	for i, e := range olds {
		oldAt[e.key] = i
	}
	newAt := map[string]bool{}
	for _, e := range news {
		newAt[e.key] = true
	}
	// Units that disappeared, by kind and words without their number: the
	// candidates for a move.
	gone := map[string][]int{}
	for i, e := range olds {
		if !newAt[e.key] {
			k := moveKey(e.unit)
			gone[k] = append(gone[k], i)
		}
	}
	// Pair each new unit with a gone one of the same words: a move.
	movedFrom, moveOf := map[int]bool{}, map[int]int{}
	for k, e := range news {
		if _, existed := oldAt[e.key]; existed {
			continue
		}
		if c := gone[moveKey(e.unit)]; len(c) > 0 && moveKey(e.unit) != "" {
			gone[moveKey(e.unit)] = c[1:]
			movedFrom[c[0]], moveOf[k] = true, c[0]
		}
	}
	var out []Unit
	// removedAfter emits the removed units that followed old unit i.
	emitted := map[int]bool{}
	removedAfter := func(i int) {
		for j := i + 1; j < len(olds); j++ {
			if _, still := newAt[olds[j].key]; still {
				break
			}
			if !emitted[j] && !movedFrom[j] {
				emitted[j] = true
				if !gonewith(olds, j, newAt) {
					out = append(out, Unit{Address: olds[j].addr, Change: Removed, Article: olds[j].article, Old: subtree(olds[j].unit)})
				}
			}
		}
	}
	removedAfter(-1)
	for k, e := range news {
		i, existed := oldAt[e.key]
		switch {
		case existed:
			o, n := olds[i].unit.OwnText(), e.unit.OwnText()
			if o != n {
				out = append(out, Unit{Address: e.addr, Change: Changed, Article: e.article, Old: o, New: n, Words: Words(o, n)})
			}
			removedAfter(i)
		default:
			if p := e.parent; p >= 0 && !existedAt(news[p].key, oldAt) && !isMoved(moveOf, p) && !isMoved(moveOf, k) {
				continue // part of a unit added whole, shown with it
			}
			u := Unit{Address: e.addr, Change: Added, Article: e.article, New: subtree(e.unit)}
			if j, ok := moveOf[k]; ok {
				u.Change, u.From, u.Old = Moved, olds[j].addr, olds[j].unit.OwnText()
				if u.Old != u.New {
					u.Words = Words(u.Old, u.New)
				}
			}
			out = append(out, u)
		}
	}
	// Removed units before any kept one (or after the last) not yet listed.
	for j := range olds {
		if !newAt[olds[j].key] && !emitted[j] && !movedFrom[j] && !gonewith(olds, j, newAt) {
			out = append(out, Unit{Address: olds[j].addr, Change: Removed, Article: olds[j].article, Old: subtree(olds[j].unit)})
		}
	}
	return out
}

func existedAt(key string, oldAt map[string]int) bool {
	_, ok := oldAt[key]
	return ok
}

func isMoved(moveOf map[int]int, k int) bool {
	_, ok := moveOf[k]
	return ok
}

// gonewith reports whether old unit j went with its enclosing unit, which
// is then shown removed whole.
func gonewith(olds []entry, j int, newAt map[string]bool) bool {
	p := olds[j].parent
	return p >= 0 && !newAt[olds[p].key]
}

// subtree is the whole text of a unit added or removed: its own text and
// its children's in document order, without footnotes (provenance is not
// compared).
func subtree(u *codes.Unit) string {
	var lines []string
	codes.Walk(u, func(x *codes.Unit, entering bool) bool {
		text := x.WrapUp
		if entering {
			text = x.Intro()
		}
		if text != "" {
			lines = append(lines, text)
		}
		return true
	})
	return strings.Join(lines, "\n")
}

// moveKey identifies a unit's words apart from its number and place.
func moveKey(u *codes.Unit) string {
	c := *u
	c.Label, c.Num = "", ""
	if len(u.Children) > 0 {
		return "" // only leaf units are matched as moved: a container's identity is its children
	}
	return u.Kind.String() + "\x00" + c.OwnText()
}
