package official

import (
	"strconv"
	"strings"

	"github.com/zan-law/zan/codes"
)

// Indented parts. The source's indentation is layout: a paragraph indented
// below a point continues the point, and so does every line of a block the
// point quotes (Article 467 of the Criminal Code restating Article 51, its
// parts «1. …», «2. …» and its note, each indented). But a part's own head
// line is sometimes indented too: part 8 of Article 190 of the Criminal
// Procedure Code stands as «      8. Прокурор …» after point 5) of part 7.
// Such a line, no quotation open in the article's text, is the article's
// next part when it carries the next number of the article's parts, and an
// error otherwise: zan cannot tell a part out of order from a paragraph of
// the point. Inside a quotation it stays text of the point, as before.

// articleParts follows what decides it, in the titled unit being read: the
// number of its last part (or of its note's last item, counted anew after
// a note's head line) and the quotation marks of its text.
type articleParts struct {
	last   string // "7", "4-3"; "" before the first
	quotes []rune // the closing marks of the quotations open, innermost last
}

// read notes a line of the unit's text; opens says whether it is written
// as the head line of a unit of kind k (a part, a note), not indented.
func (a *articleParts) read(t string, opens bool, k codes.Kind) {
	switch {
	case opens && k == codes.Part:
		a.last = partNum(t)
	case opens && k == codes.Note:
		a.last = ""
	}
	for _, r := range t {
		if n := len(a.quotes); n > 0 && r == a.quotes[n-1] {
			a.quotes = a.quotes[:n-1]
		} else if c := codes.QuoteCloser(r); c != 0 {
			a.quotes = append(a.quotes, c)
		}
	}
}

// quoted reports whether a quotation is open in the unit's text.
func (a *articleParts) quoted() bool { return len(a.quotes) > 0 }

// next reports whether t, a part's head line, carries the number of the
// unit's next part.
func (a *articleParts) next(t string) bool { return follows(a.last, partNum(t)) }

// lastPart describes the unit's last part for a message.
func (a *articleParts) lastPart() string {
	if a.last == "" {
		return "no part before it"
	}
	return "the last part is " + a.last
}

// partNum is the number of a part's head line: "8. Прокурор …" → "8".
func partNum(t string) string {
	n, _, _ := strings.Cut(t, ".")
	return n
}

// follows reports whether n is a number that comes right after last in a
// list of parts: the first ("1" after none), the next at any level ("8"
// after "7", "5" and "4-4" after "4-3"), or the first inserted after it
// ("7-1" after "7").
func follows(last, n string) bool {
	if last == "" {
		return n == "1"
	}
	if n == last+"-1" {
		return true
	}
	comps := strings.Split(last, "-")
	for i := range comps {
		v, err := strconv.Atoi(comps[i])
		if err != nil {
			return false
		}
		if n == strings.Join(append(comps[:i:i], strconv.Itoa(v+1)), "-") {
			return true
		}
	}
	return false
}
