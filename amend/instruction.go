package amend

import (
	"slices"
	"strconv"
	"strings"

	"github.com/zan-law/zan/codes"
)

// clause is one instruction as read, before it is resolved against its
// context: "add the words "X" to the second part of Article 187 after the
// numbers "Y"" has verb add, refs [article:187/part:2], words [X], anchor
// Y, position after.
type clause struct {
	verb       verb
	refs       []codes.Address // unit mentions, each outermost first
	words      []tok           // quoted words, in order ("the words "X"")
	anchor     *tok
	anchorRef  codes.Address // a unit as the anchor: «после абзаца второго»
	position   Position
	content    *tok // quoted text of a unit
	everywhere bool
	occurrence int // "in the first case": 1; 0 when not named
	heading    bool
	numbers    bool // the words are called numbers: "the numbers", «цифры»
	start, end int  // byte offsets in the law's text
}

// syntaxError is an instruction the grammar cannot read, at a token.
type syntaxError struct {
	off int
	msg string
}

// instructionParser reads the tokens of one numbered instruction.
type instructionParser struct {
	lx   *lexicon
	toks []tok
	i    int
	c    *clause
	out  []*clause
	errs []syntaxError
	// pending says what the next quote is: quoted words, an anchor, or a unit's text.
	pendingWords, pendingContent bool
	pendingAnchor                Position
}

// parseInstruction reads one instruction (the text after its "1)" marker);
// a ";" outside quotes starts another instruction on the same line.
func parseInstruction(lx *lexicon, toks []tok) ([]*clause, []syntaxError) {
	p := &instructionParser{lx: lx, toks: toks}
	p.startClause()
	for p.i < len(p.toks) {
		p.step()
	}
	p.finishClause()
	// A later instruction of the same line that names no unit acts on the
	// unit of the one before: «в части второй слова «X» заменить словами
	// «Y», слова «Z» исключить».
	for i := 1; i < len(p.out); i++ {
		if len(p.out[i].refs) == 0 {
			p.out[i].refs = p.out[i-1].refs
			p.out[i].heading = p.out[i].heading || p.out[i-1].heading
		}
	}
	return p.out, p.errs
}

func (p *instructionParser) startClause() {
	start := 0
	if p.i < len(p.toks) {
		start = p.toks[p.i].off
	}
	p.c = &clause{start: start}
	p.pendingWords, p.pendingContent, p.pendingAnchor = false, false, ""
}

func (p *instructionParser) finishClause() {
	if n := min(p.i, len(p.toks)); n > 0 {
		p.c.end = p.toks[n-1].end
	}
	if p.c.verb != noVerb || len(p.c.refs) > 0 || len(p.c.words) > 0 || p.c.content != nil {
		p.out = append(p.out, p.c)
	}
}

// complete reports whether the clause has all an instruction of its verb
// needs, so that further quoted words begin another instruction.
func (c *clause) complete() bool {
	switch c.verb {
	case verbAdd:
		return len(c.words) > 0 || c.content != nil
	case verbReplace:
		return len(c.words) >= 2
	case verbDelete:
		return len(c.words) > 0
	case verbRestate:
		return c.content != nil
	}
	return false
}

// fail records an error and skips the rest of the instruction (to the next
// ";"): one message for a misreading, not one per word after it.
func (p *instructionParser) fail(t tok, msg string) {
	p.errs = append(p.errs, syntaxError{t.off, msg})
	for p.i < len(p.toks) && p.toks[p.i].text != ";" {
		p.i++
	}
}

func (p *instructionParser) step() {
	t := p.toks[p.i]
	switch t.kind {
	case tNewline:
		p.i++
	case tPunct:
		p.i++
		switch t.text {
		case ";":
			p.finishClause()
			p.startClause()
		case ":":
			if p.c.verb != noVerb && !p.pendingWords && p.pendingAnchor == "" {
				p.pendingContent = true
			}
		}
	case tQuote:
		p.i++
		p.quote(t)
	case tNumber:
		p.fail(t, "unexpected number "+excerpt(t.text)+": expected a unit word before it (article, part, paragraph)")
	case tWord:
		p.word(t)
	}
}

func (p *instructionParser) quote(t tok) {
	if strings.TrimSpace(t.text) == "" {
		p.fail(t, "empty quoted text")
		return
	}
	switch {
	case p.pendingAnchor != "":
		if p.c.anchor != nil {
			p.fail(t, "a second anchor in one instruction")
		}
		p.c.anchor, p.c.position = &t, p.pendingAnchor
	case p.pendingWords:
		p.c.words = append(p.c.words, t)
	case p.pendingContent || p.c.content == nil:
		p.c.content = &t
	default:
		p.fail(t, "unexpected quoted text: expected it after \"the words\", \"after\"/\"before\" or \"as follows:\"")
	}
	p.pendingWords, p.pendingContent, p.pendingAnchor = false, false, ""
}

