package amend

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/zan-law/zan/codes"
)

// Turning a clause, as read, into an operation: the target resolved
// against the context the items above it set, then the verb's builder.

// verbRule is what a verb needs of a clause and the operation it builds.
type verbRule struct {
	// complete reports whether the clause has all the verb needs, so that
	// further quoted words begin another instruction.
	complete func(c *clause) bool
	// build fills in op (its target resolved) from the clause.
	build func(p *lawParser, c *clause, op *Op) error
}

// verbRules holds the builder of each verb.
var verbRules = map[verb]verbRule{
	verbAdd:     {complete: func(c *clause) bool { return len(c.groups) > 0 || c.content != nil }, build: buildAdd},
	verbReplace: {complete: func(c *clause) bool { return len(c.groups) >= 2 }, build: buildReplace},
	verbDelete:  {complete: func(c *clause) bool { return len(c.groups) > 0 }, build: buildDelete},
	verbRestate: {complete: func(c *clause) bool { return c.content != nil }, build: buildRestate},
}

// operations turns a clause read in its context into its operations: one
// per pair of words (wordPairs), per unit named (eachUnit), and for the
// heading named with a unit («в заголовке и части первой статьи 380-1 слово
// … заменить …», headingAndUnit).
func (p *lawParser) operations(c *clause, ctx codes.Address) ([]Op, error) {
	if err := p.wordCases(c); err != nil {
		return nil, err
	}
	byWords, err := wordPairs(c)
	if err != nil {
		return nil, err
	}
	var ops []Op
	for _, w := range byWords {
		units, err := p.eachUnit(w)
		if err != nil {
			return nil, err
		}
		for _, u := range units {
			more, err := p.headingAndUnit(u, ctx)
			if err != nil {
				return nil, err
			}
			ops = append(ops, more...)
		}
	}
	return ops, nil
}

// wordCases checks, where the language names quoted words after them in
// a case of their own, that each group's case fits its role: the new words
// of a replacement or an insertion «деген сөздермен», the old words «деген
// сөздер». «"X" деген сөздер "Y" деген сөздерден кейін толықтырылсын» adds
// words named as old ones: an error, not a guess.
func (p *lawParser) wordCases(c *clause) error {
	if len(p.lx.newWordsNouns) == 0 || len(c.nouns) != len(c.groups) {
		return nil
	}
	for i, noun := range c.nouns {
		if c.verb == verbReplace && i > 1 || c.verb == verbRestate || c.verb == noVerb {
			continue
		}
		want := c.verb == verbAdd || c.verb == verbReplace && i == 1
		if got := p.lx.newWordsNouns[noun.lower]; got != want {
			role := "the words acted on"
			if want {
				role = "the new words"
			}
			return fmt.Errorf("%q names %s in the wrong case: %q", excerpt(c.words[groupStart(c.groups, i)].text), role, noun.text)
		}
	}
	return nil
}

// groupStart is the index of the first word of group i.
func groupStart(groups []int, i int) int {
	n := 0
	for _, g := range groups[:i] {
		n += g
	}
	return n
}

// wordPairs splits a clause with lists of words into one clause per
// word: «слова «органа», «орган» заменить соответственно словами
// «службы», «служба»» replaces «органа» by «службы» and «орган» by
// «служба»; «слова «А», «Б» исключить» deletes both. Lists that do not
// pair up are errors naming both counts.
func wordPairs(c *clause) ([]*clause, error) {
	if len(c.groups) == 0 || len(c.groups) == 1 && c.groups[0] == 1 ||
		c.verb == verbReplace && len(c.groups) == 2 && c.groups[0] == 1 && c.groups[1] == 1 { // old → new
		if c.respectively && len(c.groups) == 2 {
			return nil, fmt.Errorf("\"respectively\" with one word each side: expected lists of words")
		}
		return []*clause{c}, nil
	}
	one := func(words ...tok) *clause {
		x := *c
		x.words = words
		x.groups = nil
		for range words {
			x.groups = append(x.groups, 1)
		}
		return &x
	}
	var out []*clause
	switch {
	case c.verb == verbReplace && len(c.groups) == 2:
		old, repl := c.words[:c.groups[0]], c.words[c.groups[0]:]
		switch {
		case c.respectively && len(old) != len(repl):
			return nil, fmt.Errorf("%d words are replaced respectively by %d words: the lists must be as long", len(old), len(repl))
		case !c.respectively && len(repl) != 1:
			return nil, fmt.Errorf("%d words are replaced by %d words: which by which? (\"respectively\" pairs them in order)", len(old), len(repl))
		}
		for i := range old {
			r := repl[0]
			if c.respectively {
				r = repl[i]
			}
			// Each pair is applied in turn: a later pair must not find
			// the words an earlier one wrote.
			for j := i + 1; j < len(old); j++ {
				if len(occurrences(r.text, old[j].text)) > 0 {
					return nil, fmt.Errorf("the new words %q hold the old words %q of a later pair: replaced in turn they would be replaced again", r.text, old[j].text)
				}
			}
			out = append(out, one(old[i], r))
		}
	case c.verb == verbDelete: // «слова «А», «Б» исключить», «слова «А» и слова «Б» исключить»
		for _, w := range c.words {
			out = append(out, one(w))
		}
	default:
		return nil, fmt.Errorf("lists of words (%v) do not fit the action: expected «слова «А», «Б» исключить» or "+
			"«слова «А», «Б» заменить соответственно словами «В», «Г»»", c.groups)
	}
	return out, nil
}

