package amend

import (
	"fmt"

	"github.com/zan-law/zan/codes"
)

// Provenance footnotes and exclusion placeholders, in Adilet's own words:
// "Footnote. Article 187 as amended by the Law of the RK dated 03.01.2026
// No. 252-VIII (shall be enforced sixty calendar days after the date of its
// first official publication)." / «Сноска. Статья 187 с изменением,
// внесенным Законом РК от 03.01.2026 № 252-VIII (вводится в действие по
// истечении шестидесяти календарных дней после дня его первого
// официального опубликования).»

// wording holds one language's phrases.
type wording struct {
	footnote   string                // "Footnote. "
	amended    string                // "%s as amended by %s."
	restated   string                // "%s in the wording of %s."
	heading    string                // "The heading of %s"
	added      string                // "The Code is supplemented by %s in accordance with %s."
	law        string                // "the Law of the RK dated %s No. %s"
	excluded   map[codes.Kind]string // "Excluded by %s."
	units      map[codes.Kind]string // "Article", "Статья"
	unitsInstr map[codes.Kind]string // RU instrumental: "статьей"
	unitsGen   map[codes.Kind]string // RU genitive: "статьи"
	days       string                // "shall be enforced %s calendar days after …"
	// Changes throughout the text.
	replacedEverywhere, deletedEverywhere, insertedEverywhere, inAccordance string
	onPub                                                                   string
	fixed                                                                   string
}

var wordings = map[string]wording{
	"en": {
		footnote: "Footnote. ",
		amended:  "%s as amended by %s",
		restated: "%s in the wording of %s",
		heading:  "The heading of %s",
		added:    "The Code is supplemented by %s in accordance with %s",
		law:      "the Law of the RK dated %s No. %s",
		excluded: map[codes.Kind]string{},
		units: map[codes.Kind]string{codes.Article: "Article", codes.Chapter: "Chapter", codes.Section: "Section",
			codes.Part: "Part", codes.Point: "Subparagraph", codes.Subpoint: "Subparagraph", codes.Note: "Note"},
		days: "shall be enforced %s calendar days after the date of its first official publication",

		replacedEverywhere: `Throughout the text, the words "%s" are replaced by the words "%s"`,
		deletedEverywhere:  `Throughout the text, the words "%s" are deleted`,
		insertedEverywhere: `Throughout the text, the words "%s" are added`,
		inAccordance:       "in accordance with %s",
		onPub:              "shall be enforced from the date of its first official publication",
		fixed:              "shall be enforced from %s",
	},
	"ru": {
		footnote: "Сноска. ",
		amended:  "%s с изменением, внесенным %s",
		restated: "%s в редакции %s",
		heading:  "Заголовок %s",
		added:    "Кодекс дополнен %s в соответствии с %s",
		law:      "Законом РК от %s № %s",
		excluded: map[codes.Kind]string{codes.Article: "Исключена", codes.Part: "Исключена", codes.Chapter: "Исключена",
			codes.Section: "Исключен", codes.Point: "Исключен", codes.Subpoint: "Исключен", codes.Note: "Исключено"},
		units: map[codes.Kind]string{codes.Article: "Статья", codes.Chapter: "Глава", codes.Section: "Раздел",
			codes.Part: "Часть", codes.Point: "Пункт", codes.Subpoint: "Подпункт", codes.Note: "Примечание"},
		unitsInstr: map[codes.Kind]string{codes.Article: "статьей", codes.Chapter: "главой", codes.Section: "разделом"},
		unitsGen:   map[codes.Kind]string{codes.Article: "статьи", codes.Chapter: "главы", codes.Section: "раздела"},
		days:       "вводится в действие по истечении %s календарных дней после дня его первого официального опубликования",

		replacedEverywhere: "По всему тексту слова «%s» заменены словами «%s»",
		deletedEverywhere:  "По всему тексту слова «%s» исключены",
		insertedEverywhere: "По всему тексту дополнено словами «%s»",
		inAccordance:       "в соответствии с %s",
		onPub:              "вводится в действие со дня его первого официального опубликования",
		fixed:              "вводится в действие с %s",
	},
}

func (l *Law) wording() wording {
	if w, ok := wordings[l.Meta.Language]; ok {
		return w
	}
	return wordings["en"]
}

