package amend

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/zan-law/zan/codes"
)

// Provenance footnotes and exclusion placeholders, in Adilet's own words:
// "Footnote. Article 187 as amended by the Law of the RK dated 03.01.2026
// No. 252-VIII (shall be enforced sixty calendar days after the date of its
// first official publication)." / «Сноска. Статья 187 с изменением,
// внесенным Законом РК от 03.01.2026 № 252-VIII (вводится в действие по
// истечении шестидесяти календарных дней после дня его первого
// официального опубликования).»

// wording holds one language's phrases. Citations of a law come in three
// forms: by the law ("the Law of the RK dated … No. …" / «Законом РК от …
// № …»), of the law («Закона РК от … № …», after «в редакции»), and as the
// next entry of a list ("dated … No. …" / «от … № …»).
type wording struct {
	footnote string // "Footnote. "
	lawBy    string // "the Law of the RK dated %s No. %s"
	lawOf    string // «Закона РК от %s № %s»
	lawNext  string // "dated %s No. %s"
	// closing ends a footnote's list of laws where the language names them
	// last: «… Заңымен» after one law, «… заңдарымен» after several.
	closing [2]string
	// Entries of an article's footnote.
	amended  string // "as amended by %s"
	restated string // "in the wording of %s"
	// amendedOne and amendedMany head a run of amendments: a second law
	// turns "with an amendment made by the Law" into "with amendments made
	// by the laws". amendedOne lists every head a run of one law has
	// («с изменением, внесенным Законом», «с изменениями, внесенными Законом»).
	amendedOne  []string
	amendedMany string
	// Marks that tell the entries of a footnote apart: nextMark opens the
	// next entry of a run ("dated ", «от », «03.01.2026 »).
	nextMark    *regexp.Regexp
	amendedMark string
	heading     string // "The heading of %s" (set out anew)
	// headingAmended is the subject of a footnote on words changed in a
	// heading: "The heading of %s", «Заголовок %s», «%s тақырыбына»
	// («377-баптың тақырыбына өзгеріс енгізілді - ҚР …»).
	headingAmended string
	added          string // "The Code is supplemented by %s in accordance with %s"
	// excluded is the placeholder a repealed unit keeps, by its kind, around
	// the citation: "Excluded by %s", «Исключена %s»; excludedOther for
	// the kinds the map does not name.
	excluded      map[codes.Kind]string
	excludedOther string
	// excludedNote, where the language keeps an excluded article's
	// heading, is its footnote («%s алып тасталды - %s»: the unit, the
	// citation) in place of a placeholder.
	excludedNote string
	// Units in footnotes, each a format of its number: "Article %s",
	// «Статья %s», «%s-бапқа».
	units         map[codes.Kind]string // a unit as a footnote's subject: "Article %s", «%s-бапқа»
	unitsRestated map[codes.Kind]string // the subject of a restatement, where its case differs: «%s-бап»
	unitsAdded    map[codes.Kind]string // a unit the code is supplemented by: "Article %s", «статьей %s»
	unitsOf       map[codes.Kind]string // a unit whose heading changed: "Article %s", «статьи %s»
	// Entry into force: a period after an event ("shall be enforced %[1]s
	// after the date of its %[2]s": the period, the event), the event's
	// day, a fixed date.
	after, on, fixed string
	events           map[Event]string // "first official publication", «подписания»
	// periodNouns name a period with its count (%s), in the two forms the
	// language needs: "%s calendar day"/"%s calendar days", «%s
	// календарного дня»/«%s календарных дней», «күнтізбелік %s күн»;
	// singular says which form a count takes.
	periodNouns map[Unit][2]string
	singular    func(n int) bool
	// Changes throughout the text.
	replacedEverywhere, deletedEverywhere, insertedEverywhere, inAccordance string
	// wordNouns name the quoted words in those footnotes: words, and
	// numbers (two forms: "the words"/"the words", «слова»/«словами»).
	wordNouns, numberNouns [2]string
}