// match reports whether the words of ph stand at the parser's position,
// and if so moves past them.
func (p *instructionParser) match(ph phrase) bool {
	for k, w := range ph.words {
		j := p.i + k
		if j >= len(p.toks) || p.toks[j].kind != tWord || p.toks[j].lower != w {
			return false
		}
	}
	p.i += len(ph.words)
	return true
}

func (p *instructionParser) matchAny(table phraseTable) (phrase, bool) {
	if p.i >= len(p.toks) {
		return phrase{}, false
	}
	for _, ph := range table[p.toks[p.i].lower] {
		if p.match(ph) {
			return ph, true
		}
	}
	return phrase{}, false
}

func (p *instructionParser) word(t tok) {
	w := t.lower
	if ph, ok := p.matchAny(p.lx.verbs); ok {
		if p.c.verb != noVerb && p.c.verb != ph.verb {
			p.fail(t, "a second action in one instruction: \""+excerpt(t.text)+"\"")
		}
		p.c.verb = ph.verb
		return
	}
	if _, ok := p.matchAny(p.lx.contentIntros); ok {
		p.pendingContent = true
		return
	}
	if _, ok := p.matchAny(p.lx.everywhere); ok {
		p.c.everywhere = true
		return
	}
	if pos, ok := p.lx.positions[w]; ok {
		p.pendingAnchor = pos
		p.i++
		return
	}
	if p.lx.wordsNouns[w] {
		if p.pendingAnchor == "" && p.c.complete() {
			// "… shall be replaced by the words "Y", and the words "Z"
			// shall be deleted": a second instruction on the same unit.
			p.finishClause()
			p.startClause()
		}
		if p.pendingAnchor == "" {
			p.pendingWords = true
			if len(p.c.words) == 0 {
				p.c.numbers = p.lx.numberNouns[w]
			}
		}
		p.i++
		return
	}
	if n, ok := p.lx.numbers.ordinal(w); ok && p.i+1 < len(p.toks) && p.lx.caseWords[p.toks[p.i+1].lower] {
		p.c.occurrence = n
		p.i += 2
		return
	}
	if p.lx.headingWords[w] {
		p.c.heading = true
		p.i++
		return
	}
	errs := len(p.errs)
	a, ok := p.ref()
	if len(p.errs) > errs {
		return // the mention was wrong, and said so ("no unit is numbered 0")
	}
	if ok {
		if p.pendingAnchor != "" { // «после абзаца второго»: a unit as the anchor
			p.c.anchorRef, p.c.position, p.pendingAnchor = a, p.pendingAnchor, ""
			return
		}
		p.c.refs = append(p.c.refs, a)
		return
	}
	if p.lx.fillers[w] {
		p.i++
		return
	}
	p.fail(t, "unexpected word \""+excerpt(t.text)+"\": expected an action (add, replace, delete, set out), "+
		"a unit (\"article 5\", \"part two\", \"subparagraph 3)\"), quoted words or \"after\"/\"before\"")
}

// ref reads a unit mention, possibly a chain: "the second part of Article
// 187", "части второй статьи 187", "subparagraph 2) of part one". It
// returns the address outermost first.
func (p *instructionParser) ref() (codes.Address, bool) {
	var a codes.Address
	for {
		s, ok := p.mention()
		if !ok {
			break
		}
		a = append(a, s)
		// "of", "of the" join mentions; Russian chains them in the genitive.
		save, errs := p.i, len(p.errs)
		for p.i < len(p.toks) && p.toks[p.i].kind == tWord && p.lx.joiners[p.toks[p.i].lower] {
			p.i++
		}
		if _, ok := p.peekMention(); !ok {
			if len(p.errs) == errs {
				p.i = save
			}
			break
		}
	}
	if len(a) == 0 {
		return nil, false
	}
	slices.SortStableFunc(a, func(x, y codes.Step) int { return int(x.Kind) - int(y.Kind) })
	return a, true
}

// peekMention reads a mention without moving past it. A mention that is
// wrong ("Article 0") is reported here, once, and the rest of the
// instruction skipped, as fail does.
func (p *instructionParser) peekMention() (codes.Step, bool) {
	save, errs := p.i, len(p.errs)
	s, ok := p.mention()
	if len(p.errs) == errs {
		p.i = save
	}
	return s, ok
}