// citation is "the Law of the RK dated 03.01.2026 No. 252-VIII (shall be
// enforced …)".
func (l *Law) citation(w wording, instrumental bool) string {
	law := fmt.Sprintf(w.law, l.Meta.Date.Format("02.01.2006"), l.Meta.Number)
	if l.Meta.Language == "ru" && !instrumental {
		law = "Закона РК от " + l.Meta.Date.Format("02.01.2006") + " № " + l.Meta.Number
	}
	var when string
	switch l.InForce.Rule {
	case DaysAfterPublication:
		when = fmt.Sprintf(w.days, l.InForce.Count)
	case OnPublication:
		when = w.onPub
	case FixedDate:
		when = fmt.Sprintf(w.fixed, l.InForce.Fixed.Format("02.01.2006"))
	}
	if d := l.Meta.InForce; !d.IsZero() {
		when = fmt.Sprintf(w.fixed, d.Format("02.01.2006"))
	}
	if when == "" {
		return law
	}
	return law + " (" + when + ")"
}

// excludedText is the placeholder a repealed unit keeps: "Excluded by the
// Law of the RK dated … No. … (…)." / «Исключена Законом РК от … № … (…).»
func excludedText(l *Law, k codes.Kind) string {
	w := l.wording()
	if l.Meta.Language == "ru" {
		return w.excluded[k] + " " + l.citation(w, true) + "."
	}
	return "Excluded by " + l.citation(w, true) + "."
}

// addFootnotes writes one footnote per article (or higher unit) the law
// changed, after the unit's existing footnotes.
func addFootnotes(d *codes.Doc, l *Law, changes []Change) error {
	w := l.wording()
	done := map[string]bool{}
	for _, ch := range changes {
		if ch.Op.Everywhere {
			if err := addActFootnote(d, l, ch.Op); err != nil {
				return err
			}
			continue
		}
		addr := footnoteHolder(ch.Address)
		if ch.Op.Kind == Repeal && len(addr) == len(ch.Address) {
			continue // an excluded article's placeholder names the law
		}
		if done[addr.String()] {
			continue
		}
		done[addr.String()] = true
		last := addr[len(addr)-1]
		name := w.units[last.Kind] + " " + last.Num
		var text string
		switch {
		case ch.Op.Kind == Insert && ch.Op.Unit != nil && len(addr) == len(ch.Address):
			in := name
			if l.Meta.Language == "ru" {
				in = w.unitsInstr[last.Kind] + " " + last.Num
			}
			text = fmt.Sprintf(w.added, in, l.citation(w, true))
		case ch.Op.Kind == Restate && ch.Op.Heading:
			of := name
			if l.Meta.Language == "ru" {
				of = w.unitsGen[last.Kind] + " " + last.Num
			}
			text = fmt.Sprintf(w.restated, fmt.Sprintf(w.heading, of), l.citation(w, false))
		case ch.Op.Kind == Restate && len(addr) == len(ch.Address):
			text = fmt.Sprintf(w.restated, name, l.citation(w, false))
		default:
			text = fmt.Sprintf(w.amended, name, l.citation(w, true))
		}
		u, err := d.Edit(addr)
		if err != nil {
			return err
		}
		u.Footnotes = append(u.Footnotes, codes.Footnote{Text: w.footnote + text + ".", Law: l.Meta.Number})
	}
	return nil
}

// addActFootnote records a change "throughout the text" at the top of the
// act, after its title lines: "Footnote. Throughout the text, the words "X"
// are replaced by the words "Y" in accordance with the Law …" / «Сноска. По
// всему тексту слова «X» заменены словами «Y» в соответствии с Законом …».
func addActFootnote(d *codes.Doc, l *Law, op *Op) error {
	w := l.wording()
	var what string
	switch op.Kind {
	case Replace:
		what = fmt.Sprintf(w.replacedEverywhere, op.Old, op.Text)
	case Delete:
		what = fmt.Sprintf(w.deletedEverywhere, op.Old)
	default:
		what = fmt.Sprintf(w.insertedEverywhere, op.Text)
	}
	root, err := d.Edit(nil)
	if err != nil {
		return err
	}
	text := w.footnote + what + " " + fmt.Sprintf(w.inAccordance, l.citation(w, true)) + "."
	root.Footnotes = append(root.Footnotes, codes.Footnote{Text: text, Law: l.Meta.Number})
	return nil
}

// footnoteHolder is the unit whose footnote records a change: the article
// containing the changed unit, or the unit itself above article level.
func footnoteHolder(a codes.Address) codes.Address {
	for i, s := range a {
		if s.Kind == codes.Article {
			return a[:i+1]
		}
	}
	return a
}
