package amend

import (
	"fmt"
	"go/scanner"
	"go/token"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/frontmatter"
)

// Parse reads a law file. All errors of the law are reported at once,
// sorted by position (a scanner.ErrorList); a law with errors is returned
// too, for display, but must not be applied.
func Parse(file string, src []byte) (*Law, error) {
	meta, body, bodyLine, err := frontmatter.Split(file, src)
	if err != nil {
		return nil, err
	}
	law := &Law{File: file}
	if err := frontmatter.Decode(file, meta, &law.Meta); err != nil {
		return nil, err
	}
	if err := law.Meta.check(); err != nil {
		return nil, fmt.Errorf("%s:1:1: front matter: %w", file, err)
	}
	return law.read(body, bodyLine)
}

// read reads the law's text, body, which starts on line bodyLine of its
// file, with the words of its language.
func (law *Law) read(body []byte, bodyLine int) (*Law, error) {
	file := law.File
	lx, err := lexiconOf(law.Meta.Language)
	if err != nil {
		return nil, fmt.Errorf("%s:1:1: %w", file, err)
	}
	law.Text, law.TextLine = string(body), bodyLine
	p := &lawParser{law: law, lx: lx, src: law.Text, at: newPositioner(file, law.Text, bodyLine)}
	p.parse()
	p.checkExceptions()
	for i, n := range p.actLines {
		if n == 0 {
			p.errs.Add(law.Acts[i].Pos, fmt.Sprintf("the law names %s dated %s but gives it no instruction", excerpt(law.Acts[i].Title), law.Acts[i].Date))
		}
	}
	if len(law.Ops) == 0 && p.skipped == 0 && len(p.errs) == 0 {
		p.errs.Add(p.at.pos(0), "no instruction was read from the law: expected an article naming the code "+
			"(\"Article 1. To make amendments to the Criminal Code … dated …:\") and its numbered instructions")
	}
	p.errs.Sort()
	return law, p.errs.Err()
}

func (m *Meta) check() error {
	return frontmatter.Require("law", m.Kind,
		frontmatter.Field{Name: "number", Empty: m.Number == ""}, frontmatter.Field{Name: "title", Empty: m.Title == ""},
		frontmatter.Field{Name: "date", Empty: m.Date.IsZero()}, frontmatter.Field{Name: "language", Empty: m.Language == ""},
	)
}

// line is one logical line of the law: a physical line, or several when a
// quoted text runs over them.
type line struct {
	toks       []tok
	start, end int
}

type lawParser struct {
	law  *Law
	lx   *lexicon // the words of the law's language
	src  string
	at   *positioner
	errs scanner.ErrorList

	act      int            // index of the current target act; -1 before any
	place    Place          // the law article and paragraph being read
	items    itemStack      // the open numbered items, outermost first
	actLines []int          // instruction lines read per target act
	bare     bool           // the last line was a law article's number alone ("Article 2.")
	inForce  bool           // inside the entry-into-force article
	skipped  int            // instructions ignored for a stated reason (the Kazakh text only)
	wrapped  *wrappedClause // an entry-into-force clause the next line continues
	trailer  bool           // past the entry-into-force clause
	articles int            // law articles seen
}

func (p *lawParser) errorf(off int, format string, args ...any) {
	p.errs.Add(p.at.pos(off), fmt.Sprintf(format, args...))
}

func (p *lawParser) text(l line) string { return p.src[l.start:l.end] }

// maxQuoted is how many characters of an instruction an error message
// quotes: enough to find it, never the whole of a long quoted article.
const maxQuoted = 200

