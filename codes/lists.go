package codes

import (
	"fmt"
	"strconv"
	"strings"
)

// Lists of units. A unit's points are one list as a rule: 1), 2), 3). Some
// units hold two lists numbered alike. Part 4-3 of Article 190 of the
// Criminal Procedure Code says what the head of the body of inquiry does
// (points 1) and 2)), then, in a paragraph of its own, what the head of
// the investigative department does (points 1) and 2) again):
//
//	4-3. Начальник органа дознания, … производит одно из следующих действий:
//	1) согласовывает протокол …;
//	2) отказывает в согласовании протокола …
//	Начальник следственного отдела, … производит одно из следующих действий:
//	1) направляет протокол …;
//	2) возвращает уголовное дело …
//
// Such units are told apart by their list, a step of the address before
// the unit's own: article:190/part:4-3/list:1/point:1 is the first 1),
// article:190/part:4-3/list:2/point:1 the second (anchors
// article-190-part-4-3-list-2-point-1). An address that names a number
// two lists have without saying which (article:190/part:4-3/point:1, «пункт
// 1) части 4-3 статьи 190») is an AmbiguousError, never the first unit; a
// number only one list has is found without its list step.
//
// A new list of a kind begins at a unit whose number the current list of
// that kind already has. Only numbered units below an article (parts,
// points, subpoints) form lists, and a unit whose children of a kind are
// one list, every number once, gives them no list step: the addresses of
// the rest of an act are as they always were.

// listed reports whether c is counted in lists: a numbered unit below an
// article.
func listed(c *Unit) bool { return c.Kind > Article && c.Num != "" }

// Lists returns, for each child of u, the number (1, 2, …) of the list it
// stands in among u's children of its kind, 0 when those children are one
// list; nil when all of u's children are (the rule).
func Lists(u *Unit) []int {
	if !repeats(u.Children) {
		return nil
	}
	type run struct {
		n    int             // the list being read
		nums map[string]bool // the numbers it has so far
	}
	runs := map[Kind]*run{}
	out := make([]int, len(u.Children))
	for i, c := range u.Children {
		if !listed(c) {
			continue
		}
		r := runs[c.Kind]
		if r == nil {
			r = &run{n: 1, nums: map[string]bool{}}
			runs[c.Kind] = r
		}
		if r.nums[c.Num] {
			r.n++
			clear(r.nums)
		}
		r.nums[c.Num] = true
		out[i] = r.n
	}
	for i, c := range u.Children {
		if out[i] > 0 && runs[c.Kind].n == 1 {
			out[i] = 0 // its kind is one list
		}
	}
	return out
}

// repeats reports whether two of the children counted in lists have one
// kind and number. Most units have a few such children; a long run is
// checked with a set.
func repeats(children []*Unit) bool {
	if len(children) < 2 {
		return false
	}
	n := 0
	for _, c := range children {
		if listed(c) {
			n++
		}
	}
	if n < 2 {
		return false
	}
	if n <= 16 {
		for i, c := range children {
			if !listed(c) {
				continue
			}
			for _, d := range children[:i] {
				if d.Kind == c.Kind && d.Num == c.Num {
					return true
				}
			}
		}
		return false
	}
	seen := make(map[Step]bool, n)
	for _, c := range children {
		if listed(c) {
			s := Step{c.Kind, c.Num}
			if seen[s] {
				return true
			}
			seen[s] = true
		}
	}
	return false
}

// ListStep is the address step of the n-th list of a unit's children.
func ListStep(n int) Step { return Step{List, strconv.Itoa(n)} }

// listOf returns the number of the list c stands in among u's children
// (see Lists), 0 when its kind is one list there.
func listOf(u, c *Unit) int {
	lists := Lists(u)
	if lists == nil {
		return 0
	}
	for i, x := range u.Children {
		if x == c {
			return lists[i]
		}
	}
	return 0
}

// childIn returns u's child of the step's kind and number in list (list 0:
// in whichever list has it), or nil when there is none; when list is 0
// and several lists have such a child, it returns nil and those lists.
func childIn(u *Unit, s Step, list int) (*Unit, []int) {
	var found *Unit
	count := 0
	for _, c := range u.Children {
		if c.Kind == s.Kind && c.Num == s.Num {
			if count++; found == nil {
				found = c
			}
		}
	}
	if count == 0 || list == 0 && (count == 1 || !listed(found)) {
		return found, nil // two notes of one article: the first, as ever
	}
	lists := Lists(u)
	if lists == nil {
		return nil, nil // one list: a list step names none
	}
	var in []int
	for i, c := range u.Children {
		if c.Kind == s.Kind && c.Num == s.Num {
			if lists[i] == list {
				return c, nil
			}
			in = append(in, lists[i])
		}
	}
	if list != 0 {
		return nil, nil
	}
	return nil, in
}

// AmbiguousError says an address names a unit's child by a number that
// several of the unit's lists have, and not which list.
type AmbiguousError struct {
	Address Address // the address asked for
	Holder  Address // the prefix naming the unit that has the lists
	Step    Step    // the step that names several units
	Label   string  // their label ("1) ")
	Lists   []int   // the lists that have such a unit
}

func (e *AmbiguousError) Error() string {
	alts := make([]string, len(e.Lists))
	for i, n := range e.Lists {
		alts[i] = e.Holder.Child(ListStep(n)).Child(e.Step).String()
	}
	return fmt.Sprintf("%s is ambiguous: %s has %s %ss %s, one in each of its lists (%s); name the list",
		e.Address, e.Holder, countWord(len(e.Lists)), e.Step.Kind, strings.TrimSpace(e.Label), strings.Join(alts, ", "))
}

// countWord spells a small count as a word: "two points 1)".
func countWord(n int) string {
	if words := [...]string{2: "two", 3: "three", 4: "four", 5: "five"}; n < len(words) && words[n] != "" {
		return words[n]
	}
	return strconv.Itoa(n)
}

// severalLists reports whether u's children of kind k form several lists:
// a new one of them would have no one place among them.
func severalLists(u *Unit, k Kind) bool {
	lists := Lists(u)
	for i, c := range u.Children {
		if c.Kind == k && lists != nil && lists[i] > 1 {
			return true
		}
	}
	return false
}
