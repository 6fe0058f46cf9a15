package amend

import (
	"fmt"
	"go/token"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/zan-law/zan/codes"
)

// Rule is how a date of entry into force is computed: a period after an
// event, the day of an event, or a fixed date.
type Rule string

const (
	DaysAfterPublication   Rule = "days-after-publication"   // "sixty calendar days after … first official publication"
	MonthsAfterPublication Rule = "months-after-publication" // «по истечении двух месяцев после дня … опубликования»
	YearsAfterPublication  Rule = "years-after-publication"  // «по истечении одного года после дня … опубликования»
	OnPublication          Rule = "on-publication"           // "from the date of its first official publication"
	DaysAfterSigning       Rule = "days-after-signing"       // «по истечении десяти календарных дней после дня его подписания»
	MonthsAfterSigning     Rule = "months-after-signing"
	YearsAfterSigning      Rule = "years-after-signing"
	OnSigning              Rule = "on-signing" // «со дня его подписания», "from the date of its signing"
	FixedDate              Rule = "fixed-date" // "from January 1, 2027"
)

// Unit is the unit of a period of entry into force.
type Unit string

const (
	Days   Unit = "days"
	Months Unit = "months"
	Years  Unit = "years"
)

// Event is what a period of entry into force is counted from: the law's
// first official publication (front matter "published") or its signing
// (front matter "date", the date the law bears).
type Event string

const (
	Publication Event = "publication"
	Signing     Event = "signing"
)

// rules gives each rule's event and the unit of its period ("" for none).
var rules = map[Rule]struct {
	from Event
	unit Unit
}{
	DaysAfterPublication: {Publication, Days}, MonthsAfterPublication: {Publication, Months},
	YearsAfterPublication: {Publication, Years}, OnPublication: {Publication, ""},
	DaysAfterSigning: {Signing, Days}, MonthsAfterSigning: {Signing, Months},
	YearsAfterSigning: {Signing, Years}, OnSigning: {Signing, ""},
}

// ruleOf returns the rule of a period in unit after the event, or of the
// event's day when unit is "".
func ruleOf(from Event, unit Unit) Rule {
	for r, k := range rules {
		if k.from == from && k.unit == unit {
			return r
		}
	}
	return ""
}

// Term is one rule of entry into force, as read from the clause.
type Term struct {
	Rule Rule
	// The period, in the unit of the rule: one of these is set.
	Days, Months, Years int
	Count               string     // the number as written: "sixty", «шестидесяти», "10"
	Fixed               codes.Date // FixedDate
}

// From is the event the term counts from ("" for a fixed date).
func (t Term) From() Event { return rules[t.Rule].from }

// Unit is the unit of the term's period ("" when it has none).
func (t Term) Unit() Unit { return rules[t.Rule].unit }

// N is the length of the term's period in its unit.
func (t Term) N() int { return t.Days + t.Months + t.Years }

// maxPeriod bounds a period, per unit, at a hundred years: a larger one
// is a misreading, and would overflow the calendar.
var maxPeriod = map[Unit]int{Days: 36525, Months: 1200, Years: 100}

// InForce is a law's entry-into-force article: the main clause and the
// exceptions that give some instructions their own date ("except for
// subparagraph 2) of paragraph 1 of Article 1, which enters into force on
// July 1, 2027").
type InForce struct {
	Clause string // the article's first line as written
	Pos    token.Position
	Term
	Exceptions []Exception
}

// Exception gives the instructions at Places their own Term.
type Exception struct {
	Places []Place
	Term   Term
	Clause string
	Pos    token.Position
}

// Place is where an instruction stands in its law: Article 1, paragraph 2
// (the target act's "2. To the … Code …:"), subparagraph 1) (its numbered
// item). Empty fields are not named.
type Place struct {
	Article, Paragraph, Subparagraph string
}

// Covers reports whether an exception naming p applies to an instruction at q.
func (p Place) Covers(q Place) bool {
	return p.Article == q.Article && (p.Paragraph == "" || p.Paragraph == q.Paragraph) &&
		(p.Subparagraph == "" || p.Subparagraph == q.Subparagraph)
}