// period is the term's period with its count as written: "one month",
// "two months"; «одного года», «двух лет»; «күнтізбелік алпыс күн».
func (w wording) period(t Term, count string) string {
	nouns := w.periodNouns[t.Unit()]
	if w.singular(t.N()) {
		return fmt.Sprintf(nouns[0], count)
	}
	return fmt.Sprintf(nouns[1], count)
}

// unit names a unit by the format of its kind in forms: "Article 187",
// «187-бапқа».
func unit(forms map[codes.Kind]string, k codes.Kind, num string) string {
	f := forms[k]
	if !strings.Contains(f, "%s") { // a unit named without a number: «Ескертпе»
		return f
	}
	return strings.TrimSpace(fmt.Sprintf(f, num))
}

// lexicon returns the word table of the law's language.
func (l *Law) lexicon() (*lexicon, error) {
	lx, err := lexiconOf(l.Meta.Language)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", l.File, err)
	}
	return lx, nil
}

// citation cites the law in the given form (w.lawBy, w.lawOf or
// w.lawNext) with the entry into force of the operation: "the Law of the
// RK dated 03.01.2026 No. 252-VIII (shall be enforced …)".
func (l *Law) citation(w wording, form string, op *Op) string {
	law := fmt.Sprintf(form, l.Meta.Date.Format("02.01.2006"), l.Meta.Number)
	if when := l.when(w, op); when != "" {
		return law + " (" + when + ")"
	}
	return law
}

// when words the entry into force of the operation as footnotes do: "shall
// be enforced ten calendar days after …", «вводится в действие с
// 01.01.2027»; "" when the law gives none.
func (l *Law) when(w wording, op *Op) string {
	term := l.InForce.Term
	if e := l.ExceptionOf(op); e != nil {
		term = e.Term
	} else if d := l.Meta.InForce; !d.IsZero() {
		term = Term{Rule: FixedDate, Fixed: d}
	}
	var when string
	switch {
	case term.Rule == FixedDate:
		when = fmt.Sprintf(w.fixed, term.Fixed.Format("02.01.2006"))
	case term.From() == "":
	case term.Unit() == "":
		when = fmt.Sprintf(w.on, w.events[term.From()])
	default:
		when = fmt.Sprintf(w.after, w.period(term, term.Count), w.events[term.From()])
	}
	return when
}

// excludedText is the placeholder a repealed unit keeps: "Excluded by the
// Law of the RK dated … No. … (…)." / «Исключена Законом РК от … № … (…).»
func excludedText(l *Law, w wording, k codes.Kind, op *Op) string {
	form, ok := w.excluded[k]
	if !ok {
		form = w.excludedOther
	}
	return fmt.Sprintf(form, l.citation(w, w.lawBy, op)) + w.closing[0] + "."
}

// excludedFootnote writes the footnote of an excluded article whose
// heading stays («Ескерту. 373-бап алып тасталды - ҚР … (…) Заңымен.»),
// in place of its footnotes, as Adilet shows such an article.
func excludedFootnote(d *codes.Doc, l *Law, w wording, addr codes.Address, op *Op) error {
	u, err := d.Edit(addr)
	if err != nil {
		return err
	}
	s := addr[len(addr)-1]
	text := w.footnote + fmt.Sprintf(w.excludedNote, unit(w.unitsRestated, s.Kind, s.Num), l.citation(w, w.lawBy, op)) + w.closing[0] + "."
	var kept []codes.Footnote
	for _, f := range u.Footnotes {
		if f.Pending {
			kept = append(kept, f)
		}
	}
	u.Footnotes = append([]codes.Footnote{{Text: text, Law: l.Meta.Number}}, kept...)
	return nil
}

// entry is what a law did to an article, for its footnote.
type entry int

const (
	amendedEntry        entry = iota // parts or words changed
	restatedEntry                    // the whole article set out anew
	addedEntry                       // the article is new
	headingEntry                     // the heading set out anew
	headingAmendedEntry              // words of the heading changed
)

