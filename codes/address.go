package codes

import (
	"fmt"
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

// ParseAddress reads the canonical form written by String.
func ParseAddress(s string) (Address, error) {
	var a Address
	for _, part := range strings.Split(s, "/") {
		kind, n, _ := strings.Cut(part, ":")
		k, ok := KindOf(kind)
		if !ok || k == Act || (n == "") != (k == Note) {
			return nil, fmt.Errorf("bad address %q: step %q (want kind:number, e.g. article:380-3/part:2)", s, part)
		}
		a = append(a, Step{k, n})
	}
	return a, nil
}

// Child returns the address of the unit below a with the given step.
func (a Address) Child(s Step) Address {
	return append(append(Address(nil), a...), s)
}

// Parent returns the address of the unit containing a's unit (nil at the top).
func (a Address) Parent() Address {
	if len(a) <= 1 {
		return nil
	}
	return a[:len(a)-1]
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

// Path returns the units from the root down to the unit at a.
func (d *Doc) Path(a Address) ([]*Unit, error) {
	if len(a) == 0 {
		return []*Unit{d.Root}, nil
	}
	path := d.locate(a[0])
	if path == nil {
		return nil, &NotFoundError{a, a[:1]}
	}
	for i, s := range a[1:] {
		c := path[len(path)-1].Child(s.Kind, s.Num)
		if c == nil {
			return nil, &NotFoundError{a, a[:i+2]}
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
// from the innermost article (or chapter, section, code part) down.
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
	for _, u := range path[start:] {
		if u.Kind != Act {
			a = append(a, Step{u.Kind, u.Num})
		}
	}
	return a
}
