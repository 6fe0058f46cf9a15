package amend

import (
	"errors"
	"fmt"
	"go/scanner"
	"strings"

	"github.com/zan-law/zan/codes"
)

// Change records what one operation did, for the change log.
type Change struct {
	Op        *Op
	Law       string        // the law's number
	Address   codes.Address // the unit changed (for an insertion, the new unit)
	Count     int           // words replaced or deleted
	Separator string        // separator supplied before/after inserted or replacing words
	// Spelling is the code's own spelling of the words or anchor, when it
	// matched the law's only across the Latin "i" and the Kazakh «і»
	// («екi мың» for the law's «екі мың»).
	Spelling string
	// Punctuation is the repair of an enumeration's punctuation, as Adilet's
	// consolidated texts make it: a point appended after the last one turns
	// the former last point's closing "." or «, –» into ";". It names the
	// point and the marks: "article:379/part:2/point:2: «, –» → «;»".
	Punctuation string
}

// Apply carries out the law's operations on the given act (an index into
// law.Acts) over doc. It is atomic: it returns a new edition and the
// change log, or every error and doc unchanged. Provenance footnotes name
// the law on every article it changed.
func Apply(doc *codes.Doc, law *Law, act int) (*codes.Doc, []Change, error) {
	var ops []*Op
	for i := range law.Ops {
		if law.Ops[i].Act == act {
			ops = append(ops, &law.Ops[i])
		}
	}
	return ApplyOps(doc, law, ops)
}

// ApplyOps is Apply for some of the law's operations: those in force on
// one date, when the law's entry-into-force article makes exceptions. The
// new edition is frozen (codes.Doc.Freeze): it shares units with doc.
func ApplyOps(doc *codes.Doc, law *Law, ops []*Op) (*codes.Doc, []Change, error) {
	lx, err := law.lexicon()
	if err != nil {
		return doc, nil, err
	}
	out := doc.Clone()
	var changes []Change
	var errs scanner.ErrorList
	for _, op := range ops {
		ch, err := applyOp(out, law, lx, op)
		if err != nil {
			errs.Add(op.Pos, fmt.Sprintf("%v (instruction: %s)", err, excerpt(op.Instruction)))
			continue
		}
		changes = append(changes, ch)
	}
	if len(errs) > 0 {
		errs.Sort()
		return doc, nil, errs.Err()
	}
	if err := addFootnotes(out, law, lx.wording, changes); err != nil {
		return doc, nil, err
	}
	out.Freeze()
	return out, changes, nil
}

// excludedByFootnote reports whether a unit's footnote says it is
// excluded, as Kazakh texts do: «Ескерту. 373-бап алып тасталды - …».
func excludedByFootnote(lx *lexicon, u *codes.Unit) bool {
	if u.Text != "" || len(u.Children) > 0 {
		return false
	}
	for _, f := range u.Footnotes {
		if rest, ok := strings.CutPrefix(f.Text, lx.wording.footnote); ok && !f.Pending && lx.excludedMark.MatchString(rest) {
			return true
		}
	}
	return false
}

// announcedBy reports whether the unit at a is the law's own unit,
// announced before it is in force: the official text shows such a unit
// (Article 380-3 before Law No. 252-VIII) by its heading alone, with a
// footnote naming the law by its date and number. The law's insertion
// then fills it; an announcement of another law stays an error.
func announcedBy(d *codes.Doc, lx *lexicon, a codes.Address, law *Law) bool {
	u, err := d.Find(a)
	if err != nil || u.Text != "" || len(u.Children) > 0 || len(u.Footnotes) != 1 || lx.announcedMark == nil {
		return false
	}
	f := u.Footnotes[0]
	rest, ok := strings.CutPrefix(f.Text, lx.wording.footnote)
	if !ok || f.Pending || f.Law != "" {
		return false
	}
	m := lx.announcedMark.FindStringSubmatch(rest)
	return m != nil && m[1] == law.Meta.Date.Format("02.01.2006") && latinRoman(m[2]) == latinRoman(law.Meta.Number)
}

