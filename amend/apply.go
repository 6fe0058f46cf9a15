package amend

import (
	"fmt"
	"go/scanner"

	"github.com/zan-law/zan/codes"
)

// Change records what one operation did, for the change log.
type Change struct {
	Op        *Op
	Law       string        // the law's number
	Address   codes.Address // the unit changed (for an insertion, the new unit)
	Count     int           // words replaced or deleted
	Separator string        // separator supplied before/after inserted words
}

// Apply carries out the law's operations on the given act (an index into
// law.Acts) over doc. It is atomic: it returns a new edition and the
// change log, or every error and doc unchanged. Provenance footnotes name
// the law on every article it changed.
func Apply(doc *codes.Doc, law *Law, act int) (*codes.Doc, []Change, error) {
	out := doc.Clone()
	var changes []Change
	var errs scanner.ErrorList
	for i := range law.Ops {
		op := &law.Ops[i]
		if op.Act != act {
			continue
		}
		ch, err := applyOp(out, law, op)
		if err != nil {
			errs.Add(op.Pos, fmt.Sprintf("%v (instruction: %s)", err, op.Instruction))
			continue
		}
		changes = append(changes, ch)
	}
	if len(errs) > 0 {
		errs.Sort()
		return doc, nil, errs.Err()
	}
	if err := addFootnotes(out, law, changes); err != nil {
		return doc, nil, err
	}
	return out, changes, nil
}

func applyOp(d *codes.Doc, law *Law, op *Op) (Change, error) {
	ch := Change{Op: op, Law: law.Meta.Number, Address: op.Target}
	switch op.Kind {
	case Insert:
		if op.Unit != nil {
			u := *op.Unit
			addr, err := d.Insert(op.Parent, &u)
			ch.Address = addr
			return ch, err
		}
		return insertWords(d, op, ch)
	case Replace, Delete:
		return replaceWords(d, op, ch)
	case Restate:
		if op.Heading {
			u, err := d.Edit(op.Target)
			if err == nil && u.Heading == "" && u.Label == "" {
				err = fmt.Errorf("%s has no heading", op.Target)
			}
			if err == nil {
				u.Heading = op.Text
			}
			return ch, err
		}
		old, err := d.Find(op.Target)
		if err != nil {
			return ch, err
		}
		u := *op.Unit
		u.Footnotes = old.Footnotes
		return ch, d.Replace(op.Target, &u)
	case Repeal:
		u, err := d.Edit(op.Target)
		if err != nil {
			return ch, err
		}
		placeholder := excludedText(law, u.Kind)
		if u.Kind == codes.Article || u.Kind == codes.Chapter || u.Kind == codes.Section {
			u.Heading, u.Text = placeholder, ""
		} else {
			u.Text = placeholder
		}
		u.Children, u.WrapUp = nil, ""
		return ch, nil
	}
	return ch, fmt.Errorf("unknown operation %v", op.Kind)
}

// textsOf lists pointers to every paragraph block of the unit and the units
// below it, in document order: where words may be found. Headings are
// searched only when the instruction names the heading.
func textsOf(u *codes.Unit, heading bool) []*string {
	if heading {
		return []*string{&u.Heading}
	}
	var out []*string
	codes.Walk(u, func(x *codes.Unit, entering bool) bool {
		if entering {
			out = append(out, &x.Text)
		} else {
			out = append(out, &x.WrapUp)
		}
		return true
	})
	return out
}

// editWords returns the unit whose texts an instruction on words acts on:
// the addressed unit, or the whole act "throughout the text".
func editWords(d *codes.Doc, op *Op) (*codes.Unit, error) {
	if op.Everywhere {
		return d.EditTree(nil)
	}
	return d.EditTree(op.Target)
}

func insertWords(d *codes.Doc, op *Op, ch Change) (Change, error) {
	u, err := editWords(d, op)
	if err != nil {
		return ch, err
	}
	texts := textsOf(u, op.Heading)
	if op.Position == End {
		ch.Separator = separator("", op.Text)
		u.Text += ch.Separator + op.Text
		return ch, nil
	}
	type hit struct {
		text *string
		at   int
	}
	var hits []hit
	for _, t := range texts {
		for _, at := range occurrences(*t, op.Anchor) {
			hits = append(hits, hit{t, at})
		}
	}
	where := fmt.Sprintf("%s", op.Target)
	if op.Everywhere {
		where = "the act"
	}
	switch {
	case len(hits) == 0:
		return ch, fmt.Errorf("anchor %q not found in %s", op.Anchor, where)
	case op.Occurrence > len(hits):
		return ch, fmt.Errorf("anchor %q occurs %d times in %s, not %d", op.Anchor, len(hits), where, op.Occurrence)
	case len(hits) > 1 && op.Occurrence == 0:
		return ch, fmt.Errorf("anchor %q is ambiguous: it occurs %d times in %s (name the case: \"in the first case\")", op.Anchor, len(hits), where)
	}
	h := hits[0]
	if op.Occurrence > 0 {
		h = hits[op.Occurrence-1]
	}
	*h.text, ch.Separator = insertAt(*h.text, h.at, op.Anchor, op.Text, op.Position)
	return ch, nil
}

func replaceWords(d *codes.Doc, op *Op, ch Change) (Change, error) {
	u, err := editWords(d, op)
	if err != nil {
		return ch, err
	}
	for _, t := range textsOf(u, op.Heading) {
		var n int
		if op.Kind == Delete {
			*t, n = deleteWords(*t, op.Old)
		} else {
			*t, n = replaceWordsIn(*t, op.Old, op.Text)
		}
		ch.Count += n
	}
	if ch.Count == 0 {
		return ch, fmt.Errorf("words %q not found in %s", op.Old, op.Target)
	}
	return ch, nil
}
