package amend

import (
	"fmt"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/zan-law/zan/codes"
)

// Notes on changes signed but not yet in force, as Adilet's «Примечание
// ИЗПИ!» / "IZPI's note!": «Примечание ИЗПИ! В статью 187 предусмотрены
// изменения Законом РК от 03.01.2026 № 252-VIII (вводится в действие с
// 07.03.2026).»

type pendingWording struct {
	note     string                // "IZPI's note! "
	amended  string                // "%s is to be amended by %s"
	added    string                // "%s is to be supplemented by %s by %s"
	code     string                // the act, when a new unit goes to its top: "The Code"
	subject  map[codes.Kind]string // the unit as the subject: "Article", «В статью»
	receiver map[codes.Kind]string // the unit that receives a new one: "Chapter", «Главу»
	enforced string                // "shall be enforced from %s"
	// announced is the footnote of a new article (chapter, section) shown
	// before it is in force by its heading alone, as Adilet shows it: the
	// entry into force capitalised (%[1]s) and the law (%[2]s, w.lawBy):
	// «Вводится в действие по истечении … в соответствии с Законом РК от
	// 03.01.2026 № 252-VIII».
	announced string
}

// MarkPending notes on the units that ops will change, in the edition d,
// that the law will change them on date. A new article's note goes to the
// chapter that will receive it; a unit not yet in the text (added by
// another law to come) to the nearest unit above it that is.
func MarkPending(d *codes.Doc, l *Law, ops []*Op, date codes.Date) error {
	lx, err := l.lexicon()
	if err != nil {
		return err
	}
	pw, w := lx.pending, lx.wording
	law := fmt.Sprintf(w.lawBy, l.Meta.Date.Format("02.01.2006"), l.Meta.Number) +
		" (" + fmt.Sprintf(pw.enforced, date.Format("02.01.2006")) + ")" + w.closing[0]
	done := map[string]bool{}
	for _, op := range ops {
		if ok, err := announce(d, l, lx, op); err != nil {
			return err
		} else if ok {
			continue
		}
		var holder codes.Address
		var text string
		if op.Kind == Insert && op.Unit != nil && len(op.Parent) == 0 {
			holder = d.InsertionParent(op.Unit)
			what := unit(w.unitsAdded, op.Unit.Kind, op.Unit.Num)
			subject := pw.code
			if len(holder) > 0 {
				last := holder[len(holder)-1]
				subject = unit(pw.receiver, last.Kind, last.Num)
			}
			text = fmt.Sprintf(pw.added, subject, what, law)
		} else {
			holder = existing(d, op.Target.Holder())
			subject := pw.code
			if len(holder) > 0 {
				last := holder[len(holder)-1]
				subject = unit(pw.subject, last.Kind, last.Num)
			}
			text = fmt.Sprintf(pw.amended, subject, law)
		}
		key := holder.String() + "\x00" + text
		if done[key] {
			continue
		}
		done[key] = true
		note := codes.Footnote{Text: pw.note + text + ".", Law: l.Meta.Number, Pending: true}
		if u, err := d.Find(holder); err == nil && slices.ContainsFunc(u.Footnotes, func(f codes.Footnote) bool { return f.Text == note.Text }) {
			continue // the note came with the text: a consolidation read back as a base edition
		}
		u, err := d.Edit(holder)
		if err != nil {
			return err
		}
		u.Footnotes = append(u.Footnotes, note)
	}
	return nil
}

// announce shows a new article (chapter, section) that op will add as
// Adilet does before it is in force: its head line and a footnote saying
// when and by which law it enters into force, no text. A consolidation so
// written reads back as a base edition whose announced unit the law fills
// (see announcedBy). It reports false for every other operation, and for a
// unit already there (an announcement read back: nothing to add).
func announce(d *codes.Doc, l *Law, lx *lexicon, op *Op) (bool, error) {
	pw, w := lx.pending, lx.wording
	if op.Kind != Insert || op.Unit == nil || len(op.Parent) > 0 || !op.Unit.Kind.Titled() || pw.announced == "" {
		return false, nil
	}
	if _, err := d.Find(codes.Address{{Kind: op.Unit.Kind, Num: op.Unit.Num}}); err == nil {
		return true, nil
	}
	when := l.when(w, op)
	if when == "" {
		return false, nil
	}
	r, size := utf8.DecodeRuneInString(when)
	law := fmt.Sprintf(w.lawBy, l.Meta.Date.Format("02.01.2006"), l.Meta.Number)
	u := &codes.Unit{Kind: op.Unit.Kind, Num: op.Unit.Num, Label: op.Unit.Label, Heading: op.Unit.Heading,
		Footnotes: []codes.Footnote{{Text: w.footnote + fmt.Sprintf(pw.announced, string(unicode.ToUpper(r))+when[size:], law) + "."}}}
	_, err := d.Insert(nil, u)
	return true, err
}

// existing returns the longest prefix of a that names a unit of d.
func existing(d *codes.Doc, a codes.Address) codes.Address {
	for len(a) > 0 {
		if _, err := d.Find(a); err == nil {
			return a
		}
		a = a.Parent()
	}
	return nil
}