// eachUnit splits a clause that names several units ("parts three and
// four", «статьи 380-1 и 380-2») into one clause per unit; the quoted
// text of new or restated units («2) …; 3) …») is split with them.
func (p *lawParser) eachUnit(c *clause) ([]*clause, error) {
	pl := c.plural
	if pl == nil {
		return []*clause{c}, nil
	}
	var texts []*tok
	if c.content != nil && !c.heading {
		var err error
		if texts, err = p.splitContent(c, pl); err != nil {
			return nil, err
		}
	}
	var out []*clause
	for i, num := range pl.nums {
		x := *c
		x.plural = nil
		x.refs = slices.Clone(c.refs)
		r := slices.Clone(x.refs[pl.ref])
		for k := range r {
			if r[k].Kind == pl.kind {
				r[k].Num = num
			}
		}
		x.refs[pl.ref] = r
		if texts != nil {
			x.content = texts[i]
		}
		out = append(out, &x)
	}
	return out, nil
}

// splitContent cuts the quoted text of several units into the text of
// each, checking that they are the units named, in order.
func (p *lawParser) splitContent(c *clause, pl *plural) ([]*tok, error) {
	q := c.content
	in := codes.Act
	if pl.kind > codes.Article {
		in = pl.kind - 1
		if pl.kind == codes.Subpoint || pl.kind == codes.Point {
			in = codes.Part
		}
	}
	first := p.at.pos(q.off).Line
	// Each unit's text is read again on its own, and checked to be exactly
	// that unit, by the verb's builder; here only where each starts.
	units, _ := codes.ParseFragment(q.text, first, in)
	if len(units) == 0 || units[0].Line != first || len(units) != len(pl.nums) {
		return nil, fmt.Errorf("the instruction names %d units but the quoted text holds %d (it starts %q)", len(pl.nums), len(units), firstLine(q.text))
	}
	lines := strings.Split(q.text, "\n")
	var out []*tok
	for i, u := range units {
		if u.Kind != pl.kind || u.Num != pl.nums[i] {
			return nil, fmt.Errorf("the instruction names %s %s as unit %d, but the quoted text has %s %s there",
				pl.kind, excerpt(pl.nums[i]), i+1, u.Kind, excerpt(u.Num))
		}
		from, to := u.Line-first, len(lines)
		if i+1 < len(units) {
			to = units[i+1].Line - first
		}
		if from < 0 || to > len(lines) || from >= to {
			return nil, fmt.Errorf("the quoted text of %s %s cannot be told apart", u.Kind, excerpt(u.Num))
		}
		text := strings.Join(lines[from:to], "\n")
		// «2) …;» of «2) …; 3) …»: the last unit's quote closed after its own
		// text, the others end where the next starts.
		out = append(out, &tok{kind: tQuote, text: text, off: q.off, end: q.end})
	}
	return out, nil
}

// headingAndUnit turns one clause into its operation, or into one for the
// heading and one for the unit the clause names with it.
func (p *lawParser) headingAndUnit(c *clause, ctx codes.Address) ([]Op, error) {
	if !c.headingAnd {
		op, err := p.operation(c, ctx)
		return []Op{op}, err
	}
	target, err := resolve(ctx, c.refs)
	if err != nil {
		return nil, err
	}
	titled := -1
	for i, s := range target {
		if s.Kind.Titled() {
			titled = i
		}
	}
	if titled < 0 || titled == len(target)-1 {
		return nil, fmt.Errorf("the heading and which unit? expected e.g. \"the heading and part one of Article 5\"")
	}
	if c.verb == verbRestate || c.content != nil {
		return nil, fmt.Errorf("a heading and %s are set out in one wording: name them in two instructions", target)
	}
	head, body := *c, *c
	head.headingAnd, body.headingAnd, body.heading = false, false, false
	head.refs, body.refs = []codes.Address{target[:titled+1]}, []codes.Address{target}
	var ops []Op
	for _, x := range []*clause{&head, &body} {
		op, err := p.operation(x, nil)
		if err != nil {
			return nil, err
		}
		ops = append(ops, op)
	}
	return ops, nil
}

