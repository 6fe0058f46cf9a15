package codes

import (
	"fmt"
	"strconv"
	"strings"
)

// Step is one level of an address: a kind and a number ("part", "2").
// Notes have no number.
type Step struct {
	Kind Kind
	Num  string
}

// Address is the canonical address of a unit: article:380-3/part:2/point:4.
// The first step is looked up anywhere in the act (article numbers are
// unique across a code); each further step among the children of the last.
type Address []Step

func (a Address) String() string {
	parts := make([]string, len(a))
	for i, s := range a {
		parts[i] = s.Kind.String()
		if s.Num != "" {
			parts[i] += ":" + s.Num
		}
	}
	return strings.Join(parts, "/")
}

// Anchor is the HTML id of the unit: article-380-3-part-2-point-4.
func (a Address) Anchor() string {
	return anchorChars.Replace(a.String())
}

var anchorChars = strings.NewReplacer("/", "-", ":", "-")

// ParseAddress reads the canonical form written by String. A list step
// ("list:2", see lists.go) stands before a part, point or subpoint below
// the first step.
func ParseAddress(s string) (Address, error) {
	var a Address
	steps := strings.Split(s, "/")
	for i, part := range steps {
		kind, n, _ := strings.Cut(part, ":")
		k, ok := KindOf(kind)
		if !ok || k == Act || (n == "") != (k == Note) {
			return nil, fmt.Errorf("bad address %q: step %q (want kind:number, e.g. article:380-3/part:2)", s, part)
		}
		if k == List && !listBefore(steps, i) {
			return nil, fmt.Errorf("bad address %q: step %q (a list is named by its number before a part, point or subpoint in it, e.g. part:4-3/list:2/point:1)", s, part)
		}
		a = append(a, Step{k, n})
	}
	return a, nil
}

// listBefore reports whether steps[i], a list step, is well placed: not
// first, numbered 1, 2, …, and followed by a part, point or subpoint.
func listBefore(steps []string, i int) bool {
	_, n, _ := strings.Cut(steps[i], ":")
	if v, err := strconv.Atoi(n); i == 0 || i+1 == len(steps) || err != nil || v < 1 || strconv.Itoa(v) != n {
		return false
	}
	kind, _, _ := strings.Cut(steps[i+1], ":")
	k, _ := KindOf(kind)
	return k == Part || k == Point || k == Subpoint
}

// Child returns the address of the unit below a with the given step.
func (a Address) Child(s Step) Address {
	return append(append(Address(nil), a...), s)
}

// Parent returns the address of the unit containing a's unit (nil at the
// top); a list step before a's last step goes with it: a list is not a unit.
func (a Address) Parent() Address {
	if len(a) <= 1 {
		return nil
	}
	p := a[:len(a)-1]
	if p[len(p)-1].Kind == List {
		p = p[:len(p)-1]
	}
	return p
}

// Holder is the address of the article containing the unit (the unit
// itself if it is an article, or above article level): where Adilet
// records the unit's changes.
func (a Address) Holder() Address {
	for i, s := range a {
		if s.Kind == Article {
			return a[:i+1]
		}
	}
	return a
}

// NotFoundError says which step of an address names no unit.
type NotFoundError struct {
	Address Address
	Missing Address // the prefix of Address that was not found
}

func (e *NotFoundError) Error() string {
	if len(e.Missing) == len(e.Address) {
		return fmt.Sprintf("%s not found", e.Address)
	}
	return fmt.Sprintf("%s not found (no %s)", e.Address, e.Missing)
}

// Path returns the units from the root down to the unit at a. A step
// names the child of its kind and number; after a list step, the one in
// that list (see lists.go). A number two lists have, named without its
// list, is an *AmbiguousError.
func (d *Doc) Path(a Address) ([]*Unit, error) {
	if len(a) == 0 {
		return []*Unit{d.Root}, nil
	}
	path := d.locate(a[0])
	if path == nil {
		return nil, &NotFoundError{a, a[:1]}
	}
	for i := 1; i < len(a); i++ {
		s, list := a[i], 0
		if s.Kind == List {
			n, err := strconv.Atoi(s.Num)
			if err != nil || n < 1 || i+1 == len(a) {
				return nil, &NotFoundError{a, a[:i+1]}
			}
			list, i = n, i+1
			s = a[i]
		}
		parent := path[len(path)-1]
		c, lists := childIn(parent, s, list)
		if lists != nil {
			return nil, &AmbiguousError{Address: a, Holder: a[:i], Step: s, Label: parent.Child(s.Kind, s.Num).Label, Lists: lists}
		}
		if c == nil {
			return nil, &NotFoundError{a, a[:i+1]}
		}
		path = append(path, c)
	}
	return path, nil
}

// Find returns the unit at a.
func (d *Doc) Find(a Address) (*Unit, error) {
	path, err := d.Path(a)
	if err != nil {
		return nil, err
	}
	return path[len(path)-1], nil
}

// find searches the tree below root, in document order, for the first unit
// of the step's kind and number, and returns the path to it. It descends
// only into units of higher kinds (an article is not looked for inside
// another article) and stops at the first match.
func find(root *Unit, s Step) []*Unit {
	path := []*Unit{root}
	if findBelow(root, s, &path) {
		return path
	}
	return nil
}

func findBelow(u *Unit, s Step, path *[]*Unit) bool {
	for _, c := range u.Children {
		if c.Kind == s.Kind && c.Num == s.Num {
			*path = append(*path, c)
			return true
		}
		if c.Kind < s.Kind && len(c.Children) > 0 {
			*path = append(*path, c)
			if findBelow(c, s, path) {
				return true
			}
			*path = (*path)[:len(*path)-1]
		}
	}
	return false
}

// AddressOf returns the address of the last unit of a path from the root:
// from the innermost article (or chapter, section, code part) down, with
// a list step before a unit that its parent's lists tell apart (lists.go).
func AddressOf(path []*Unit) Address {
	start := 0
	for i, u := range path {
		if u.Kind == Article || u.Kind == Chapter || u.Kind == Section || u.Kind == CodePart {
			start = i
			if u.Kind == Article {
				break
			}
		}
	}
	var a Address
	for i := start; i < len(path); i++ {
		u := path[i]
		if u.Kind == Act {
			continue
		}
		if i > start {
			if n := listOf(path[i-1], u); n > 0 {
				a = append(a, ListStep(n))
			}
		}
		a = append(a, Step{u.Kind, u.Num})
	}
	return a
}
