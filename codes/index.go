package codes

import "sync"

// unitIndex remembers where the units above parts (parts of the code,
// sections, chapters, articles) stand in a tree: the steps from the root
// to each, with each step's place among its siblings. It is a hint: every
// use follows the steps and checks that they lead to the unit asked for,
// and falls back to a search of the whole tree when they do not, so a stale
// entry costs time, never a wrong unit. Editions cloned from one another
// share one index; their units mostly stand where they stood.
type unitIndex struct {
	mu    sync.RWMutex
	hops  map[Step][]hop
	twice map[Step]bool // numbers that occur more than once: always searched, so the first is found
}

// hop is one step of a path, and where its unit stood among its siblings.
type hop struct {
	step Step
	at   int
}

// indexed reports whether units of kind k are kept in the index.
func indexed(k Kind) bool { return k > Act && k <= Article }

// newIndex indexes the units of the tree below root.
func newIndex(root *Unit) *unitIndex {
	x := &unitIndex{hops: map[Step][]hop{}, twice: map[Step]bool{}}
	var path []hop
	var walk func(u *Unit)
	walk = func(u *Unit) {
		for i, c := range u.Children {
			if !indexed(c.Kind) {
				continue
			}
			path = append(path, hop{Step{c.Kind, c.Num}, i})
			s := Step{c.Kind, c.Num}
			if _, seen := x.hops[s]; seen {
				x.twice[s] = true
			} else {
				x.hops[s] = append([]hop(nil), path...)
			}
			if c.Kind < Article {
				walk(c)
			}
			path = path[:len(path)-1]
		}
	}
	walk(root)
	return x
}

// index returns the doc's index, making it on first use.
func (d *Doc) index() *unitIndex {
	if d.idx == nil {
		d.idx = newIndex(d.Root)
	}
	return d.idx
}

// dropIndex is called after an edit that may put a unit's number in two
// places of the tree (a chapter restated with its articles): the doc makes
// a new index of its own when next asked.
func (d *Doc) dropIndex() { d.idx = nil }

// locate returns the path to the first unit of the step's kind and number
// in document order (see find), using the index where it can.
func (d *Doc) locate(s Step) []*Unit {
	if !indexed(s.Kind) {
		return find(d.Root, s)
	}
	x := d.index()
	x.mu.RLock()
	hops, ok := x.hops[s]
	twice := x.twice[s]
	x.mu.RUnlock()
	if twice {
		return find(d.Root, s)
	}
	if ok {
		if path := follow(d.Root, hops); path != nil {
			return path
		}
	}
	path := find(d.Root, s)
	if path != nil {
		x.mu.Lock()
		x.hops[s] = hopsOf(path)
		x.mu.Unlock()
	}
	return path
}

// follow walks the hops from root and returns the path, or nil where a
// step is not there. A unit is looked for at its remembered place first,
// then among all its siblings.
func follow(root *Unit, hops []hop) []*Unit {
	path := make([]*Unit, 1, len(hops)+1)
	path[0] = root
	u := root
	for _, h := range hops {
		var next *Unit
		if h.at < len(u.Children) && u.Children[h.at].Kind == h.step.Kind && u.Children[h.at].Num == h.step.Num {
			next = u.Children[h.at]
		} else if next = u.Child(h.step.Kind, h.step.Num); next == nil {
			return nil
		}
		path = append(path, next)
		u = next
	}
	return path
}

// hopsOf is the hops of a path from the root.
func hopsOf(path []*Unit) []hop {
	out := make([]hop, 0, len(path)-1)
	for i := 1; i < len(path); i++ {
		at := 0
		for j, c := range path[i-1].Children {
			if c == path[i] {
				at = j
				break
			}
		}
		out = append(out, hop{Step{path[i].Kind, path[i].Num}, at})
	}
	return out
}