// mention reads one unit: "Article 187", "the second part", "part two",
// "subparagraph 2)", «части второй», «пунктом 2-1)», «примечанием».
func (p *instructionParser) mention() (codes.Step, bool) {
	save := p.i
	ordinal, _ := p.ordinal()
	if p.i >= len(p.toks) || p.toks[p.i].kind != tWord {
		p.i = save
		return codes.Step{}, false
	}
	kind, ok := p.lx.units[p.toks[p.i].lower]
	if !ok {
		p.i = save
		return codes.Step{}, false
	}
	p.i++
	s := codes.Step{Kind: kind}
	if ordinal == 0 {
		ordinal, _ = p.ordinal() // "part two", «части второй»
	}
	switch {
	case ordinal > 0:
		s.Num = strconv.Itoa(ordinal)
	case p.i < len(p.toks) && p.toks[p.i].kind == tNumber && strings.Trim(p.toks[p.i].text, "0-") == "":
		p.fail(p.toks[p.i], "no unit is numbered "+excerpt(p.toks[p.i].text))
		return codes.Step{}, false
	case p.i < len(p.toks) && p.toks[p.i].kind == tNumber && leadingZero(p.toks[p.i].text):
		// "article 07" would land next to article 7 as a unit of its own.
		p.fail(p.toks[p.i], "unit number "+excerpt(p.toks[p.i].text)+" has a leading zero: units are numbered 7, 380-3, not 07, 380-03")
		return codes.Step{}, false
	case p.i < len(p.toks) && p.toks[p.i].kind == tNumber && tooLong(p.toks[p.i].text):
		p.fail(p.toks[p.i], "unit number "+excerpt(p.toks[p.i].text)+" is out of range (at most 9 digits a component)")
		return codes.Step{}, false
	case p.i < len(p.toks) && p.toks[p.i].kind == tNumber:
		s.Num = p.toks[p.i].text
		p.i++
	case kind == codes.Point && p.i+1 < len(p.toks) && p.toks[p.i].kind == tWord &&
		len([]rune(p.toks[p.i].text)) == 1 && p.toks[p.i+1].text == ")":
		s.Kind, s.Num = codes.Subpoint, p.toks[p.i].text
		p.i++
	case kind == codes.Note:
	default:
		p.i = save
		return codes.Step{}, false
	}
	if p.i < len(p.toks) && p.toks[p.i].text == ")" && (s.Kind == codes.Point || s.Kind == codes.Subpoint) {
		p.i++
	}
	return s, true
}

// leadingZero reports whether a component of a unit number starts with 0:
// "07", "380-03".
func leadingZero(num string) bool {
	for c := range strings.SplitSeq(num, "-") {
		if len(c) > 1 && c[0] == '0' {
			return true
		}
	}
	return false
}

// tooLong reports whether a component of a unit number has more than 9
// digits: no code numbers its units so, and paragraph numbers must fit an int.
func tooLong(num string) bool {
	for c := range strings.SplitSeq(num, "-") {
		if len(c) > 9 {
			return true
		}
	}
	return false
}

// ordinal reads an ordinal at the parser's position: "second", "two",
// "twenty-fifth", «второй», «двадцать пятой» (Russian writes the tens as a
// cardinal before the ordinal).
func (p *instructionParser) ordinal() (int, bool) {
	word := func(k int) string {
		if k < len(p.toks) && p.toks[k].kind == tWord {
			return p.toks[k].lower
		}
		return ""
	}
	if tens, ok := p.lx.numbers.tens[word(p.i)]; ok {
		if n, ok := p.lx.numbers.ordinal(word(p.i + 1)); ok && n < 10 {
			p.i += 2
			return tens + n, true
		}
	}
	if n, ok := p.lx.numbers.ordinal(word(p.i)); ok {
		p.i++
		return n, true
	}
	return 0, false
}

// languageScope applies the language remarks of an instruction (see
// kazakhOnly): it returns the instruction without a remark that the Kazakh
// text does not change, or a reason to ignore an instruction that changes
// the Kazakh text only.
func languageScope(lx *lexicon, body []tok) ([]tok, string) {
	if !slices.ContainsFunc(body, func(t tok) bool { return lx.languageWords[t.lower] }) {
		return body, "" // most instructions say nothing of languages
	}
	p := &instructionParser{toks: body}
	cut := -1
	kazakh := false
	for p.i = 0; p.i < len(body); {
		start := p.i
		if _, ok := p.matchAny(lx.russianUnchanged); ok {
			return nil, "changes the Kazakh text only (the Russian text does not change)"
		}
		if _, ok := p.matchAny(lx.kazakhUnchanged); ok {
			if cut < 0 {
				cut = start
			}
			continue
		}
		if _, ok := p.matchAny(lx.kazakhOnly); ok {
			kazakh = true
			continue
		}
		p.i++
	}
	if kazakh && cut < 0 {
		return nil, "changes the text in the state language (Kazakh) only"
	}
	if cut >= 0 {
		end := cut
		for end > 0 && (body[end-1].text == "," || body[end-1].text == ";") {
			end--
		}
		return body[:end], ""
	}
	return body, ""
}
