package corpus

import (
	"fmt"

	"github.com/zan-law/zan/codes"
)

// Conflict is a unit that two laws change on the same day. They apply in
// the timeline's order (law date, then number); an editor should check
// that the second still reads as its drafters meant.
type Conflict struct {
	Date    codes.Date
	Address codes.Address // the article (or higher unit) both change
	Laws    []string      // law numbers, in the order applied
}

func (c Conflict) String() string {
	return fmt.Sprintf("%s: %s is changed by laws %v on the same day; applied in that order", c.Date, c.Address, c.Laws)
}

// Conflicts lists, for the editions of a code, the units changed by more
// than one law on the same day.
func Conflicts(eds []*Edition) []Conflict {
	var out []Conflict
	for _, ed := range eds {
		laws := map[string][]string{}
		var order []string
		for _, ch := range ed.Changes {
			key := ch.Address.Holder().String()
			if len(laws[key]) == 0 {
				order = append(order, key)
			}
			if n := len(laws[key]); n == 0 || laws[key][n-1] != ch.Law {
				laws[key] = append(laws[key], ch.Law)
			}
		}
		for _, key := range order {
			if len(laws[key]) > 1 {
				addr, _ := codes.ParseAddress(key)
				out = append(out, Conflict{Date: ed.Date, Address: addr, Laws: laws[key]})
			}
		}
	}
	return out
}

// Summary lists what an edition's changes did, one line per operation:
// "252-VIII insert article:187/part:2".
func Summary(ed *Edition) []string {
	out := []string{}
	for _, ch := range ed.Changes {
		line := ch.Law + " " + ch.Op.Kind.String() + " " + ch.Address.String()
		if ch.Op.Everywhere {
			line = ch.Law + " " + ch.Op.Kind.String() + " throughout the text"
		}
		if ch.Count > 1 {
			line += fmt.Sprintf(" (%d places)", ch.Count)
		}
		out = append(out, line)
	}
	return out
}