func (p Place) String() string {
	var parts []string
	if p.Subparagraph != "" {
		parts = append(parts, "subparagraph "+p.Subparagraph+")")
	}
	if p.Paragraph != "" {
		parts = append(parts, "paragraph "+p.Paragraph)
	}
	return strings.Join(append(parts, "Article "+p.Article), " of ")
}

// MissingDateError says a law cannot be placed in time for want of a field.
type MissingDateError struct {
	Law   string // file
	Field string
}

func (e *MissingDateError) Error() string {
	return fmt.Sprintf("%s: cannot compute the entry into force: front matter has no %q date", e.Law, e.Field)
}

// date computes the term's date from the day of its event (publication,
// or the signing date the law bears). Kazakh practice counts "N calendar
// days after the day of first official publication" from the day after
// publication; the period ends at the end of day N and the law is in force
// from the next day: published + N + 1. A period in months or years ends on
// the same day of the last month (or that month's last day).
func (t Term) date(published, signed codes.Date) (codes.Date, bool) {
	if t.Rule == FixedDate {
		return t.Fixed, true
	}
	k, ok := rules[t.Rule]
	base := published
	if k.from == Signing {
		base = signed
	}
	if !ok || base.IsZero() {
		return codes.Date{}, false
	}
	switch k.unit {
	case Days:
		return base.AddDays(t.Days + 1), true
	case Months:
		return addMonths(base, t.Months).AddDays(1), true
	case Years:
		return addMonths(base, 12*t.Years).AddDays(1), true
	}
	return base, true
}

// end is the last day of the term's period.
func (t Term) end(base codes.Date) codes.Date {
	switch t.Unit() {
	case Days:
		return base.AddDays(t.Days)
	case Months:
		return addMonths(base, t.Months)
	}
	return addMonths(base, 12*t.Years)
}

// addMonths moves d by n months, keeping the day or, where the month is
// shorter, taking its last day (31 January + 1 month is 28/29 February).
func addMonths(d codes.Date, n int) codes.Date {
	m := int(d.Month()) - 1 + n
	y, month := d.Year()+m/12, time.Month(m%12+1)
	last := codes.NewDate(y, month+1, 1).AddDays(-1).Day() // time.Date carries month 13 into the next year
	return codes.NewDate(y, month, min(d.Day(), last))
}

// Date is the day the law (its main clause) enters into force. An explicit
// in_force in the front matter wins over the clause.
func (l *Law) Date() (codes.Date, error) {
	return l.termDate(l.InForce.Term, true)
}

func (l *Law) termDate(t Term, main bool) (codes.Date, error) {
	if main && !l.Meta.InForce.IsZero() {
		return l.Meta.InForce, nil
	}
	if t.Rule == "" {
		return codes.Date{}, fmt.Errorf("%s: no entry-into-force rule", l.File)
	}
	d, ok := t.date(l.Meta.Published, l.Meta.Date)
	if !ok {
		return codes.Date{}, &MissingDateError{l.File, "published"}
	}
	return d, nil
}

// OpDate is the day an operation enters into force: its exception's, or the law's.
func (l *Law) OpDate(op *Op) (codes.Date, error) {
	if e := l.ExceptionOf(op); e != nil {
		return l.termDate(e.Term, false)
	}
	return l.Date()
}

// ExceptionOf returns the exception of the entry-into-force article that
// covers the operation, or nil.
func (l *Law) ExceptionOf(op *Op) *Exception {
	for i := range l.InForce.Exceptions {
		for _, p := range l.InForce.Exceptions[i].Places {
			if p.Covers(op.Place) {
				return &l.InForce.Exceptions[i]
			}
		}
	}
	return nil
}