// addFootnotes records the law on every article (or higher unit) it
// changed. Adilet keeps one footnote per article listing every law in
// order, so an amendment or restatement extends the article's footnote
// ("…; от 03.01.2026 № 252-VIII (…)."); a new article and a new heading
// get footnotes of their own.
func addFootnotes(d *codes.Doc, l *Law, w wording, changes []Change) error {
	type holder struct {
		addr codes.Address
		what entry
		op   *Op
	}
	var holders []holder
	seen := map[string]int{}
	for _, ch := range changes {
		if ch.Op.Everywhere {
			if err := addActFootnote(d, l, w, ch.Op); err != nil {
				return err
			}
			continue
		}
		addr := ch.Address.Holder()
		whole := len(addr) == len(ch.Address)
		if ch.Op.Kind == Repeal && whole {
			if w.excludedNote != "" {
				if err := excludedFootnote(d, l, w, addr, ch.Op); err != nil {
					return err
				}
			}
			continue // an excluded article's placeholder names the law
		}
		what := amendedEntry
		switch {
		case ch.Op.Kind == Insert && ch.Op.Unit != nil && whole:
			what = addedEntry
		case ch.Op.Kind == Restate && ch.Op.Heading:
			what = headingEntry
		case ch.Op.Heading:
			what = headingAmendedEntry
		case ch.Op.Kind == Restate && whole:
			what = restatedEntry
		}
		// A heading's change has a footnote of its own, as Adilet gives it
		// («Сноска. Заголовок статьи 387 с изменением, внесенным …»): the
		// article's footnote names the law only if it changed more.
		key := addr.String()
		if what == headingEntry || what == headingAmendedEntry {
			key += "#heading"
		}
		if i, ok := seen[key]; ok {
			if what != amendedEntry && what != headingAmendedEntry { // a restatement or addition says more than an amendment
				holders[i].what = what
			}
			continue
		}
		seen[key] = len(holders)
		holders = append(holders, holder{addr, what, ch.Op})
	}
	for _, h := range holders {
		u, err := d.Edit(h.addr)
		if err != nil {
			return err
		}
		footnote(u, l, w, h.addr[len(h.addr)-1], h.what, h.op)
	}
	return nil
}

// footnote adds the law's entry to the unit's footnotes.
func footnote(u *codes.Unit, l *Law, w wording, s codes.Step, what entry, op *Op) {
	name := unit(w.units, s.Kind, s.Num)
	if what == headingAmendedEntry {
		name = fmt.Sprintf(w.headingAmended, unit(w.unitsOf, s.Kind, s.Num))
	}
	prefixes := []string{w.footnote + name + " "}
	if w.unitsRestated != nil && what != headingAmendedEntry {
		prefixes = append(prefixes, w.footnote+unit(w.unitsRestated, s.Kind, s.Num)+" ")
		if what == restatedEntry {
			name = unit(w.unitsRestated, s.Kind, s.Num)
		}
	}
	if what == amendedEntry || what == restatedEntry || what == headingAmendedEntry {
		for i := range u.Footnotes {
			if f := &u.Footnotes[i]; slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(f.Text, p) }) {
				if f.Law != l.Meta.Number { // a law's later-dated provisions are already listed with it
					if what == headingAmendedEntry {
						what = amendedEntry // a heading's run grows as an article's
					}
					extend(f, l, w, what, op)
				}
				return
			}
		}
	}
	var text string
	switch what {
	case addedEntry:
		in := unit(w.unitsAdded, s.Kind, s.Num)
		text = fmt.Sprintf(w.added, in, l.citation(w, w.lawBy, op))
	case headingEntry:
		of := unit(w.unitsOf, s.Kind, s.Num)
		text = fmt.Sprintf(w.heading, of) + " " + fmt.Sprintf(w.restated, l.citation(w, w.lawOf, op))
	case restatedEntry:
		text = name + " " + fmt.Sprintf(w.restated, l.citation(w, w.lawOf, op))
	default:
		text = name + " " + fmt.Sprintf(w.amended, l.citation(w, w.lawBy, op))
	}
	f := codes.Footnote{Text: w.footnote + text + w.closing[0] + ".", Law: l.Meta.Number}
	if what != headingEntry && what != headingAmendedEntry {
		u.Footnotes = append(u.Footnotes, f)
		return
	}
	// A heading's footnote follows the heading: before the article's own,
	// after the heading's earlier ones.
	of := unit(w.unitsOf, s.Kind, s.Num)
	heads := []string{w.footnote + fmt.Sprintf(w.heading, of) + " ", w.footnote + fmt.Sprintf(w.headingAmended, of) + " "}
	at := 0
	for i, g := range u.Footnotes {
		if slices.ContainsFunc(heads, func(p string) bool { return strings.HasPrefix(g.Text, p) }) {
			at = i + 1
		}
	}
	u.Footnotes = slices.Insert(u.Footnotes, at, f)
}

