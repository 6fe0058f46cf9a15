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
	headingAnd bool // "in the heading and part one of Article 380-1": the heading and the unit named
	numbers    bool // the words are called numbers: "the numbers", «цифры»
	// groups counts the quoted words of each "the words" production:
	// «слова «органа», «орган» заменить соответственно словами «службы»,
	// «служба»» has groups [2 2].
	groups       []int
	respectively bool // "respectively", «соответственно»: the words pair up in order
	// nouns holds the words noun that named each group after it, where the
	// language names quoted words so: «сөздер» (old), «сөздермен» (new).
	nouns      []tok
	plural     *plural // "parts three and four", «статьи 380-1 и 380-2»
	start, end int     // byte offsets in the law's text
}

// plural is a unit mention that names several units of one kind:
// «в частях первой и второй статьи 379» names parts 1 and 2 of ref 0.
type plural struct {
	ref  int        // index into the clause's refs
	kind codes.Kind // the kind of the step that varies
	nums []string   // its numbers, in the order written
}

// syntaxError is an instruction the grammar cannot read, at a token.
type syntaxError struct {
	off int
	msg string
}

// instructionParser reads the tokens of one numbered instruction by
// recursive descent, one reader per production, as go/parser reads
// statements:
//
//	instruction = clause { ";" clause } .
//	clause      = { element } .
//	element     = verb | contentIntro | everywhere | anchor | namedQuotes | quotedWords
//	            | occurrence | heading | unitRef | quote | ":" | filler .
//	anchor      = position { skip } ( quote | unitRef ) .  "after the numbers "380-2"", «после абзаца второго»
//	quotedWords = wordsNoun { skip } quote { ( "," | and ) quote } .  "the words "X"", «слова «А», «Б»»
//	namedQuotes = quote { ( "," | and ) quote } quotedBy wordsNoun [ postPosition ] .  «"X" деген сөздер», «"Y" деген сөздерден кейін»
//	skip        = filler | wordsNoun | ":" | newline .
//	unitRef     = mention { joiner mention } [ postPosition ] .  "part two of Article 187", «екінші абзацтан кейін»
//	mention     = numberFirst
//	            | [ ordinal { ( "," | and ) ordinal } ] unitNoun [ num { ( "," | and ) num } | letter ")" ] .  «частях первой и второй»
//	numberFirst = num { ( "," | and ) num } ( "-" numberedUnit | ")" numberedUnit ) .  «380-3-баппен», «2) және 3) тармақтар»
//	num         = ordinal | number [ ")" ] .
//
// Quoted words that follow a clause already complete for its verb begin
// another clause: "… replaced by the words "Y", and the words "Z" shall
// be deleted". The words of each production are the lexicon's.
type instructionParser struct {
	lx   *lexicon
	toks []tok
	i    int
	c    *clause // the clause being read
	out  []*clause
	errs []syntaxError
	// plural holds the numbers of the last mention read that names several
	// units ("parts three and four"), for the reader that called ref.
	plural *plural
}

// parseInstruction reads one instruction (the text after its "1)" marker);
// a ";" outside quotes starts another instruction on the same line.
func parseInstruction(lx *lexicon, toks []tok) ([]*clause, []syntaxError) {
	p := &instructionParser{lx: lx, toks: toks}
	for {
		p.clause()
		if p.i >= len(p.toks) {
			break
		}
	}
	// A later instruction of the same line that names no unit acts on the
	// unit of the one before: «в части второй слова «X» заменить словами
	// «Y», слова «Z» исключить».
	for i := 1; i < len(p.out); i++ {
		if len(p.out[i].refs) == 0 && p.out[i].plural == nil {
			p.out[i].refs, p.out[i].plural = p.out[i-1].refs, p.out[i-1].plural
			p.out[i].heading = p.out[i].heading || p.out[i-1].heading
			p.out[i].headingAnd = p.out[i].headingAnd || p.out[i-1].headingAnd
		}
	}
	return p.out, p.errs
}