func applyOp(d *codes.Doc, law *Law, lx *lexicon, op *Op) (Change, error) {
	ch := Change{Op: op, Law: law.Meta.Number, Address: op.Target}
	if isParagraph(op.Target) {
		return paragraphOp(d, law, op, ch)
	}
	if isSentence(op.Target) {
		return sentenceOp(d, lx, op, ch)
	}
	switch op.Kind {
	case Insert:
		if op.Unit != nil {
			u := *op.Unit
			addr, err := d.Insert(op.Parent, &u)
			if exists := (*codes.ExistsError)(nil); errors.As(err, &exists) && announcedBy(d, lx, exists.Address, law) {
				addr, err = exists.Address, d.Replace(exists.Address, &u)
			}
			ch.Address = addr
			if err == nil {
				ch.Punctuation, err = closeFormerLast(d, lx, addr)
			}
			return ch, err
		}
		u, err := editWords(d, op)
		if err != nil {
			return ch, err
		}
		return insertWords(u, op, ch)
	case Replace, Delete:
		u, err := editWords(d, op)
		if err != nil {
			return ch, err
		}
		return replaceWords(u, op, ch)
	case Restate:
		if op.Heading {
			u, err := d.Edit(op.Target)
			if err == nil && !u.Kind.Titled() {
				err = fmt.Errorf("%s has no heading (only articles, chapters, sections and parts of the code have)", op.Target)
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
		if lx.excludedMark.MatchString(u.Heading) || lx.excludedMark.MatchString(u.Text) && len(u.Children) == 0 ||
			excludedByFootnote(lx, u) {
			return ch, fmt.Errorf("%s is already excluded", op.Target)
		}
		titled := u.Kind == codes.Article || u.Kind == codes.Chapter || u.Kind == codes.Section
		if titled && lx.wording.excludedNote != "" {
			// «373-бап. …» keeps its heading; its footnote says it is
			// excluded (addFootnotes).
			u.Text, u.Children, u.WrapUp = "", nil, ""
			return ch, nil
		}
		placeholder := excludedText(law, lx.wording, u.Kind, op)
		if titled {
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
// the addressed unit, or the whole act "throughout the text". Only the
// units whose text holds the words (the anchor, for an insertion), as
// find finds them, are copied for the edit; textsOf lists the others too,
// but find finds nothing in them, so none is written to.
func editWords(d *codes.Doc, op *Op) (*codes.Unit, error) {
	words := op.Old
	if op.Kind == Insert {
		words = op.Anchor
	}
	// Every occurrence find finds is a substring, so the units copied are
	// at least the ones written to (a few more, where the words stand
	// inside a longer word, are copied and left as they are).
	pat := newPattern(words)
	holds := func(u *codes.Unit) bool {
		return words != "" && (pat.contains(u.Text) || pat.contains(u.WrapUp))
	}
	if op.Everywhere {
		return d.EditWhere(nil, holds)
	}
	return d.EditWhere(op.Target, holds)
}

// hit is one occurrence of words in one of a unit's texts: (*text)[at:end].
type hit struct {
	text    *string
	at, end int
}

// find lists every occurrence of words in texts, in document order.
func find(texts []*string, words string) []hit {
	var hits []hit
	for _, t := range texts {
		for _, sp := range matches(*t, words) {
			hits = append(hits, hit{t, sp.at, sp.end})
		}
	}
	return hits
}

// spelling is the code's own spelling of the words a hit found, when it
// differs from the law's.
func spelling(h hit, words string) string {
	if own := (*h.text)[h.at:h.end]; own != words {
		return own
	}
	return ""
}

// where names the scope of a word instruction in messages.
func where(op *Op) string {
	if op.Everywhere {
		return "the act"
	}
	return op.Target.String()
}

func insertWords(u *codes.Unit, op *Op, ch Change) (Change, error) {
	if op.Position == End {
		t := &u.Text
		if op.Heading {
			t = &u.Heading
		}
		if *t == "" {
			return ch, fmt.Errorf("%s has no text of its own to add the words to", where(op))
		}
		if !op.Heading && (u.WrapUp != "" || len(u.Children) > 0) {
			// «часть вторую дополнить словами …» of a part with points and
			// a sanction: the end of its intro is not its end.
			return ch, fmt.Errorf("%s does not end with its own text (it has points or a closing paragraph after them): "+
				"name the place (\"after the words …\")", where(op))
		}
		var err error
		*t, ch.Separator, err = appendWords(*t, op.Text)
		return ch, err
	}
	hits := find(textsOf(u, op.Heading), op.Anchor)
	switch {
	case len(hits) == 0:
		return ch, fmt.Errorf("anchor %q not found in %s", op.Anchor, where(op))
	case op.Occurrence > len(hits):
		return ch, fmt.Errorf("anchor %q occurs %d times in %s, not %d", op.Anchor, len(hits), where(op), op.Occurrence)
	case len(hits) > 1 && op.Occurrence == 0:
		return ch, fmt.Errorf("anchor %q is ambiguous: it occurs %d times in %s (name the case: \"in the first case\")", op.Anchor, len(hits), where(op))
	}
	h := hits[max(op.Occurrence, 1)-1]
	ch.Spelling = spelling(h, op.Anchor)
	*h.text, ch.Separator = insertAt(*h.text, h.at, h.end, op.Anchor, op.Text, op.Position)
	return ch, nil
}

// replaceWords replaces or deletes every occurrence of the words in the
// unit, or only the one the instruction names ("во втором случае").
func replaceWords(u *codes.Unit, op *Op, ch Change) (Change, error) {
	hits := find(textsOf(u, op.Heading), op.Old)
	switch {
	case len(hits) == 0:
		return ch, fmt.Errorf("words %q not found in %s", op.Old, where(op))
	case op.Occurrence > len(hits):
		return ch, fmt.Errorf("words %q occur %d times in %s, not %d", op.Old, len(hits), where(op), op.Occurrence)
	case op.Occurrence > 0:
		hits = hits[op.Occurrence-1 : op.Occurrence]
	}
	// From the last to the first, so earlier offsets stay valid.
	for i := len(hits) - 1; i >= 0; i-- {
		h := hits[i]
		end := h.end
		if s := spelling(h, op.Old); s != "" {
			ch.Spelling = s
		}
		if op.Kind == Delete {
			*h.text = deleteAt(*h.text, h.at, end)
		} else {
			var sep string
			if *h.text, sep = replaceAt(*h.text, h.at, end, op.Text); sep != "" {
				ch.Separator = sep
			}
		}
	}
	ch.Count = len(hits)
	return ch, nil
}
