package amend

import (
	"fmt"
	"strings"

	"github.com/zan-law/zan/codes"
)

// Enumerations of points. Laws do not spell out the punctuation of a list
// they extend; Adilet's consolidated texts repair it. A point appended
// after the last one of its list makes the former last point an inner
// one: its closing "." (or «, –» before a sanction) becomes ";". The new
// point keeps the ending its quoted text has: the drafter writes it as the
// list's end.

// listEnds are the closing marks of a list's last point that become ";"
// when a point is appended after it.
var listEnds = []string{", –", " –", "–", ", -", " -", "."}

// closeFormerLast repairs the punctuation of the point before the unit
// just inserted at addr, when addr is a point or subpoint appended at the
// end of its list, and describes the repair ("" if none).
func closeFormerLast(d *codes.Doc, lx *lexicon, addr codes.Address) (string, error) {
	last := addr[len(addr)-1]
	if last.Kind != codes.Point && last.Kind != codes.Subpoint {
		return "", nil
	}
	parent, err := d.Find(addr.Parent())
	if err != nil {
		return "", err
	}
	i := -1
	for k, c := range parent.Children {
		if c.Kind == last.Kind && c.Num == last.Num {
			i = k
		}
	}
	if i < 1 || parent.Children[i-1].Kind != last.Kind ||
		i+1 < len(parent.Children) && parent.Children[i+1].Kind == last.Kind {
		return "", nil // the first of its list, or not its last
	}
	prev := parent.Children[i-1]
	if lx.excludedMark.MatchString(prev.Text) {
		return "", nil // a placeholder keeps its own wording
	}
	at := addr.Parent().Child(codes.Step{Kind: prev.Kind, Num: prev.Num})
	u, err := d.EditTree(at)
	if err != nil {
		return "", err
	}
	t, where := closingText(u, at)
	for _, end := range listEnds {
		if strings.HasSuffix(*t, end) {
			*t = strings.TrimSuffix(*t, end) + ";"
			return fmt.Sprintf("%s: «%s» → «;»", where, strings.TrimSpace(end)), nil
		}
	}
	return "", nil
}

// closingText returns the text that closes a unit, where its closing mark
// stands: its closing paragraph, else its last point's, else its own text.
func closingText(u *codes.Unit, at codes.Address) (*string, codes.Address) {
	for {
		switch {
		case u.WrapUp != "":
			return &u.WrapUp, at
		case len(u.Children) > 0:
			u = u.Children[len(u.Children)-1]
			at = at.Child(codes.Step{Kind: u.Kind, Num: u.Num})
		default:
			return &u.Text, at
		}
	}
}