// clause reads one clause: to a ";" (which it includes), to quoted words
// that begin the next clause, or to the end.
func (p *instructionParser) clause() {
	p.c = &clause{}
	if p.i < len(p.toks) {
		p.c.start = p.toks[p.i].off
	}
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		if t.kind == tPunct && t.text == ";" {
			p.i++
			break
		}
		if (t.kind == tWord && p.lx.wordsNouns[t.lower] || t.kind == tQuote && p.quotesNamed(p.i) != nil) && p.c.complete() {
			break
		}
		p.element()
	}
	if p.i > 0 {
		p.c.end = p.toks[p.i-1].end
	}
	if p.c.verb != noVerb || len(p.c.refs) > 0 || len(p.c.words) > 0 || p.c.content != nil {
		p.out = append(p.out, p.c)
	}
}

// complete reports whether the clause has all an instruction of its verb
// needs, so that further quoted words begin another instruction.
func (c *clause) complete() bool {
	if r, ok := verbRules[c.verb]; ok {
		return r.complete(c)
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

// element reads one element of a clause.
func (p *instructionParser) element() {
	t := p.toks[p.i]
	switch t.kind {
	case tNewline:
		p.i++
	case tPunct:
		p.i++
		if t.text == ":" && p.c.verb != noVerb { // "add part 3-1:" and the new part's text
			p.content()
		}
	case tQuote:
		if p.namedQuotes() {
			return
		}
		p.i++
		if p.c.content != nil {
			p.fail(t, "unexpected quoted text: expected it after \"the words\", \"after\"/\"before\" or \"as follows:\"")
			return
		}
		p.c.content = p.quoted(t)
	case tNumber:
		if p.unitRef() { // «380-3-баппен», «4) тармақ»
			return
		}
		p.fail(t, "unexpected number "+excerpt(t.text)+": expected a unit word before it (article, part, paragraph)")
	case tWord:
		for _, read := range wordReaders {
			if read(p) {
				return
			}
		}
		p.fail(t, "unexpected word \""+excerpt(t.text)+"\": expected an action (add, replace, delete, set out), "+
			"a unit (\"article 5\", \"part two\", \"subparagraph 3)\"), quoted words or \"after\"/\"before\"")
	}
}

// wordReaders are the productions that start with a word, tried in turn.
var wordReaders = [...]func(*instructionParser) bool{
	(*instructionParser).verb, (*instructionParser).contentIntro, (*instructionParser).everywhere,
	(*instructionParser).anchor, (*instructionParser).quotedWords, (*instructionParser).occurrence,
	(*instructionParser).heading, (*instructionParser).respectively, (*instructionParser).unitRef,
	(*instructionParser).filler,
}

// quoted returns the quote t, reporting an empty one.
func (p *instructionParser) quoted(t tok) *tok {
	if strings.TrimSpace(t.text) == "" {
		p.fail(t, "empty quoted text")
	}
	return &t
}

// next returns the next token that is not a line break, and its index.
func (p *instructionParser) next(skip func(tok) bool) (tok, int, bool) {
	j := p.i
	for j < len(p.toks) && (p.toks[j].kind == tNewline || skip != nil && skip(p.toks[j])) {
		j++
	}
	if j >= len(p.toks) {
		return tok{}, j, false
	}
	return p.toks[j], j, true
}

// content reads the quoted text of a unit after "to read as follows:" or
// a ":" (the text may start on the next line); without one there, the
// clause's first plain quote is its content.
func (p *instructionParser) content() {
	t, j, ok := p.next(func(t tok) bool { return t.kind == tPunct && t.text == ":" })
	if !ok || t.kind != tQuote {
		return
	}
	p.i = j + 1
	p.c.content = p.quoted(t)
}

// verb reads the action: "shall be replaced", «заменить».
func (p *instructionParser) verb() bool {
	t := p.toks[p.i]
	ph, ok := p.matchAny(p.lx.verbs)
	if !ok {
		return false
	}
	if p.c.verb != noVerb && p.c.verb != ph.verb {
		p.fail(t, "a second action in one instruction: \""+excerpt(t.text)+"\"")
	}
	p.c.verb = ph.verb
	return true
}

// contentIntro reads "to read as follows", «в следующей редакции» and the
// quoted text after it.
func (p *instructionParser) contentIntro() bool {
	if _, ok := p.matchAny(p.lx.contentIntros); !ok {
		return false
	}
	p.content()
	return true
}

// everywhere reads "throughout the text", «по всему тексту».
func (p *instructionParser) everywhere() bool {
	if _, ok := p.matchAny(p.lx.everywhere); !ok {
		return false
	}
	p.c.everywhere = true
	return true
}

// anchor reads where inserted words go: "after the numbers "380-2"",
// «перед словами «Y»», or a unit: «после абзаца второго».
func (p *instructionParser) anchor() bool {
	pos, ok := p.lx.positions[p.toks[p.i].lower]
	if !ok {
		return false
	}
	at := p.toks[p.i]
	p.i++
	t, j, ok := p.next(func(t tok) bool {
		return t.kind == tWord && (p.lx.fillers[t.lower] || p.lx.wordsNouns[t.lower]) || t.kind == tPunct && t.text == ":"
	})
	if ok && t.kind == tQuote {
		p.i = j + 1
		if p.c.anchor != nil {
			p.fail(t, "a second anchor in one instruction")
		}
		p.c.anchor, p.c.position = p.quoted(t), pos
		return true
	}
	p.i = j
	errs := len(p.errs)
	if a, ok := p.ref(); ok {
		if p.plural != nil {
			p.plural = nil
			p.fail(at, "\""+excerpt(at.text)+"\" several units: an anchor is one unit")
			return true
		}
		p.c.anchorRef, p.c.position = a, pos
		return true
	}
	if len(p.errs) == errs {
		p.fail(at, "\""+excerpt(at.text)+"\" what? expected quoted words or a unit after it")
	}
	return true
}

// namedQuote is quoted words named after them: «"X" деген сөздер».
type namedQuote struct {
	quotes []tok
	noun   tok // the words noun: «сөздер», «цифрлардан»
	end    int // the index after the noun
}

// quotesNamed reads, without moving, quoted words at i that the words
// after them name: «"А", "Б" деген сөздер» (quote { ( "," | and ) quote }
// quotedBy wordsNoun), or returns nil.
func (p *instructionParser) quotesNamed(i int) *namedQuote {
	if len(p.lx.quotedBy) == 0 {
		return nil
	}
	var q namedQuote
	for i < len(p.toks) && p.toks[i].kind == tQuote {
		q.quotes = append(q.quotes, p.toks[i])
		i++
		j := i
		for j < len(p.toks) && (p.toks[j].text == "," || p.toks[j].kind == tWord && p.lx.conjunctions[p.toks[j].lower]) {
			j++
		}
		if j > i && j < len(p.toks) && p.toks[j].kind == tQuote {
			i = j
		}
	}
	if i+1 >= len(p.toks) || !p.lx.quotedBy[p.toks[i].lower] || !p.lx.wordsNouns[p.toks[i+1].lower] {
		return nil
	}
	q.noun, q.end = p.toks[i+1], i+2
	return &q
}

// namedQuotes reads quoted words named after them: «"X" деген сөздер»
// (the words), «"Y" деген сөздерден кейін» (the anchor, when a
// post-position follows).
func (p *instructionParser) namedQuotes() bool {
	q := p.quotesNamed(p.i)
	if q == nil {
		return false
	}
	p.i = q.end
	if pos, ok := p.postPosition(); ok {
		switch {
		case len(q.quotes) > 1:
			p.fail(q.quotes[1], "several quoted texts as an anchor: an anchor is one quoted text")
		case p.c.anchor != nil:
			p.fail(q.quotes[0], "a second anchor in one instruction")
		default:
			p.c.anchor, p.c.position = p.quoted(q.quotes[0]), pos
		}
		return true
	}
	if len(p.c.words) == 0 {
		p.c.numbers = p.lx.numberNouns[q.noun.lower]
	}
	for _, t := range q.quotes {
		p.c.words = append(p.c.words, *p.quoted(t))
	}
	p.c.groups = append(p.c.groups, len(q.quotes))
	p.c.nouns = append(p.c.nouns, q.noun)
	return true
}

// postPosition reads a word that makes what stands before it an anchor:
// «кейін» (after).
func (p *instructionParser) postPosition() (Position, bool) {
	if p.i < len(p.toks) && p.toks[p.i].kind == tWord {
		if pos, ok := p.lx.postPositions[p.toks[p.i].lower]; ok {
			p.i++
			return pos, true
		}
	}
	return "", false
}

// quotedWords reads quoted words: "the words "X"", «цифрами «380-3»».
func (p *instructionParser) quotedWords() bool {
	if !p.lx.wordsNouns[p.toks[p.i].lower] {
		return false
	}
	noun := p.toks[p.i]
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		switch {
		case t.kind == tNewline || t.kind == tWord && p.lx.fillers[t.lower] || t.kind == tPunct && t.text == ":":
		case t.kind == tWord && p.lx.wordsNouns[t.lower]:
			if len(p.c.words) == 0 {
				p.c.numbers = p.lx.numberNouns[t.lower]
			}
		case t.kind == tQuote:
			p.i++
			p.c.words = append(p.c.words, *p.quoted(t))
			n := 1
			// «слова «органа», «орган»», "the words "A", "B" and "C"".
			for p.i+1 < len(p.toks) && (p.toks[p.i].text == "," || p.lx.conjunctions[p.toks[p.i].lower]) {
				save := p.i
				p.i++
				q, j, ok := p.next(func(t tok) bool { return t.kind == tWord && p.lx.conjunctions[t.lower] })
				if !ok || q.kind != tQuote {
					p.i = save
					break
				}
				p.i = j + 1
				p.c.words = append(p.c.words, *p.quoted(q))
				n++
			}
			p.c.groups = append(p.c.groups, n)
			return true
		default:
			p.fail(noun, "\""+excerpt(noun.text)+"\" without the quoted words")
			return true
		}
		p.i++
	}
	p.fail(noun, "\""+excerpt(noun.text)+"\" without the quoted words")
	return true
}

// occurrence reads which occurrence an instruction names: "in the first
// case", «во втором случае».
func (p *instructionParser) occurrence() bool {
	n, ok := p.lx.numbers.ordinal(p.toks[p.i].lower)
	if !ok || p.i+1 >= len(p.toks) || !p.lx.caseWords[p.toks[p.i+1].lower] {
		return false
	}
	p.c.occurrence = n
	p.i += 2
	return true
}

// heading reads "the heading", «в заголовке».
func (p *instructionParser) heading() bool {
	if !p.lx.headingWords[p.toks[p.i].lower] {
		return false
	}
	p.c.heading = true
	p.i++
	// «в заголовке и части первой статьи 380-1»: the heading of the
	// article and its part one.
	if p.i+1 < len(p.toks) && p.toks[p.i].kind == tWord && p.lx.conjunctions[p.toks[p.i].lower] {
		save := p.i
		p.i++
		for p.i < len(p.toks) && p.toks[p.i].kind == tWord && p.lx.fillers[p.toks[p.i].lower] {
			p.i++
		}
		if _, ok := p.peekMention(); ok {
			p.c.headingAnd = true
		} else {
			p.i = save
		}
	}
	return true
}

// respectively reads "respectively", «соответственно».
func (p *instructionParser) respectively() bool {
	if !p.lx.respectively[p.toks[p.i].lower] {
		return false
	}
	p.c.respectively = true
	p.i++
	return true
}

// unitRef reads the unit an instruction acts on: "in part two of Article
// 187". A mention it reports as wrong ("no unit is numbered 0") counts as read.
func (p *instructionParser) unitRef() bool {
	errs := len(p.errs)
	at := p.toks[p.i]
	a, ok := p.ref()
	pl := p.plural
	p.plural = nil
	if len(p.errs) > errs {
		return true
	}
	if ok && pl != nil {
		if p.c.plural != nil {
			p.fail(at, "a second mention of several units in one instruction: name them in two instructions")
			return true
		}
		pl.ref = len(p.c.refs)
		p.c.plural = pl
	}
	if ok {
		// «екінші абзацтан кейін»: the unit is the anchor.
		if pos, isAnchor := p.postPosition(); isAnchor {
			if pl != nil {
				p.fail(at, "several units as an anchor: an anchor is one unit")
				return true
			}
			// «4-1-бөлігі бірінші абзацтан кейін»: the units before the last
			// name where the instruction acts; the last is the anchor.
			if len(a) > 1 {
				p.c.refs = append(p.c.refs, a[:len(a)-1])
			}
			p.c.anchorRef, p.c.position = a, pos
			return true
		}
		p.c.refs = append(p.c.refs, a)
	}
	return ok
}

// filler skips a word with no meaning of its own: "the", «настоящего».
func (p *instructionParser) filler() bool {
	if !p.lx.fillers[p.toks[p.i].lower] {
		return false
	}
	p.i++
	return true
}

// matchAny reports whether a phrase of table stands at the parser's
// position, and if so moves past it.
func (p *instructionParser) matchAny(table phraseTable) (phrase, bool) {
	ph, end, ok := table.at(p.toks, p.i)
	if ok {
		p.i = end
	}
	return ph, ok
}

// matchPhrase reports whether the words of ph stand at toks[i:], and
// where they end.
func matchPhrase(toks []tok, i int, ph phrase) (int, bool) {
	for k, w := range ph.words {
		j := i + k
		if j >= len(toks) || toks[j].kind != tWord || toks[j].lower != w {
			return i, false
		}
	}
	return i + len(ph.words), true
}

// matchTable returns the end of the phrase of table that stands at toks[i:].
func matchTable(toks []tok, i int, table phraseTable) (int, bool) {
	_, end, ok := table.at(toks, i)
	return end, ok
}

// at returns the phrase of the table that stands at toks[i:], and where it
// ends (i if none does).
func (table phraseTable) at(toks []tok, i int) (phrase, int, bool) {
	if i >= len(toks) {
		return phrase{}, i, false
	}
	for _, ph := range table[toks[i].lower] {
		if end, ok := matchPhrase(toks, i, ph); ok {
			return ph, end, true
		}
	}
	return phrase{}, i, false
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
	save, errs, pl := p.i, len(p.errs), p.plural
	s, ok := p.mention()
	if len(p.errs) == errs {
		p.i, p.plural = save, pl
	}
	return s, ok
}

// mention reads one unit: "Article 187", "the second part", "part two",
// "subparagraph 2)", «части второй», «пунктом 2-1)», «примечанием».
func (p *instructionParser) mention() (codes.Step, bool) {
	if s, ok, read := p.numberFirst(); read {
		return s, ok
	}
	save := p.i
	ordinal, _ := p.ordinal()
	var before []string // «бірінші және екінші бөліктерінде»: the ordinals of several units, before their noun
	if ordinal > 0 {
		before = p.ordinalsBefore()
	}
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
	case p.i < len(p.toks) && p.toks[p.i].kind == tNumber && badUnitNumber(p.toks[p.i].text) != "":
		p.fail(p.toks[p.i], badUnitNumber(p.toks[p.i].text))
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
	if len(before) > 0 {
		if p.plural != nil {
			p.fail(p.toks[save], "two mentions of several units in one chain: name them in two instructions")
			return codes.Step{}, false
		}
		p.plural = &plural{kind: s.Kind, nums: append([]string{s.Num}, before...)}
	} else if s.Num != "" && s.Kind != codes.Subpoint {
		if more := p.moreNums(s.Kind); len(more) > 0 {
			if p.plural != nil {
				p.fail(p.toks[save], "two mentions of several units in one chain: name them in two instructions")
				return codes.Step{}, false
			}
			p.plural = &plural{kind: s.Kind, nums: append([]string{s.Num}, more...)}
		}
	}
	return s, true
}

// numberFirst reads a unit written after its number: «380-3-баппен»,
// «187-баптың», «4) тармақ», «а) тармақшасы», several at once («2) және
// 3) тармақтар», «198 және 199-баптарда»). read reports that a mention so
// written stands at the parser's position (ok false after an error).
func (p *instructionParser) numberFirst() (s codes.Step, ok, read bool) {
	if len(p.lx.numberedUnits) == 0 || p.i >= len(p.toks) {
		return codes.Step{}, false, false
	}
	save := p.i
	var nums []tok
	for p.i < len(p.toks) {
		t := p.toks[p.i]
		letter := t.kind == tWord && len([]rune(t.text)) == 1
		if t.kind != tNumber && !letter {
			break
		}
		nums = append(nums, t)
		k := p.i + 1
		if k+1 < len(p.toks) && hyphenated(t, p.toks[k], p.toks[k+1]) {
			if kind, isUnit := p.lx.numberedUnits[p.toks[k+1].lower]; isUnit {
				p.i = k + 2
				return p.numberedStep(save, kind, nums, false)
			}
			break
		}
		if k < len(p.toks) && p.toks[k].text == ")" {
			k++
			if k < len(p.toks) && p.toks[k].kind == tWord {
				if kind, isUnit := p.lx.numberedUnits[p.toks[k].lower]; isUnit {
					p.i = k + 1
					return p.numberedStep(save, kind, nums, true)
				}
			}
		} else if letter {
			break
		}
		// «2) және 3)», «198, 199 және …»: the next number of the list,
		// after a comma or a conjunction.
		sep := k
		for k < len(p.toks) && (p.toks[k].text == "," || p.toks[k].kind == tWord && p.lx.conjunctions[p.toks[k].lower]) {
			k++
		}
		if k == sep || k >= len(p.toks) {
			break
		}
		p.i = k
	}
	p.i = save
	return codes.Step{}, false, false
}

// numberedStep checks the numbers of a unit written after them and
// returns its step; several numbers make the mention plural.
func (p *instructionParser) numberedStep(save int, kind codes.Kind, nums []tok, bracket bool) (codes.Step, bool, bool) {
	var out []string
	for _, n := range nums {
		switch {
		case n.kind == tWord && (kind != codes.Point || len(nums) > 1):
			p.fail(n, "a unit numbered by a letter "+excerpt(n.text)+") must be a subpoint")
			return codes.Step{}, false, true
		case n.kind == tWord:
			return codes.Step{Kind: codes.Subpoint, Num: n.text}, true, true
		case badUnitNumber(n.text) != "":
			p.fail(n, badUnitNumber(n.text))
			return codes.Step{}, false, true
		}
		out = append(out, n.text)
	}
	if bracket != (kind == codes.Point) {
		p.fail(p.toks[save], excerpt(p.src(save))+": a point takes its bracket before its noun («4) тармақ»), other units a hyphen («380-3-бап»)")
		return codes.Step{}, false, true
	}
	s := codes.Step{Kind: kind, Num: out[0]}
	if len(out) > 1 {
		if p.plural != nil {
			p.fail(p.toks[save], "two mentions of several units in one chain: name them in two instructions")
			return codes.Step{}, false, true
		}
		p.plural = &plural{kind: kind, nums: out}
	}
	return s, true, true
}

// src is the text of the tokens from i to the parser's position, a space
// where the law has space between them: «2) және 3) баптарда».
func (p *instructionParser) src(i int) string {
	var b strings.Builder
	for k, t := range p.toks[i:p.i] {
		if k > 0 && t.off > p.toks[i+k-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// ordinalsBefore reads the further ordinals of a list that stands before
// its noun: «және екінші» of «бірінші және екінші бөліктерінде», "and
// second" of "the first and second parts". It reads nothing unless a unit
// noun follows the list.
func (p *instructionParser) ordinalsBefore() []string {
	save := p.i
	var out []string
	for p.i+1 < len(p.toks) && (p.toks[p.i].text == "," || p.toks[p.i].kind == tWord && p.lx.conjunctions[p.toks[p.i].lower]) {
		p.i++
		n, ok := p.ordinal()
		if !ok {
			break
		}
		out = append(out, strconv.Itoa(n))
	}
	if len(out) == 0 || p.i >= len(p.toks) || p.toks[p.i].kind != tWord {
		p.i = save
		return nil
	}
	if _, ok := p.lx.units[p.toks[p.i].lower]; !ok {
		p.i = save
		return nil
	}
	return out
}

// ordinalOfNext reports whether a unit noun with no number of its own
// stands at the parser's position, so that the ordinal before it is its
// own: «втором предложении», not «второй статьи 379».
func (p *instructionParser) ordinalOfNext() bool {
	if p.i >= len(p.toks) || p.toks[p.i].kind != tWord {
		return false
	}
	if _, ok := p.lx.units[p.toks[p.i].lower]; !ok {
		return false
	}
	save := p.i
	defer func() { p.i = save }()
	p.i++
	if p.i < len(p.toks) && p.toks[p.i].kind == tNumber {
		return false
	}
	_, ok := p.ordinal()
	return !ok
}

// moreNums reads the further numbers of a mention of several units:
// "and four" of "parts three and four", «, 380-2 и 381» of «статьи 380-1,
// 380-2 и 381», «и 3)» of «пункты 2) и 3)».
func (p *instructionParser) moreNums(kind codes.Kind) []string {
	var out []string
	for p.i+1 < len(p.toks) {
		t := p.toks[p.i]
		if t.text != "," && !(t.kind == tWord && p.lx.conjunctions[t.lower]) {
			break
		}
		save := p.i
		p.i++
		if t.text == "," && p.i < len(p.toks) && p.toks[p.i].kind == tWord && p.lx.conjunctions[p.toks[p.i].lower] {
			p.i++ // "three, four, and five"
		}
		if n, ok := p.ordinal(); ok {
			if p.ordinalOfNext() {
				// «в части первой и втором предложении»: the ordinal is the
				// next unit's, not a second part.
				p.i = save
				break
			}
			out = append(out, strconv.Itoa(n))
			continue
		}
		if p.i < len(p.toks) && p.toks[p.i].kind == tNumber && badUnitNumber(p.toks[p.i].text) == "" {
			out = append(out, p.toks[p.i].text)
			p.i++
			if p.i < len(p.toks) && p.toks[p.i].text == ")" && kind == codes.Point {
				p.i++
			}
			continue
		}
		p.i = save
		break
	}
	return out
}

// badUnitNumber says what is wrong with a unit number as a law writes it,
// "" if nothing: zero ("0", "0-0": no unit is numbered so), a component
// with a leading zero ("07", "380-03": article 07 would land next to
// article 7 as a unit of its own), a component of more than 9 digits (no
// code numbers its units so, and paragraph numbers must fit an int).
func badUnitNumber(num string) string {
	if strings.Trim(num, "0-") == "" {
		return "no unit is numbered " + excerpt(num)
	}
	for c := range strings.SplitSeq(num, "-") {
		switch {
		case len(c) > 1 && c[0] == '0':
			return "unit number " + excerpt(num) + " has a leading zero: units are numbered 7, 380-3, not 07, 380-03"
		case len(c) > 9:
			return "unit number " + excerpt(num) + " is out of range (at most 9 digits a component)"
		}
	}
	return ""
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
// otherTextOnly): it returns the instruction without each remark that the
// other language's text does not change (and the comma before it; what
// follows the remark stays: «…, текст на казахском языке не изменяется,
// слова «…» исключить»), or a reason to ignore an instruction that changes
// the other text only (or whose own text does not change).
func languageScope(lx *lexicon, body []tok) ([]tok, string) {
	if !slices.ContainsFunc(body, func(t tok) bool { return lx.languageWords[t.lower] }) {
		return body, "" // most instructions say nothing of languages
	}
	var kept []tok
	remark, otherOnly := false, false
	for i := 0; i < len(body); {
		if _, ok := matchTable(body, i, lx.ownTextUnchanged); ok {
			return nil, lx.ownUnchangedReason
		}
		if end, ok := matchTable(body, i, lx.otherTextUnchanged); ok {
			for len(kept) > 0 && kept[len(kept)-1].text == "," {
				kept = kept[:len(kept)-1]
			}
			remark, i = true, end
			continue
		}
		if end, ok := matchTable(body, i, lx.otherTextOnly); ok {
			otherOnly = true
			kept = append(kept, body[i:end]...)
			i = end
			continue
		}
		kept = append(kept, body[i])
		i++
	}
	if otherOnly && !remark {
		return nil, lx.otherOnlyReason
	}
	if !remark {
		return body, ""
	}
	return kept, ""
}
