package codes

import (
	"fmt"
	"strings"
)

// Edit returns the unit at a, ready to be changed: it and every unit above
// it are copied into d first, so other docs sharing those units (the
// edition d was cloned from) never see the change.
func (d *Doc) Edit(a Address) (*Unit, error) {
	path, err := d.Path(a)
	if err != nil {
		return nil, err
	}
	return d.own(path), nil
}

// own copies the units of path (root first) into d and returns the copy of
// the last one. Units d copied since it was cloned are its own already and
// are changed in place: a law's hundred edits copy the root once, not a
// hundred times.
func (d *Doc) own(path []*Unit) *Unit {
	if !d.owns(path[0]) {
		d.Root = path[0].clone(d.gen)
	}
	parent := d.Root
	for _, u := range path[1:] {
		if d.owns(u) {
			parent = u
			continue
		}
		c := u.clone(d.gen)
		for i, sib := range parent.Children {
			if sib == u {
				parent.Children[i] = c
				break
			}
		}
		parent = c
	}
	return parent
}

// owns reports whether u is a copy d made for itself since it was cloned.
func (d *Doc) owns(u *Unit) bool { return d.gen != nil && u.owner == d.gen }

// ExistsError says a unit to be inserted is already in the act.
type ExistsError struct{ Address Address }

func (e *ExistsError) Error() string { return fmt.Sprintf("%s already exists", e.Address) }

// Insert places u among the children of the unit at parent, after the last
// sibling of its kind whose number is lower (380-2 < 380-3 < 381). With a
// nil parent and a unit above parts (an article, chapter, section or part
// of the code), the place is found among
// all such units of the act, since their numbers run through the whole
// code. A unit whose children of u's kind form several lists (lists.go)
// takes no new one: which list it would join is not said. It returns the
// address of the inserted unit.
func (d *Doc) Insert(parent Address, u *Unit) (Address, error) {
	var path []*Unit
	if len(parent) == 0 && u.Kind != Act && u.Kind <= Article {
		if existing := d.locate(Step{u.Kind, u.Num}); existing != nil {
			return nil, &ExistsError{AddressOf(existing)}
		}
		path = placeAmong(d.Root, u)
	} else {
		var err error
		if path, err = d.Path(parent); err != nil {
			return nil, err
		}
		if u.Kind < Part {
			d.dropIndex() // the new unit's number may stand elsewhere too
		}
	}
	if last := path[len(path)-1]; severalLists(last, u.Kind) {
		return nil, fmt.Errorf("%s has several lists of %ss: zan cannot tell which one the new %s %s joins", parent, u.Kind, u.Kind, strings.TrimSpace(u.Label))
	}
	p := d.own(path)
	if p.Child(u.Kind, u.Num) != nil {
		return nil, &ExistsError{parent.Child(Step{u.Kind, u.Num})}
	}
	i := insertionIndex(p.Children, u)
	p.Children = append(p.Children[:i], append([]*Unit{u}, p.Children[i:]...)...)
	return AddressOf(append(path, u)), nil
}

// placeAmong returns the path to the unit that should hold u: the parent of
// the nearest lower-numbered unit of u's kind, else of the nearest higher
// one, else the root.
func placeAmong(root *Unit, u *Unit) []*Unit {
	var stack, below, above []*Unit
	Walk(root, func(x *Unit, entering bool) bool {
		if !entering {
			stack = stack[:len(stack)-1]
			return true
		}
		if x.Kind == u.Kind {
			switch c := CompareNums(x.Num, u.Num); {
			case c < 0:
				below = append([]*Unit(nil), stack...)
			case c > 0 && above == nil:
				above = append([]*Unit(nil), stack...)
			}
		}
		stack = append(stack, x)
		return x.Kind < u.Kind
	})
	switch {
	case below != nil:
		return below
	case above != nil:
		return above
	}
	return []*Unit{root}
}

// insertionIndex is where u goes among children: after the last child of
// its kind with a lower number; before the first of its kind if none is
// lower; at the end if it has no siblings of its kind.
func insertionIndex(children []*Unit, u *Unit) int {
	at, first := -1, -1
	for i, c := range children {
		if c.Kind != u.Kind {
			continue
		}
		if first < 0 {
			first = i
		}
		if CompareNums(c.Num, u.Num) < 0 {
			at = i + 1
		}
	}
	switch {
	case at >= 0:
		return at
	case first >= 0:
		return first
	}
	return len(children)
}

// EditTree is Edit for changes anywhere below the unit: the unit and all
// units under it are copied too.
func (d *Doc) EditTree(a Address) (*Unit, error) {
	u, err := d.Edit(a)
	if err != nil {
		return nil, err
	}
	for i, c := range u.Children {
		u.Children[i] = d.deepCopy(c)
	}
	return u, nil
}

// EditWhere is Edit for changes to the units below the unit for which
// changes reports true (and the unit itself): those units and the units
// between are copied; every other unit below stays shared, and must not be
// changed. A words instruction copies the units holding its words, not a
// whole article, or the whole act for "throughout the text".
func (d *Doc) EditWhere(a Address, changes func(*Unit) bool) (*Unit, error) {
	u, err := d.Edit(a)
	if err != nil {
		return nil, err
	}
	for i, c := range u.Children {
		if nc, picked := d.copyWhere(c, changes); picked {
			u.Children[i] = nc
		}
	}
	return u, nil
}

// copyWhere returns u, or a copy of d's own when changes picks u or a unit
// below it, with the picked units below copied too; picked says which. Each
// unit is looked at once.
func (d *Doc) copyWhere(u *Unit, changes func(*Unit) bool) (*Unit, bool) {
	picked := changes(u)
	var copies map[int]*Unit
	for i, c := range u.Children {
		if nc, ok := d.copyWhere(c, changes); ok {
			if copies == nil {
				copies = map[int]*Unit{}
			}
			copies[i], picked = nc, true
		}
	}
	if !picked {
		return u, false
	}
	if !d.owns(u) {
		u = u.clone(d.gen)
	}
	for i, c := range copies {
		u.Children[i] = c
	}
	return u, true
}

// deepCopy returns u and every unit below it as d's own, copying those
// d does not own yet.
func (d *Doc) deepCopy(u *Unit) *Unit {
	c := u
	if !d.owns(u) {
		c = u.clone(d.gen)
	}
	for i, ch := range c.Children {
		c.Children[i] = d.deepCopy(ch)
	}
	return c
}

// Replace puts u in the place of the unit at a.
func (d *Doc) Replace(a Address, u *Unit) error {
	path, err := d.Path(a)
	if err != nil {
		return err
	}
	old := path[len(path)-1]
	if u.Kind < Article || old.Kind < Article || u.Kind != old.Kind || u.Num != old.Num {
		d.dropIndex() // the units below, or this one, may stand elsewhere now
	}
	parent := d.own(path[:len(path)-1])
	for i, c := range parent.Children {
		if c == old {
			parent.Children[i] = u
		}
	}
	return nil
}

// InsertionParent returns the address of the unit that Insert(nil, u)
// would place u in: for a new article, the chapter of its neighbours.
func (d *Doc) InsertionParent(u *Unit) Address {
	return AddressOf(placeAmong(d.Root, u))
}