// excerpt is s cut to maxQuoted characters, "…" marking the cut.
func excerpt(s string) string {
	n := 0
	for i := range s {
		if n == maxQuoted {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

func (p *lawParser) ignore(l line, reason string) {
	p.law.Ignored = append(p.law.Ignored, Ignored{Pos: p.at.pos(l.start), Text: p.text(l), Reason: reason})
}

func (p *lawParser) parse() {
	p.act = -1
	toks, terr := tokenize(p.src)
	if terr != nil {
		// The quote swallows the rest of the law: what follows it cannot
		// be read, and what precedes it on its line reads wrongly. The
		// quote is the one error to report.
		p.errorf(terr.off, "%s", terr.msg)
		return
	}
	lines := splitLines(toks)
	// Most lines hold one instruction: one allocation instead of a growing copy.
	p.law.Ops = make([]Op, 0, len(lines))
	noteText := false // the line after an editor's note marker is the note
	for n, l := range lines {
		if noteText && !p.structural(l) {
			noteText = false
			p.ignore(l, "editor's note")
			continue
		}
		noteText = false
		if rest, ok := p.editorNote(l); ok {
			p.ignore(l, "editor's note")
			noteText = rest == ""
			continue
		}
		if p.wrapped != nil && (p.lawArticle(l) != "" || paragraphStart(l)) {
			p.unfinishedClause()
		}
		switch {
		case n == 0 && p.lawArticle(l) == "" && !paragraphStart(l) && !instructionStart(l):
			// The title line; the front matter holds the title. A law
			// copied without it starts with its first article.
		case p.bare:
			p.bare = false
			p.articleText(l, l.toks) // "Article 2." alone, its text on this line
		case p.wrapped != nil:
			p.continueClause(l)
		case p.trailer:
			p.ignore(l, p.trailerReason(p.text(l)))
		case p.lawArticle(l) != "":
			p.article(l)
		case p.inForce && paragraphStart(l):
			p.inForceClause(l, l.toks[2:]) // "2. …" of the entry-into-force article
		case p.inForce:
			p.trailer = true
			p.ignore(l, p.trailerReason(p.text(l)))
		case p.articles == 0:
			p.preamble(l)
		default:
			p.bodyLine(l)
		}
	}
	if p.wrapped != nil {
		p.unfinishedClause()
	}
	if !p.inForce {
		p.errs.Add(token.Position{Filename: p.law.File, Line: 1, Column: 1},
			"no entry-into-force article (\"This Law shall enter into force …\")")
	}
}

// splitLines cuts tokens at line breaks. A line ending in ":" whose next
// line opens with a quote continues there: the quote is its content.
func splitLines(toks []tok) []line {
	var out []line
	from, joining := 0, false
	flush := func(to int) {
		if to > from {
			out = append(out, line{toks: toks[from:to], start: toks[from].off, end: toks[to-1].end})
		}
		from = to + 1
	}
	for i, t := range toks {
		if t.kind != tNewline {
			continue
		}
		if i > from && (toks[i-1].text == ":" || joining) && quoteAfter(toks, i) {
			// The line break (and the blank lines after it) stays inside
			// the line, as tokens the grammar skips.
			joining = true
			continue
		}
		joining = false
		flush(i)
	}
	flush(len(toks))
	return out
}

// quoteAfter reports whether the line break at i, and any blank lines
// after it, are followed by a quote that is all of its line but its
// closing punctuation: «…».", «…»;". A line that goes on after its quote
// is an instruction of its own: «"бес жылға" деген сөздер … ауыстырылсын;»
// under «379-баптың екінші бөлігінде:».
func quoteAfter(toks []tok, i int) bool {
	for i < len(toks) && toks[i].kind == tNewline {
		i++
	}
	if i >= len(toks) || toks[i].kind != tQuote {
		return false
	}
	for i++; i < len(toks) && toks[i].kind == tPunct; i++ {
	}
	return i >= len(toks) || toks[i].kind == tNewline
}

// paragraphStart reports whether a line opens a numbered paragraph of a law
// article: "2. …".
func paragraphStart(l line) bool {
	return len(l.toks) > 1 && l.toks[0].kind == tNumber && l.toks[1].text == "."
}

// instructionStart reports whether a line opens with an instruction's
// marker: "1) …", "а) …".
func instructionStart(l line) bool {
	m, _ := itemMarker(l.toks)
	return m != unmarked
}

// lawArticle returns the number of a law's article heading ("Article 2.",
// "Статья 2.", «2-бап.»), or "".
func (p *lawParser) lawArticle(l line) string {
	num, _ := p.articleHead(l)
	return num
}

// articleHead reads a law's article heading: the article word before its
// number ("Article 2.", "Статья 2.") or after it, joined by a hyphen
// («2-бап.», as Kazakh numbers its units). It returns the number and how
// many tokens the heading takes, or "" and 0.
func (p *lawParser) articleHead(l line) (string, int) {
	t := l.toks
	switch {
	case len(t) >= 3 && t[0].kind == tWord && t[0].text == p.lx.article &&
		t[1].kind == tNumber && t[2].text == ".":
		return t[1].text, 3
	case len(t) >= 4 && t[0].kind == tNumber && hyphenated(t[0], t[1], t[2]) && t[2].text == p.lx.article && t[3].text == ".":
		return t[0].text, 4
	}
	return "", 0
}

// hyphenated reports whether a number, a hyphen and a word stand joined
// with no space between them: «380-3-баппен».
func hyphenated(num, hyphen, word tok) bool {
	return num.kind == tNumber && hyphen.text == "-" && word.kind == tWord && num.end == hyphen.off && hyphen.end == word.off
}

func (p *lawParser) article(l line) {
	p.articles++
	p.items = nil
	num, n := p.articleHead(l)
	p.place = Place{Article: num}
	if p.inForce { // an article after the entry-into-force one: not part of the law's text as read
		p.trailer = true
		p.ignore(l, "after the entry-into-force article")
		return
	}
	if len(l.toks) == n {
		p.bare = true
		return
	}
	p.articleText(l, l.toks[n:])
}

// articleText reads the text of a law article: the entry-into-force clause,
// or the target act of a single-act law.
func (p *lawParser) articleText(l line, rest []tok) {
	lower := fold(p.text(l))
	for _, w := range p.lx.inForce {
		if strings.Contains(lower, w) {
			p.inForce = true
			p.inForceClause(l, rest)
			return
		}
	}
	if p.inForce {
		p.trailer = true
		p.ignore(l, "after the entry-into-force article")
		return
	}
	// "Article 1. To make the following amendments … to the Criminal Code …
	// dated July 3, 2014:" names the single target act; "… to the following
	// legislative acts …:" announces a list.
	if ref, ok := p.actRef(rest); ok {
		p.addAct(ref)
	}
}

func (p *lawParser) preamble(l line) {
	txt := p.text(l)
	if strings.Contains(txt, p.lx.lawHeading) {
		if !p.law.draft && !namesNumber(txt, p.law.Meta.Number) {
			p.errorf(l.start, "the law's number %s (front matter) is not in its heading %q", p.law.Meta.Number, excerpt(txt))
		}
		return
	}
	p.ignore(l, "before the first article")
}

// latinRoman writes the Cyrillic "І" of law numbers ("292-VІ") as the Latin
// "I", for comparing numbers written either way.
func latinRoman(s string) string { return strings.ReplaceAll(s, "І", "I") }

// convocations are the Roman numbers of the Parliament's convocations that
// end a law's number, as some publishers write them in Arabic figures:
// «N 65-4» is Law No. 65-IV.
var convocations = []string{"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}

// namesNumber reports whether a law's heading line names its number, as
// written in the front matter ("65-IV") or with the convocation in Arabic
// figures («N 65-4»), on token boundaries: "65-IV" is not in "165-IV".
func namesNumber(heading, number string) bool {
	forms := []string{latinRoman(number)}
	if base, conv, ok := strings.Cut(latinRoman(number), "-"); ok {
		if i := slices.Index(convocations, conv); i >= 0 {
			forms = append(forms, base+"-"+strconv.Itoa(i+1))
		}
	}
	h := latinRoman(heading)
	for _, f := range forms {
		if len(occurrences(h, f)) > 0 {
			return true
		}
	}
	return false
}

// bodyLine reads a line inside an amending article: a target act ("1. To
// the Criminal Code …:"), or an instruction, numbered ("1)", "а)") or not.
func (p *lawParser) bodyLine(l line) {
	t := l.toks
	if len(t) >= 2 && t[0].kind == tNumber && t[1].text == "." {
		if ref, ok := p.actRef(t[2:]); ok {
			p.place.Paragraph = t[0].text
			p.addAct(ref)
			return
		}
		p.errorf(t[0].off, "expected a target act (\"%s. To the … Code … dated …:\"), found %q", t[0].text, excerpt(p.text(l)))
		return
	}
	marker, body := itemMarker(t)
	if marker != unmarked && p.namesUnitFirst(t) {
		// «2) және 3) тармақтар …», «4) тармақ …»: the number is a point's,
		// written before its noun, not the instruction's marker.
		marker, body = unmarked, t
	}
	p.instruction(l, marker, t[0].text, body)
}

// namesUnitFirst reports whether t opens with a unit written after its
// number: «4) тармақ», «2) және 3) тармақтар».
func (p *lawParser) namesUnitFirst(t []tok) bool {
	ip := &instructionParser{lx: p.lx, toks: t}
	_, ok, read := ip.numberFirst()
	return read && ok
}

func (p *lawParser) addAct(ref ActRef) {
	p.law.Acts = append(p.law.Acts, ref)
	p.actLines = append(p.actLines, 0)
	p.act = len(p.law.Acts) - 1
	p.items = nil
}

// actRef finds a target act in tokens such as "To the Criminal Code of the
// Republic of Kazakhstan dated July 3, 2014:", «В Уголовный кодекс
// Республики Казахстан от 3 июля 2014 года:» or, date first, «2014 жылғы 3
// шілдедегі Қазақстан Республикасының Қылмыстық кодексіне (…):».
func (p *lawParser) actRef(t []tok) (ActRef, bool) {
	if ref, ok, named := p.actDateFirst(t); named {
		return ref, ok
	}
	for i := range t {
		w := t[i].lower
		if t[i].kind != tWord || !p.lx.actIntros[w] || i+1 >= len(t) ||
			t[i+1].kind != tWord || !unicode.IsUpper([]rune(t[i+1].text)[0]) {
			continue
		}
		for j := i + 2; j < len(t); j++ {
			dw := t[j].lower
			if t[j].kind != tWord || !p.lx.dated[dw] {
				continue
			}
			date, n, err := writtenDate(p.lx, t[j+1:])
			if err != nil { // the act is named, with a wrong date: say so once
				p.errorf(t[j+1].off, "%v", err)
			} else if n == 0 {
				return ActRef{}, false
			}
			title := p.src[t[i+1].off:t[j-1].end]
			p.publicationList(t[j+1:])
			return ActRef{Title: title, Date: date, Pos: p.at.pos(t[i+1].off)}, true
		}
	}
	return ActRef{}, false
}

// actDateFirst reads a target act named after its adoption date, its
// title ending in one of the lexicon's act nouns in the case the
// instruction puts it: «2014 жылғы 3 шілдедегі Қазақстан Республикасының
// Қылмыстық кодексіне» is the act titled «Қазақстан Республикасының
// Қылмыстық кодексі» of 3 July 2014. named reports that t starts so.
func (p *lawParser) actDateFirst(t []tok) (ref ActRef, ok, named bool) {
	if len(p.lx.actNouns) == 0 || len(t) == 0 || t[0].kind != tNumber {
		return ActRef{}, false, false
	}
	date, n, err := writtenDate(p.lx, t)
	if n == 0 || n >= len(t) {
		return ActRef{}, false, false
	}
	for j := n; j < len(t); j++ {
		title, isNoun := p.lx.actNouns[t[j].lower]
		if t[j].kind != tWord || !isNoun {
			continue
		}
		if err != nil { // the act is named, with a wrong date: say so once
			p.errorf(t[0].off, "%v", err)
		}
		// The noun as its title writes it: the title form's letters taken
		// from the text («Кодексіне» → «Кодексі»).
		noun := string([]rune(t[j].text)[:utf8.RuneCountInString(title)])
		// A reference, not text: named with the Kazakh «і» where the page
		// writes the Latin "i" («Қылмыстық кодексiне» names «… кодексі»).
		full := kazakhLetters(p.src[t[n].off:t[j].off] + noun)
		p.publicationList(t[j+1:])
		return ActRef{Title: full, Date: date, Pos: p.at.pos(t[n].off)}, true, true
	}
	return ActRef{}, false, false
}

// publicationList reports as ignored the parenthesised list of the
// act's publications that Adilet prints after its name and date: «от 3
// июля 2014 года (Ведомости Парламента Республики Казахстан, 2014 г., №
// 13-I, …):». It names where the act was published, not what changes.
func (p *lawParser) publicationList(t []tok) {
	for k := range t {
		if t[k].text != "(" {
			continue
		}
		depth := 0
		for m := k; m < len(t); m++ {
			switch t[m].text {
			case "(":
				depth++
			case ")":
				depth--
			}
			if depth == 0 {
				p.law.Ignored = append(p.law.Ignored, Ignored{Pos: p.at.pos(t[k].off), Text: p.src[t[k].off:t[m].end],
					Reason: "the act's publications, after its name"})
				return
			}
		}
		return
	}
}

// writtenDate reads "July 3, 2014", «3 июля 2014 года» or «2014 жылғы 3
// шілдедегі» (the year first, the month with a case ending). It returns
// the date and how many tokens it takes (0 when t does not start with a
// date so written), and an error when that date is one the calendar does
// not have ("April 31, 2027", «31 июня 2027 года»).
func writtenDate(lx *lexicon, t []tok) (codes.Date, int, error) {
	months := lx.months
	num := func(k int) (int, bool) {
		if k >= len(t) || t[k].kind != tNumber {
			return 0, false
		}
		n, err := strconv.Atoi(t[k].text)
		if err != nil {
			n = math.MaxInt // too long for a day or a year
		}
		return n, true
	}
	var y, d, last int
	var m time.Month
	var ok1, ok2 bool
	switch {
	case len(t) < 3:
		return codes.Date{}, 0, nil
	case months[t[0].lower] != 0: // July 3, 2014
		m = months[t[0].lower]
		d, ok1 = num(1)
		last = 2
		if t[last].text == "," {
			last++
		}
		y, ok2 = num(last)
	case months[t[1].lower] != 0: // 3 июля 2014
		m, last = months[t[1].lower], 2
		d, ok1 = num(0)
		y, ok2 = num(2)
	case len(t) >= 4 && lx.yearWords[t[1].lower] && months[t[3].lower] != 0: // 2014 жылғы 3 шілдедегі
		m, last = months[t[3].lower], 3
		y, ok1 = num(0)
		d, ok2 = num(2)
	}
	if !ok1 || !ok2 {
		return codes.Date{}, 0, nil
	}
	date, err := codes.DateOf(y, m, d)
	if err != nil {
		return date, last + 1, fmt.Errorf("%q is not a date: %v", excerpt(spanText(t[:last+1])), err)
	}
	return date, last + 1, nil
}

// spanText is the text of tokens of one line, one space between words,
// no space before punctuation: "July 3, 2014".
func spanText(t []tok) string {
	var b strings.Builder
	for i, k := range t {
		if i > 0 && k.kind != tPunct {
			b.WriteByte(' ')
		}
		b.WriteString(k.text)
	}
	return b.String()
}

// editorNote reports whether a line is an editor's note of the publisher
// («Примечание ИЗПИ!», «РЦПИ!»), and the note's text on the same line.
func (p *lawParser) editorNote(l line) (string, bool) {
	txt := p.text(l)
	for _, m := range p.lx.editorNotes {
		if rest, ok := strings.CutPrefix(txt, m); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// structural reports whether a line opens a part of the law's structure:
// an article, a numbered paragraph or an instruction. An editor's note is
// never taken to run into one.
func (p *lawParser) structural(l line) bool {
	return p.lawArticle(l) != "" || paragraphStart(l) || instructionStart(l)
}

// trailerReason names what a line after the law's last article is.
func (p *lawParser) trailerReason(s string) string {
	if strings.HasPrefix(s, "©") {
		return "page furniture (copyright)"
	}
	for _, w := range p.lx.signature {
		if strings.HasPrefix(s, w) {
			return "signature"
		}
	}
	return "page furniture"
}