// operation turns a clause read in its context into an operation.
func (p *lawParser) operation(c *clause, ctx codes.Address) (Op, error) {
	op := Op{
		Act: p.act, Pos: p.at.pos(c.start), Instruction: p.src[c.start:c.end],
		Everywhere: c.everywhere, Occurrence: c.occurrence, Heading: c.heading, Numbers: c.numbers,
	}
	target, err := resolve(ctx, c.refs)
	if err != nil {
		return op, err
	}
	if c.everywhere && len(target) > 0 {
		op.Everywhere = false // "throughout the text of Article 2": every occurrence in the article, which is the rule anyway
	}
	op.Target = target
	rule, ok := verbRules[c.verb]
	if !ok {
		return op, fmt.Errorf("no action: expected add, replace, delete or set out")
	}
	return op, rule.build(p, c, &op)
}

// resolve reads the units a clause names, in its context, as one address.
func resolve(ctx codes.Address, refs []codes.Address) (codes.Address, error) {
	target := ctx
	for i, r := range refs {
		next := within(target, r)
		if i > 0 && !slices.Equal(next[:min(len(target), len(next))], target) {
			return nil, fmt.Errorf("the instruction names %s and then %s: which unit does it act on?", target, r)
		}
		target = next
	}
	if len(target) > 0 && target[0].Kind > codes.Article {
		return nil, fmt.Errorf("%s of which article? (expected \"in Article N:\" above or \"… of Article N\")", target)
	}
	return target, nil
}

// buildAdd: "add the words "X" after the words "Y"", "supplement with the
// words "X"", "add article 380-3 to read as follows: "…"".
func buildAdd(p *lawParser, c *clause, op *Op) error {
	if len(c.words) > 0 {
		op.Kind, op.Text = Insert, c.words[len(c.words)-1].text
		op.Position, op.Anchor = End, ""
		if c.anchor != nil {
			op.Position, op.Anchor = c.position, c.anchor.text
		}
		return needTarget(op)
	}
	if c.content == nil {
		return fmt.Errorf("add what? expected quoted words or the text of the new unit")
	}
	op.Kind, op.Text = Insert, c.content.text
	if len(op.Target) == 0 {
		return fmt.Errorf("which unit is added? expected e.g. \"article 380-3\" or \"part 3-1\"")
	}
	op.Parent = op.Target.Parent()
	if isParagraph(op.Target) { // «после абзаца второго дополнить абзацем третьим»
		return paragraphAfter(c, op.Target)
	}
	if isSentence(op.Target) { // «дополнить предложением вторым следующего содержания»
		return nil
	}
	return p.parseUnit(op, c.content)
}

// buildReplace: "the words "X" shall be replaced by the words "Y"".
func buildReplace(p *lawParser, c *clause, op *Op) error {
	if len(c.words) != 2 {
		return fmt.Errorf("replace needs the old and the new words (found %d quoted texts)", len(c.words))
	}
	op.Kind, op.Old, op.Text = Replace, c.words[0].text, c.words[1].text
	return needTarget(op)
}

// buildDelete: "the words "X" shall be deleted" (words), "article 5 shall
// be excluded" (a unit).
func buildDelete(p *lawParser, c *clause, op *Op) error {
	if len(c.words) == 0 && c.content != nil { // «"and 381" shall be deleted»: quoted words all the same
		c.words = append(c.words, *c.content)
	}
	if len(c.words) > 0 {
		op.Kind, op.Old = Delete, c.words[0].text
		return needTarget(op)
	}
	op.Kind = Repeal
	if len(op.Target) == 0 {
		return fmt.Errorf("which unit is excluded? expected e.g. \"article 5\"")
	}
	return nil
}

// buildRestate: "part two shall be set out in the following wording: "…"".
func buildRestate(p *lawParser, c *clause, op *Op) error {
	if c.content == nil {
		return fmt.Errorf("set out in what wording? expected the quoted new text")
	}
	if len(op.Target) == 0 {
		return fmt.Errorf("which unit is set out anew? expected e.g. \"part two\"")
	}
	op.Kind, op.Text = Restate, c.content.text
	if c.heading {
		return p.headingText(op, c.content)
	}
	if isParagraph(op.Target) || isSentence(op.Target) {
		return nil // the quoted text is the new paragraph or sentence, not a unit
	}
	op.Parent = op.Target.Parent()
	return p.parseUnit(op, c.content)
}

