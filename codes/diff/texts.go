package diff

import (
	"github.com/zan-law/zan/codes"
)

// Texts compares two editions given as plain text (an act's text, as
// codes.ParseText reads it) and gives what Diff gives for their trees,
// faster: it cuts both texts into spans (codes.Spans) and parses in full
// only the articles whose text differs. An article both editions have word
// for word is read once, its head line alone, and that one unit stands in
// both trees (codes.ParseSpans); Diff skips a unit that meets itself. Should such
// a unit meet another one (an article moved to another chapter, a number
// given twice), or be added or removed, the texts are compared as whole
// trees instead.
func Texts(old, new string) []Unit {
	units, _ := texts(old, new)
	return units
}

// texts is Texts; it reports whether the articles both texts share were
// skipped (false: the texts were compared as whole trees).
func texts(old, new string) ([]Unit, bool) {
	oldSpans, newSpans := codes.Spans(old), codes.Spans(new)
	inOld := make(map[string]bool, len(oldSpans))
	for _, s := range oldSpans {
		if s.Kind == codes.Article {
			inOld[old[s.Start:s.End]] = true
		}
	}
	same := map[string]*codes.Unit{} // an article's text → the unit standing for it in both trees
	for _, s := range newSpans {
		if text := new[s.Start:s.End]; s.Kind == codes.Article && inOld[text] {
			same[text] = nil
		}
	}
	oldRoot := codes.ParseSpans(old, oldSpans, 1, same)
	newRoot := codes.ParseSpans(new, newSpans, 1, same)
	shared := make(map[*codes.Unit]bool, len(same))
	for _, u := range same {
		shared[u] = true
	}
	if units, ok := compareTrees(oldRoot, newRoot, shared); ok {
		return units, true
	}
	units, _ := compareTrees(codes.ParseText(old, 1), codes.ParseText(new, 1), nil)
	return units, false
}
