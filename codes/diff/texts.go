package diff

import (
	"github.com/zan-law/zan/codes"
)

// Texts compares two editions given as plain text (an act's text, as
// codes.ParseText reads it) and gives what Diff gives for their trees,
// faster: it cuts both texts into spans (codes.Spans) and parses in full
// only the articles whose text differs. For an article both editions have
// word for word, the unit of its head line (Span.Head) stands in both
// trees, its body unread (codes.ParseSpans); Diff skips a unit that meets
// itself. Should such a unit meet another one (an article moved to another
// chapter, a number given twice), or be added or removed, the texts are
// compared as whole trees instead.
func Texts(old, new string) []Unit {
	units, _ := texts(old, new)
	return units
}

// texts is Texts; it reports whether the articles both texts share were
// skipped (false: the texts were compared as whole trees).
func texts(old, new string) ([]Unit, bool) {
	oldSpans, newSpans := codes.Spans(old, 1), codes.Spans(new, 1)
	// The old articles by head line, each linked to the one before it with
	// the same head line: hashing head lines, not whole articles.
	last := make(map[string]int, len(oldSpans))
	before := make([]int, len(oldSpans))
	for i, s := range oldSpans {
		if s.Kind == codes.Article {
			head := s.HeadLine(old)
			before[i] = -1
			if j, ok := last[head]; ok {
				before[i] = j
			}
			last[head] = i
		}
	}
	shared := map[*codes.Unit]bool{}
	for k := range newSpans {
		n := &newSpans[k]
		if n.Kind != codes.Article {
			continue
		}
		text := new[n.Start:n.End]
		i, ok := last[n.HeadLine(new)]
		for ; ok && i >= 0; i = before[i] {
			if o := &oldSpans[i]; old[o.Start:o.End] == text {
				if o.Head == nil {
					o.Head = o.HeadUnit(old)
					shared[o.Head] = true
				}
				o.Skip, n.Skip, n.Head = true, true, o.Head
				break
			}
		}
	}
	if units, ok := compareTrees(codes.ParseSpans(old, oldSpans), codes.ParseSpans(new, newSpans), shared); ok {
		return units, true
	}
	units, _ := compareTrees(codes.ParseText(old, 1), codes.ParseText(new, 1), nil)
	return units, false
}