// extend adds the law to an article's footnote: after a run of amendments
// as its next entry ("; от 03.01.2026 № 252-VIII (…)", the run's head
// turning plural), otherwise as an entry of its own ("; с изменением,
// внесенным Законом РК от …" / "; в редакции Закона РК от …").
func extend(f *codes.Footnote, l *Law, w wording, what entry, op *Op) {
	if f.Law == "" {
		f.Base = f.Text
	}
	text := strings.TrimSuffix(f.Text, ".")
	for _, c := range w.closing {
		if c != "" {
			text = strings.TrimSuffix(text, c)
		}
	}
	last := lastEntry(text)
	switch {
	case what == amendedEntry && (w.nextMark.MatchString(last) || strings.Contains(last, w.amendedMark)):
		// A run of one entry (the last) turns plural: its head is in that
		// entry. A longer run's head is plural already; the rest of the
		// footnote is never searched (it grows with every law).
		if !w.nextMark.MatchString(last) && strings.HasSuffix(text, last) {
			start := len(text) - len(last)
			for _, one := range w.amendedOne {
				if i := strings.Index(text[start:], one); i >= 0 {
					text = text[:start+i] + w.amendedMany + text[start+i+len(one):]
					break
				}
			}
		}
		text += "; " + l.citation(w, w.lawNext, op)
	case what == amendedEntry:
		text += "; " + fmt.Sprintf(w.amended, l.citation(w, w.lawBy, op))
	default:
		text += "; " + fmt.Sprintf(w.restated, l.citation(w, w.lawOf, op))
	}
	f.Text, f.Law = text+w.closing[1]+".", l.Meta.Number
}

// lastEntry returns the last entry of a footnote's list: the text after
// the last "; " outside parentheses.
func lastEntry(text string) string {
	// From the end back: a footnote grows by an entry per law, and its last
	// entry is all that is wanted.
	depth := 0
	for i := len(text) - 1; i >= 0; i-- {
		switch text[i] {
		case ')':
			depth++
		case '(':
			depth--
		case ';':
			if depth == 0 {
				return strings.TrimSpace(text[i+1:])
			}
		}
	}
	return strings.TrimSpace(text)
}

// addActFootnote records a change "throughout the text" at the top of the
// act, after its title lines: "Footnote. Throughout the text, the words "X"
// are replaced by the words "Y" in accordance with the Law …" / «Сноска. По
// всему тексту слова «X» заменены словами «Y» в соответствии с Законом …».
func addActFootnote(d *codes.Doc, l *Law, w wording, op *Op) error {
	nouns := w.wordNouns
	if op.Numbers {
		nouns = w.numberNouns
	}
	var what string
	switch op.Kind {
	case Replace:
		what = fmt.Sprintf(w.replacedEverywhere, nouns[0], nouns[1], op.Old, op.Text)
	case Delete:
		what = fmt.Sprintf(w.deletedEverywhere, nouns[0], nouns[1], op.Old)
	default:
		what = fmt.Sprintf(w.insertedEverywhere, nouns[0], nouns[1], op.Text)
	}
	root, err := d.Edit(nil)
	if err != nil {
		return err
	}
	text := w.footnote + what + " " + fmt.Sprintf(w.inAccordance, l.citation(w, w.lawBy, op)) + w.closing[0] + "."
	root.Footnotes = append(root.Footnotes, codes.Footnote{Text: text, Law: l.Meta.Number})
	return nil
}