// headingText reads the quoted new heading of a unit. Laws quote it bare
// («Воспрепятствование …») or as the whole heading line, number and all
// («Статья 381. Воспрепятствование …», "Chapter 16. …"): the line must
// then name the very unit the instruction names, and carry nothing but
// the heading; the heading is what follows the label.
func (p *lawParser) headingText(op *Op, q *tok) error {
	want := op.Target[len(op.Target)-1]
	in := codes.Act
	if len(op.Target) > 1 {
		in = op.Target[len(op.Target)-2].Kind
	}
	units, rest := codes.ParseFragment(q.text, p.at.pos(q.off).Line, in)
	if len(units) == 0 {
		if strings.Contains(strings.TrimSpace(q.text), "\n") {
			return fmt.Errorf("the quoted heading has more than one line (it starts %q)", firstLine(q.text))
		}
		return nil // the bare heading
	}
	u := units[0]
	switch {
	case len(units) != 1 || rest != "" || u.Text != "" || u.WrapUp != "" || len(u.Children) > 0 || len(u.Footnotes) > 0:
		return fmt.Errorf("the quoted heading must be one heading line (it starts %q)", firstLine(q.text))
	case !u.Kind.Titled():
		return fmt.Errorf("the quoted heading is %s %s, which has no heading", u.Kind, excerpt(u.Num))
	case u.Kind != want.Kind || u.Num != want.Num:
		return fmt.Errorf("the instruction sets out the heading of %s but the quoted heading is of %s %s",
			codes.Address{want}, u.Kind, excerpt(u.Num))
	}
	op.Text = u.Heading
	return nil
}

// within resolves a unit mention against the context: "part two" under
// "in Article 187:" is article:187/part:2; a mention that starts with an
// article stands alone.
func within(ctx, ref codes.Address) codes.Address {
	if len(ref) == 0 {
		return ctx
	}
	for i, s := range ctx {
		if s.Kind >= ref[0].Kind {
			return append(append(codes.Address(nil), ctx[:i]...), ref...)
		}
	}
	return append(append(codes.Address(nil), ctx...), ref...)
}

// isParagraph reports whether the address ends in a paragraph (абзац).
func isParagraph(a codes.Address) bool {
	return len(a) > 0 && a[len(a)-1].Kind == codes.Paragraph
}

// paragraphAfter checks that a paragraph inserted "after paragraph N" is
// numbered N+1 (or, "before paragraph N", N).
func paragraphAfter(c *clause, target codes.Address) error {
	if c.anchorRef == nil {
		return nil
	}
	at, err1 := strconv.Atoi(c.anchorRef[len(c.anchorRef)-1].Num)
	n, err2 := strconv.Atoi(target[len(target)-1].Num)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("paragraph numbers %s and %s are out of range", excerpt(c.anchorRef[len(c.anchorRef)-1].Num), excerpt(target[len(target)-1].Num))
	}
	if want := at + 1; c.position == After && n != want || c.position == Before && n != at {
		return fmt.Errorf("the new paragraph %d does not stand %s paragraph %d", n, c.position, at)
	}
	return nil
}

func needTarget(op *Op) error {
	if len(op.Target) == 0 && !op.Everywhere {
		return fmt.Errorf("in which unit? expected e.g. \"in part two of Article 187\" or \"throughout the text\"")
	}
	return nil
}

// parseUnit reads the quoted text of an inserted or restated unit and
// checks that it is the unit the instruction names.
func (p *lawParser) parseUnit(op *Op, q *tok) error {
	want := op.Target[len(op.Target)-1]
	in := codes.Act
	if len(op.Target) > 1 {
		in = op.Target[len(op.Target)-2].Kind
	}
	line := p.at.pos(q.off).Line
	units, rest := codes.ParseFragment(q.text, line, in)
	if rest != "" || len(units) != 1 {
		return fmt.Errorf("the quoted text must be exactly one %s (it starts %q)", want.Kind, firstLine(q.text))
	}
	u := units[0]
	if u.Kind != want.Kind || u.Num != want.Num {
		return fmt.Errorf("the instruction names %s but the quoted text is %s %s", codes.Address{want}, u.Kind, excerpt(u.Num))
	}
	op.Unit = u
	return nil
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	if r := []rune(l); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return l
}