// Span returns the first and the last day on which provisions of the law
// enter into force (the same day unless exceptions set some apart).
func (l *Law) Span() (first, last codes.Date, err error) {
	if first, err = l.Date(); err != nil {
		return first, first, err
	}
	last = first
	for i := range l.Ops {
		d, err := l.OpDate(&l.Ops[i])
		if err != nil {
			return d, d, err
		}
		if d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	return first, last, nil
}

// Explain says how the dates were computed, for editors checking them, in
// zan's own language (English): "published 2026-01-05 + 60 calendar days
// counted from the next day (period ends 2026-03-06) → in force 2026-03-07".
func (l *Law) Explain() string { return l.ExplainIn("en") }

// ExplainIn is Explain in a language zan has a word table for (a page in
// the law's language); English for any other.
func (l *Law) ExplainIn(lang string) string {
	lx, ok := lexicons[lang]
	if !ok {
		lx = lexicons["en"]
	}
	x, w := lx().explain, lx().wording
	var b strings.Builder
	if !l.Meta.InForce.IsZero() {
		fmt.Fprintf(&b, x.overridden, l.Meta.InForce)
	} else {
		b.WriteString(l.explainTerm(x, w, l.InForce.Term))
	}
	for _, e := range l.InForce.Exceptions {
		fmt.Fprintf(&b, x.except, placeList(e.Places), l.explainTerm(x, w, e.Term))
	}
	return b.String()
}

func (l *Law) explainTerm(x explainWords, w wording, t Term) string {
	if t.Rule == FixedDate {
		return fmt.Sprintf(x.fixed, t.Fixed)
	}
	k, ok := rules[t.Rule]
	if !ok {
		return x.noRule
	}
	event, base, done := x.published, l.Meta.Published, x.publishedOn
	if k.from == Signing {
		event, base, done = x.signed, l.Meta.Date, x.signedOn
	}
	d, known := t.date(l.Meta.Published, l.Meta.Date)
	period := w.period(t, strconv.Itoa(t.N()))
	switch {
	case k.unit == "" && !known:
		return fmt.Sprintf(x.fromUnknown, event)
	case k.unit == "":
		return fmt.Sprintf(x.from, event, d)
	case !known:
		return fmt.Sprintf(x.afterUnknown, period, event)
	case k.unit == Days:
		return fmt.Sprintf(x.days, fmt.Sprintf(done, base), period, t.end(base), d)
	}
	return fmt.Sprintf(x.period, fmt.Sprintf(done, base), period, t.end(base), d)
}

// explainWords word an explanation of the dates (Explain) in a language.
type explainWords struct {
	overridden    string // "in_force %s set in the front matter (overrides the clause)"
	except        string // "; except %s: %s": the provisions, their term
	fixed, noRule string // "fixed date → in force %s", "no rule"
	published     string // the event a term counts from: "first official publication"
	signed        string // "signing (the law's date)"
	publishedOn   string // "published %s"
	signedOn      string // "signed %s"
	fromUnknown   string // "from %s; publication date unknown"
	from          string // "from %s → in force %s"
	afterUnknown  string // "%s after %s; publication date unknown"
	days, period  string // "%s + %s counted from the next day (period ends %s) → in force %s", without "counted …"
}

// mainClause makes the line's term the law's: a second one is an error.
func (p *lawParser) mainClause(l line, pos token.Position, term Term) bool {
	f := &p.law.InForce
	if f.Rule != "" {
		p.errorf(l.start, "a second main entry-into-force clause: %q", excerpt(p.text(l)))
		return false
	}
	f.Clause, f.Pos, f.Term = p.text(l), pos, term
	return true
}

// inForceClause reads a paragraph of the entry-into-force article: the main
// clause «Настоящий Закон вводится в действие по истечении шестидесяти
// календарных дней после дня его первого официального опубликования, за
// исключением подпункта 2) пункта 1 статьи 1, который вводится в действие
// с 1 июля 2027 года.», or a paragraph giving exceptions their date
// ("2. Subparagraph 2) of paragraph 1 of Article 1 shall enter into force
// on January 1, 2027.").
func (p *lawParser) inForceClause(l line, t []tok) {
	f := &p.law.InForce
	pos := p.at.pos(l.start)
	if places, main, found := p.placesExcepted(l, t); found {
		// «Осы Заң 1-баптың 1-тармағының 2) тармақшасын қоспағанда, алғашқы
		// … қолданысқа енгізіледі.»: the provisions excepted stand before
		// the word; their date follows in a paragraph of its own.
		if places == nil {
			return
		}
		term, err := p.term(main)
		switch {
		case err != nil:
			p.errorf(err.off, "%s (in %q)", err.msg, excerpt(p.text(l)))
		case term.Rule == "":
			p.errorf(l.start, "entry-into-force clause not understood: %q", excerpt(p.text(l)))
		case p.mainClause(l, pos, term):
			f.Exceptions = append(f.Exceptions, Exception{Places: places, Clause: p.text(l), Pos: pos})
		}
		return
	}
	main, except := t, []tok(nil)
	for i := range t {
		if end, ok := matchTable(t, i, p.lx.except); ok {
			main, except = t[:i], t[end:]
			if len(except) == 0 { // "…, except for" and the line ends: Adilet wraps the clause
				p.wrapped = &wrappedClause{l: l, toks: t, main: main, except: t[i:end]}
				return
			}
			break
		}
	}
	if places, rest, ok := p.lawPlaces(main); ok { // "Subparagraph 2) … enters into force …"
		term, err := p.term(rest)
		if err != nil {
			p.errorf(err.off, "%s (in %q)", err.msg, excerpt(p.text(l)))
			return
		}
		if term.Rule == "" {
			p.errorf(l.start, "entry-into-force paragraph names %s but no date or period: %q", placeList(places), excerpt(p.text(l)))
			return
		}
		p.giveTerm(places, term, p.text(l), pos)
		return
	}
	term, err := p.term(main)
	if err != nil {
		p.errorf(err.off, "%s (in %q)", err.msg, excerpt(p.text(l)))
		return
	}
	if term.Rule == "" {
		p.errorf(l.start, "entry-into-force clause not understood: %q (expected \"N calendar days after … first official publication\", "+
			"\"from the date of its first official publication\", \"from the date of its signing\" or \"from January 1, 2027\")", excerpt(p.text(l)))
		return
	}
	if !p.mainClause(l, pos, term) || except == nil {
		return
	}
	places, rest, ok := p.lawPlaces(except)
	if !ok {
		p.errorf(except[0].off, "expected the provisions excepted (\"subparagraph 2) of paragraph 1 of Article 1\"), found %q",
			excerpt(p.src[except[0].off:except[len(except)-1].end]))
		return
	}
	term, err = p.term(rest)
	switch {
	case err != nil:
		p.errorf(err.off, "%s (in %q)", err.msg, excerpt(p.text(l)))
	case term.Rule != "":
		p.giveTerm(places, term, p.text(l), pos)
	default: // the date follows in a paragraph of its own
		f.Exceptions = append(f.Exceptions, Exception{Places: places, Clause: p.text(l), Pos: pos})
	}
}

// placesExcepted finds the provisions a clause excepts before the word
// that excepts them («1-баптың 1-тармағының 2) тармақшасын қоспағанда»). It
// returns them and the clause without them; found says the word is there.
// Provisions it cannot read are an error (nil places): a clause is never
// read as if it excepted nothing.
func (p *lawParser) placesExcepted(l line, t []tok) (places []Place, main []tok, found bool) {
	for i := range t {
		end, ok := matchTable(t, i, p.lx.exceptAfter)
		if !ok {
			continue
		}
		for s := 0; s < i; s++ {
			if places, rest, ok := p.lawPlaces(t[s:i]); ok && len(rest) == 0 {
				return places, append(slices.Clip(t[:s]), t[end:]...), true
			}
		}
		p.errorf(t[i].off, "expected the provisions excepted («1-баптың 1-тармағының 2) тармақшасын») before %q (in %q)",
			t[i].text, excerpt(p.text(l)))
		return nil, nil, true
	}
	return nil, nil, false
}

// wrappedClause is an entry-into-force clause whose line ends with "except
// for" / «за исключением»: the next line names the provisions excepted.
type wrappedClause struct {
	l      line
	toks   []tok // the clause's tokens
	main   []tok // the main clause, before the except words
	except []tok // the except words
}

// continueClause reads the line that continues a wrapped clause.
func (p *lawParser) continueClause(next line) {
	w := p.wrapped
	p.wrapped = nil
	joined := line{toks: append(slices.Clip(w.l.toks), next.toks...), start: w.l.start, end: next.end}
	p.inForceClause(joined, append(slices.Clip(w.toks), next.toks...))
}

// unfinishedClause reports a wrapped clause that no line continues, and
// reads its main clause.
func (p *lawParser) unfinishedClause() {
	w := p.wrapped
	p.wrapped = nil
	e := w.except
	p.errorf(e[0].off, "the entry-into-force clause ends at %q: expected the provisions excepted "+
		"(\"subparagraph 2) of paragraph 1 of Article 1\") after it", p.src[e[0].off:e[len(e)-1].end])
	p.inForceClause(w.l, w.main)
}

// giveTerm records the term of the provisions at places, completing an
// exception the main clause announced without a date.
func (p *lawParser) giveTerm(places []Place, term Term, clause string, pos token.Position) {
	f := &p.law.InForce
	for i := range f.Exceptions {
		e := &f.Exceptions[i]
		if e.Term.Rule == "" && placeList(e.Places) == placeList(places) {
			e.Term = term
			return
		}
	}
	f.Exceptions = append(f.Exceptions, Exception{Places: places, Term: term, Clause: clause, Pos: pos})
}

func placeList(places []Place) string {
	s := make([]string, len(places))
	for i, p := range places {
		s[i] = p.String()
	}
	return strings.Join(s, ", ")
}

// checkExceptions reports exceptions without a date and exceptions that
// name no instruction of the law.
func (p *lawParser) checkExceptions() {
	for _, e := range p.law.InForce.Exceptions {
		if e.Term.Rule == "" {
			p.errs.Add(e.Pos, fmt.Sprintf("the exception for %s is given no date of entry into force", placeList(e.Places)))
			continue
		}
		for _, place := range e.Places {
			found := false
			for i := range p.law.Ops {
				if place.Covers(p.law.Ops[i].Place) {
					found = true
					break
				}
			}
			if !found {
				p.errs.Add(e.Pos, fmt.Sprintf("the entry-into-force article names %s, which holds no instruction", place))
			}
		}
	}
}

// lawPlaces reads references to provisions of the law itself at the start
// of t: «подпункта 2) пункта 1 статьи 1», "subparagraphs 2) and 3) of
// paragraph 1 of Article 1", «пункта 2 статьи 1 настоящего Закона». It
// returns them and the tokens after them; ok is false when t does not
// start with whole references.
func (p *lawParser) lawPlaces(t []tok) (places []Place, rest []tok, ok bool) {
	r := &placeReader{lx: p.lx, toks: t}
	if len(p.lx.numberedUnits) > 0 && len(t) > 0 && t[0].kind == tNumber {
		return r.numberFirst()
	}
	for {
		group, done, pending := r.group()
		places = append(places, group...)
		if !done {
			return places, t[r.i:], len(places) > 0 && !pending
		}
	}
}

// placeLevel is a level of the law's own structure a reference names.
type placeLevel int

const (
	noLevel           placeLevel = iota
	subparagraphLevel            // «подпункта 2)», "subparagraphs 2) and 3)"
	paragraphLevel               // «пункта 1», "paragraph 1"
	articleLevel                 // «статьи 1», "Article 1"
)

// placeReader reads references to the law's own provisions:
//
//	places = { group } .
//	group  = { level number { number } } articleWord number .
//	level  = subparagraphWord | paragraphWord .
//
// with ")", "," and the lexicon's place fillers ("and", "of", «настоящего
// Закона») between any two tokens.
type placeReader struct {
	lx   *lexicon
	toks []tok
	i    int
}

// level returns the level a word names, or noLevel.
func (r *placeReader) level(t tok) placeLevel {
	switch {
	case t.kind != tWord:
		return noLevel
	case hasStem(t.lower, r.lx.subparagraphStems):
		return subparagraphLevel
	case hasStem(t.lower, r.lx.paragraphStems):
		return paragraphLevel
	case r.lx.units[t.lower] == codes.Article:
		return articleLevel
	}
	return noLevel
}

// skip moves past the tokens that join the words of a reference.
func (r *placeReader) skip() {
	for r.i < len(r.toks) {
		t := r.toks[r.i]
		if t.text != ")" && t.text != "," && !r.lx.placeFillers[t.lower] {
			return
		}
		r.i++
	}
}

// group reads one group of references, up to the article's number:
// "subparagraphs 2) and 3) of paragraph 1 of Article 1" names two places.
// done says the group was read to its article; pending, that it stopped
// with subparagraph or paragraph numbers given no article.
func (r *placeReader) group() (places []Place, done, pending bool) {
	var subs, paras []string
	level := noLevel
	for r.skip(); r.i < len(r.toks); r.skip() {
		t := r.toks[r.i]
		if l := r.level(t); l != noLevel {
			level = l
			r.i++
			continue
		}
		if t.kind != tNumber || level == noLevel {
			break
		}
		r.i++
		switch level {
		case subparagraphLevel:
			subs = append(subs, t.text)
		case paragraphLevel:
			paras = append(paras, t.text)
		case articleLevel:
			for _, para := range orNone(paras) {
				for _, sub := range orNone(subs) {
					places = append(places, Place{Article: t.text, Paragraph: para, Subparagraph: sub})
				}
			}
			return places, true, false
		}
	}
	return nil, false, len(subs)+len(paras) > 0
}

// numberFirst reads references written outermost first, each number
// before its word: «1-баптың 1-тармағының 2) және 3) тармақшаларын»,
// «2-баптың 3-тармағы». A new article starts a new group.
func (r *placeReader) numberFirst() (places []Place, rest []tok, ok bool) {
	var art string
	var paras, subs []string
	emit := func() {
		for _, para := range orNone(paras) {
			for _, sub := range orNone(subs) {
				places = append(places, Place{Article: art, Paragraph: para, Subparagraph: sub})
			}
		}
	}
	for r.i < len(r.toks) {
		nums, level := r.numbered()
		if level == noLevel {
			break
		}
		switch level {
		case articleLevel:
			if art != "" {
				emit()
			}
			if len(nums) != 1 {
				return nil, r.toks, false
			}
			art, paras, subs = nums[0], nil, nil
		case paragraphLevel:
			paras = nums
		case subparagraphLevel:
			subs = nums
		}
		for r.i < len(r.toks) && r.toks[r.i].text == "," {
			r.i++
		}
	}
	if art == "" {
		return nil, r.toks, false
	}
	emit()
	return places, r.toks[r.i:], true
}

// numbered reads «1-тармағының», «2) және 3) тармақшаларын»: the numbers
// and the level of the word after them, or noLevel (and nothing read).
func (r *placeReader) numbered() ([]string, placeLevel) {
	save := r.i
	var nums []string
	for r.i < len(r.toks) && r.toks[r.i].kind == tNumber {
		t := r.toks[r.i]
		nums = append(nums, t.text)
		k := r.i + 1
		if k+1 < len(r.toks) && hyphenated(t, r.toks[k], r.toks[k+1]) {
			if l := r.level(r.toks[k+1]); l != noLevel {
				r.i = k + 2
				return nums, l
			}
			break
		}
		if k < len(r.toks) && r.toks[k].text == ")" {
			k++
			if k < len(r.toks) {
				if l := r.level(r.toks[k]); l == subparagraphLevel {
					r.i = k + 1
					return nums, l
				}
			}
		}
		sep := k
		for k < len(r.toks) && (r.toks[k].text == "," || r.lx.conjunctions[r.toks[k].lower]) {
			k++
		}
		if k == sep {
			break
		}
		r.i = k
	}
	r.i = save
	return nil, noLevel
}

// hasStem reports whether w starts with one of the stems.
func hasStem(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// orNone is list, or a list of one empty name when it is empty: a
// reference that names no paragraph names the whole article.
func orNone(list []string) []string {
	if len(list) == 0 {
		return []string{""}
	}
	return list
}

// term reads a rule of entry into force from t: "sixty calendar days after
// … first official publication", «по истечении двух месяцев после …», "from
// the date of its first official publication", «со дня его подписания»,
// "from January 1, 2027", «с 1 июля 2027 года». A clause it cannot read
// gives a zero Term; one it reads as impossible (a day the calendar does
// not have, a period counted back) gives an error.
func (p *lawParser) term(t []tok) (Term, *syntaxError) {
	from, events := Event(""), 0
	for i := range t {
		for e, table := range p.lx.events {
			if _, ok := matchTable(t, i, table); ok && e != from {
				from, events = e, events+1
			}
		}
	}
	for i := range t {
		w := t[i].lower
		switch {
		case p.lx.periodWords[w] != "":
			n, count, ok := countBefore(p.lx.numbers.cardinals, t[:i], p.src)
			if !ok {
				continue // «со дня …», "from the day …": a day, not a period
			}
			unit := p.lx.periodWords[w]
			for _, b := range t[i+1:] {
				if p.lx.backWords[b.lower] {
					return Term{}, &syntaxError{b.off, fmt.Sprintf("a period counted back (%q … %q) is not a date of entry into force zan can compute", excerpt(count), b.text)}
				}
			}
			if n < 1 || n > maxPeriod[unit] {
				return Term{}, &syntaxError{t[i].off, fmt.Sprintf("a period of %s %s is out of range (1 to %d)", excerpt(count), unit, maxPeriod[unit])}
			}
			if events != 1 {
				return Term{}, nil // after what? publication or signing, exactly one
			}
			term := Term{Rule: ruleOf(from, unit), Count: count}
			switch unit {
			case Days:
				term.Days = n
			case Months:
				term.Months = n
			case Years:
				term.Years = n
			}
			return term, nil
		case p.lx.fromWords[w] && i+1 < len(t):
			d, n, err := writtenDate(p.lx, t[i+1:])
			if err != nil {
				return Term{}, &syntaxError{t[i+1].off, err.Error()}
			}
			if n > 0 {
				return Term{Rule: FixedDate, Fixed: d}, nil
			}
		case t[i].kind == tNumber && len(p.lx.fromAfter) > 0:
			// «2027 жылғы 1 қаңтардан бастап»: the date, then the word that
			// makes it the first day.
			d, n, err := writtenDate(p.lx, t[i:])
			if n > 0 && i+n < len(t) && p.lx.fromAfter[t[i+n].lower] {
				if err != nil {
					return Term{}, &syntaxError{t[i].off, err.Error()}
				}
				return Term{Rule: FixedDate, Fixed: d}, nil
			}
		}
	}
	for i := range t {
		if p.lx.periodMarks[t[i].lower] || p.lx.backWords[t[i].lower] {
			return Term{}, nil // "after …"/«по истечении …» with no period read
		}
	}
	if events == 1 {
		return Term{Rule: ruleOf(from, "")}, nil
	}
	return Term{}, nil
}

// countBefore reads the number that ends t: "60", "sixty", "twenty-one",
// "twenty one", «двадцати одного». It returns the value and the words as written.
func countBefore(cardinals map[string]int, t []tok, src string) (int, string, bool) {
	if n := len(t); n > 0 && t[n-1].kind == tNumber {
		v, err := strconv.Atoi(t[n-1].text)
		if err != nil {
			v = math.MaxInt // too long a number: out of range
		}
		return v, t[n-1].text, true
	}
	total, start := 0, len(t)
	for start > 0 && t[start-1].kind == tWord && cardinals[t[start-1].lower] > 0 {
		total += cardinals[t[start-1].lower]
		start--
	}
	if start == len(t) {
		return 0, "", false
	}
	return total, src[t[start].off:t[len(t)-1].end], true
}
