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

// Diff compares two editions of an act. Units are aligned by number
// under their parents (the act's parts, sections, chapters, articles,
// parts, points); a leaf unit that is gone from one place and appears with
// the same words under another number is reported once, as moved. A unit
// added or removed whole is one entry with all its text. Footnotes are
// provenance, not text, and are not compared. Subtrees the editions share
// (an edition folded from another shares every unit no law touched) are
// skipped at once. The result follows the new edition's order, each
// removed unit after the unit it followed.
func Diff(old, new *codes.Doc) []Unit {
	units, _ := compareTrees(old.Root, new.Root, nil)
	return units
}

// compareTrees compares two unit trees. shared (see Texts) are units that
// stand in both trees for an article the editions have word for word; it
// reports false if one of them met a unit other than itself, or was added
// or removed, as part of a container or on its own.
func compareTrees(old, new *codes.Unit, shared map[*codes.Unit]bool) ([]Unit, bool) {
	d := &differ{shared: shared}
	d.unit(old, new, []*codes.Unit{old}, []*codes.Unit{new}, "")
	if d.lost {
		return nil, false
	}
	d.pairMoves()
	out := d.out[:0]
	for _, u := range d.out {
		if u.Change != "" {
			out = append(out, u)
		}
	}
	return out, true
}

// differ walks two editions side by side.
type differ struct {
	out              []Unit
	added, removed   []int    // indices into out
	addedKey, gonKey []string // their move keys
	shared           map[*codes.Unit]bool
	lost             bool // a shared unit was not aligned with itself
}

// unit compares o and n (same address) and their children.
func (d *differ) unit(o, n *codes.Unit, opath, npath []*codes.Unit, article string) {
	if o == n {
		return
	}
	if d.shared[o] || d.shared[n] {
		d.lost = true
		return
	}
	if n.Kind == codes.Article {
		article = n.Label + n.Heading
	}
	if !sameText(o, n) {
		ot, nt := o.OwnText(), n.OwnText()
		d.out = append(d.out, Unit{Address: codes.AddressOf(npath), Change: Changed, Article: article, Old: ot, New: nt, Words: Words(ot, nt)})
	}
	// While the children line up index by index, so do their lists (a
	// child's list depends on the children before it); from the first that
	// does not, each is looked up by its kind, number and list.
	var oldAt map[step]int
	var newLists []int
	seen := make([]bool, len(o.Children))
	for k, c := range n.Children {
		i, ok := k, oldAt == nil && k < len(o.Children) && o.Children[k].Kind == c.Kind && o.Children[k].Num == c.Num
		if !ok {
			if oldAt == nil {
				oldLists := codes.Lists(o)
				newLists = codes.Lists(n)
				oldAt = make(map[step]int, len(o.Children))
				for i, c := range o.Children {
					oldAt[step{c.Kind, c.Num, listAt(oldLists, i)}] = i
				}
			}
			i, ok = oldAt[step{c.Kind, c.Num, listAt(newLists, k)}]
		}
		if !ok {
			d.add(c, append(npath, c), article)
			continue
		}
		d.removeBefore(o, i, seen, opath, article)
		seen[i] = true
		d.unit(o.Children[i], c, append(opath, o.Children[i]), append(npath, c), article)
	}
	d.removeBefore(o, len(o.Children), seen, opath, article)
}

// step is a unit's kind, number and list (codes.Lists): its key among its
// siblings.
type step struct {
	kind codes.Kind
	num  string
	list int
}

// listAt is the list of child i given its parent's codes.Lists.
func listAt(lists []int, i int) int {
	if lists == nil {
		return 0
	}
	return lists[i]
}

// sameText reports whether two units have the same own text.
func sameText(o, n *codes.Unit) bool {
	return o.Kind == n.Kind && o.Label == n.Label && o.Heading == n.Heading && o.Text == n.Text && o.WrapUp == n.WrapUp
}

// removeBefore records the old children before index i that the new
// edition does not have.
func (d *differ) removeBefore(o *codes.Unit, i int, seen []bool, opath []*codes.Unit, article string) {
	for j := 0; j < i; j++ {
		if seen[j] {
			continue
		}
		seen[j] = true
		c := o.Children[j]
		d.checkNotShared(c)
		if c.Kind == codes.Article {
			article = c.Label + c.Heading
		}
		d.removed = append(d.removed, len(d.out))
		d.gonKey = append(d.gonKey, moveKey(c))
		d.out = append(d.out, Unit{Address: codes.AddressOf(append(opath, c)), Change: Removed, Article: article, Old: subtree(c)})
	}
}

func (d *differ) add(c *codes.Unit, npath []*codes.Unit, article string) {
	d.checkNotShared(c)
	if c.Kind == codes.Article {
		article = c.Label + c.Heading
	}
	d.added = append(d.added, len(d.out))
	d.addedKey = append(d.addedKey, moveKey(c))
	d.out = append(d.out, Unit{Address: codes.AddressOf(npath), Change: Added, Article: article, New: subtree(c)})
}

// checkNotShared notes a unit added or removed that is or holds a shared
// unit, whose text the tree does not have.
func (d *differ) checkNotShared(u *codes.Unit) {
	if len(d.shared) == 0 || d.lost {
		return
	}
	codes.Walk(u, func(x *codes.Unit, entering bool) bool {
		if d.shared[x] {
			d.lost = true
		}
		return entering && !d.lost && x.Kind < codes.Article // shared units are articles
	})
}

// pairMoves turns an added unit and a removed one with the same words into
// one moved unit.
func (d *differ) pairMoves() {
	gone := map[string][]int{}
	for k, i := range d.removed {
		if key := d.gonKey[k]; key != "" {
			gone[key] = append(gone[key], i)
		}
	}
	for k, i := range d.added {
		key := d.addedKey[k]
		if c := gone[key]; key != "" && len(c) > 0 {
			gone[key] = c[1:]
			r := &d.out[c[0]]
			a := &d.out[i]
			a.Change, a.From, a.Old = Moved, r.Address, r.Old
			if a.Old != a.New {
				a.Words = Words(a.Old, a.New)
			}
			r.Change = "" // shown as the move
		}
	}
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
