package codes

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zan-law/zan/codes/frontmatter"
)

// Parse reads a code file: YAML front matter, then the act's plain text.
// Errors concern the front matter only; the text itself always parses.
func Parse(file string, src []byte) (*Doc, error) {
	d, body, bodyLine, err := ParseFrontMatter(file, string(src))
	if err != nil {
		return nil, err
	}
	d.Root = ParseText(body, bodyLine)
	return d, nil
}

// ParseFrontMatter reads a code file's front matter, as Parse does, and
// returns the document without its tree (Root nil), the act's plain text
// (a substring of src: a code's megabytes are not copied) and the file
// line it starts on. It is for callers that parse the text their own way:
// a diff parses only the articles that differ (Spans).
func ParseFrontMatter(file string, src string) (d *Doc, body string, bodyLine int, err error) {
	// The front matter is split from the first whole lines of src, enough
	// of them to hold it: the same split as from all of src (it ends at the
	// first fence line), without converting the text to bytes.
	var meta, text []byte
	for n := 4096; ; n *= 2 {
		head := src
		if n < len(src) {
			i := strings.LastIndexByte(src[:n], '\n')
			if i < 0 {
				continue
			}
			head = src[:i+1]
		}
		meta, text, bodyLine, err = frontmatter.Split(file, []byte(head))
		if err == nil {
			body = src[len(head)-len(text):]
			break
		}
		if len(head) == len(src) {
			return nil, "", 0, err
		}
	}
	d = &Doc{File: file}
	if err := frontmatter.Decode(file, meta, &d.Meta); err != nil {
		return nil, "", 0, err
	}
	if err := d.Meta.check(); err != nil {
		return nil, "", 0, fmt.Errorf("%s:1:1: front matter: %w", file, err)
	}
	return d, body, bodyLine, nil
}

func (m *Meta) check() error {
	return frontmatter.Require("code", m.Kind,
		frontmatter.Field{Name: "id", Empty: m.ID == ""}, frontmatter.Field{Name: "title", Empty: m.Title == ""},
		frontmatter.Field{Name: "date", Empty: m.Date.IsZero()}, frontmatter.Field{Name: "language", Empty: m.Language == ""},
		frontmatter.Field{Name: "edition", Empty: m.Edition.IsZero()}, // the date the text is in force on: laws apply after it
	)
}

// Normalise gives text the storage form: "\n" line ends, no trailing white
// space, no blank lines, one "\n" at the end. Words are never touched.
func Normalise(text string) string {
	var b strings.Builder
	for line := range strings.Lines(text) {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if line == "" {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// ParseText builds the unit tree of an act's plain text (normalised first).
// firstLine is the file line of the text's first line, for Unit.Line.
func ParseText(text string, firstLine int) *Unit {
	p := &parser{stack: []*Unit{{Kind: Act}}}
	p.lines(text, firstLine)
	return p.stack[0]
}

// lines reads text, whose first line is the file's line firstLine.
func (p *parser) lines(text string, firstLine int) {
	line := firstLine
	for l := range strings.Lines(text) {
		l = strings.TrimRightFunc(l, unicode.IsSpace)
		if l != "" {
			p.line(l, line)
		}
		line++
	}
}

// A Span is a stretch of an act's plain text that opens a unit wherever it
// stands: from the head line of a code part, section, chapter or article to
// the next such line. The text before the first is a span of kind Act.
type Span struct {
	Kind       Kind
	Start, End int   // byte offsets in the text; End is the next span's Start
	Line       int   // the file line of Start
	match      []int // of the head line's pattern (parser.line's m)
	// Skip asks ParseSpans to place Head (from HeadUnit) in the tree
	// without reading the article span: a diff gives two editions the same
	// Head for an article they have word for word (codes/diff.Texts).
	Skip bool
	Head *Unit
}

// HeadUnit returns the unit the span's head line opens, as the parser
// makes it, with nothing below its head line; nil for the act's span.
func (s Span) HeadUnit(text string) *Unit {
	if s.match == nil {
		return nil
	}
	l := strings.TrimRightFunc(s.HeadLine(text), unicode.IsSpace)
	return headUnit(s.Kind, l, s.match, s.Line)
}

// HeadLine is the span's first line in text, without its "\n".
func (s Span) HeadLine(text string) string {
	span := text[s.Start:s.End]
	if i := strings.IndexByte(span, '\n'); i >= 0 {
		return span[:i]
	}
	return span
}

// Spans cuts an act's plain text, whose first line is the file's line
// firstLine, into spans. ParseText opens a code part, section, chapter or
// article at its head line whatever units are open (the act holds them
// all), and every line up to the next such head line belongs to that unit
// or the units under it; so an article's span parses to the same subtree
// wherever it stands, and two editions can be compared article by article
// as text, parsing only the articles that differ.
func Spans(text string, firstLine int) []Span {
	var out []Span
	cur := Span{Kind: Act, Line: firstLine}
	line := firstLine
	for i := 0; i < len(text); line++ {
		next := len(text)
		if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
			next = i + j + 1
		}
		r, _ := utf8.DecodeRuneInString(text[i:])
		if unicode.IsDigit(r) && !kazakhNumbered(text[i:next]) || !headStarts[unicode.ToLower(r)] {
			i = next // most lines: "1. …", "2) …", "The act …"
			continue
		}
		if k, m := opens(strings.TrimRightFunc(text[i:next], unicode.IsSpace)); m != nil {
			if cur.End = i; cur.End > cur.Start || cur.Kind != Act {
				out = append(out, cur)
			}
			cur = Span{Kind: k, Start: i, Line: line, match: m}
		}
		i = next
	}
	if cur.End = len(text); cur.End > cur.Start || cur.Kind != Act {
		out = append(out, cur)
	}
	return out
}

// ParseSpans builds the unit tree of a text cut by Spans, as ParseText
// does, except that the Head of an article span marked Skip is placed in
// the tree and the span is not read. (An article holds none of the units
// that open anywhere, so nothing is ever added to a Head placed in two
// trees.)
func ParseSpans(text string, spans []Span) *Unit {
	p := &parser{stack: []*Unit{{Kind: Act}}}
	for _, s := range spans {
		if s.Skip && s.Kind == Article && s.Head != nil && p.open(Article) {
			p.attach(s.Head)
			continue
		}
		p.lines(text[s.Start:s.End], s.Line)
	}
	return p.stack[0]
}

// headStarts are the first letters (lower-cased) of headWords: a line
// starting with another letter, a digit or a sign opens no unit anywhere.
var headStarts = func() map[rune]bool {
	m := map[rune]bool{}
	for r := '0'; r <= '9'; r++ { // Kazakh heads: "249-бап. …", "8-тарау. …"
		m[r] = true
	}
	for w := range headWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = true
	}
	return m
}()

// opens returns the kind of unit the line l opens wherever it stands, and
// the match of its head pattern: the first pattern it matches (as
// parser.line tries them), when the act may hold that kind; else nil.
func opens(l string) (Kind, []int) {
	heads := candidates(l)
	if !slices.ContainsFunc(heads, func(h headPattern) bool { return holdsAlways(h.kind) }) {
		return 0, nil // "2. …", "4) …": parts and points open only inside an article
	}
	for _, h := range heads {
		if m := h.re.FindStringSubmatchIndex(l); m != nil {
			if !holdsAlways(h.kind) {
				return 0, nil
			}
			return h.kind, m
		}
	}
	return 0, nil
}

// holdsAlways reports whether a unit of kind k may stand in the act
// itself, which is always open: its head line opens it in any context.
func holdsAlways(k Kind) bool { return holds(Act, k) }

// parser keeps the chain of open units, root first.
type parser struct {
	stack     []*Unit
	afterHead bool // the last line was the head line (or a footnote) of the top unit
}

func (p *parser) top() *Unit { return p.stack[len(p.stack)-1] }

// inPreamble reports whether the parser is still before the act's first
// unit, where footnotes on the whole act ("Throughout the text …") follow
// the title lines.
func (p *parser) inPreamble() bool {
	return len(p.stack) == 1 && p.stack[0].Kind == Act && len(p.stack[0].Children) == 0
}

func (p *parser) line(l string, n int) {
	if l[0] == ' ' || l[0] == '\t' {
		p.continued(l)
		return
	}
	if (p.afterHead || p.inPreamble()) && footnoteLine.MatchString(l) {
		p.top().Footnotes = append(p.top().Footnotes, Footnote{Text: l, Pending: pendingLine.MatchString(l)})
		return
	}
	for _, h := range candidates(l) {
		m := h.re.FindStringSubmatchIndex(l)
		if m == nil || !p.open(h.kind) {
			continue
		}
		p.attach(headUnit(h.kind, l, m, n))
		return
	}
	p.text(l)
}

// headUnit is the unit of kind k that the head line l (the file's line n)
// opens; m is the match of its head pattern.
func headUnit(k Kind, l string, m []int, n int) *Unit {
	u := &Unit{Kind: k, Label: l[:m[3]], Line: n}
	if m[4] >= 0 {
		u.Num = l[m[4]:m[5]]
	}
	if k == CodePart {
		u.Num = codePartNum(u.Label)
	}
	if k.Titled() {
		u.Heading = l[m[3]:]
	} else {
		u.Text = l[m[3]:]
	}
	return u
}

// container is, per kind, the kinds of unit it may be placed in directly,
// and whether such a unit must already be open for the line to count as
// this kind at all (a "1) …" line outside any article is plain text).
var container = map[Kind][]Kind{
	CodePart: {Act},
	Section:  {CodePart, Act},
	Chapter:  {Section, CodePart, Act},
	Article:  {Chapter, Section, CodePart, Act},
	Note:     {Article},
	Part:     {Article, Note},
	Point:    {Part, Article, Note},
	Subpoint: {Point},
}

// open closes units until the top of the stack may hold a unit of kind k.
// It reports false, closing nothing, if no open unit may hold it.
func (p *parser) open(k Kind) bool {
	for i := len(p.stack) - 1; i >= 0; i-- {
		if holds(p.stack[i].Kind, k) {
			p.stack = p.stack[:i+1]
			return true
		}
	}
	return false
}

// holds reports whether a unit of kind parent may hold one of kind k.
func holds(parent, k Kind) bool {
	for _, c := range container[k] {
		if c == parent {
			return true
		}
	}
	return false
}

// attach adds u as the last child of the top unit and opens it. A wrap-up
// already read for the top unit turns out not to be final: it stays where
// it stood, after the previous child.
func (p *parser) attach(u *Unit) {
	t := p.top()
	if t.WrapUp != "" {
		last := t.Children[len(t.Children)-1]
		last.WrapUp = joinParagraphs(last.WrapUp, t.WrapUp)
		t.WrapUp = ""
	}
	t.Children = append(t.Children, u)
	p.stack = append(p.stack, u)
	p.afterHead = true
}

// text adds a plain line to the innermost open unit: a line after a point
// is its part's wrap-up (the sanction after the points), not the point's.
func (p *parser) text(l string) {
	for k := p.top().Kind; k == Point || k == Subpoint; k = p.top().Kind {
		p.stack = p.stack[:len(p.stack)-1]
	}
	p.continued(l)
}

// continued adds a line to the innermost open unit, a point included. An
// indented line comes here whatever it says: it continues the unit above
// it and never opens one. That is how a code file keeps a quoted block
// inside the unit that quotes it — a final provision restating an article,
// «… статью 51 изложить в следующей редакции:» then «"Статья 51. …», its
// parts and its note, each line indented — and a point's second paragraph
// inside the point.
func (p *parser) continued(l string) {
	p.afterHead = false
	t := p.top()
	if p.inPreamble() && len(t.Footnotes) > 0 {
		// The footnotes were not the preamble's last lines: they are text.
		for _, f := range t.Footnotes {
			t.Text = joinParagraphs(t.Text, f.Text)
		}
		t.Footnotes = nil
	}
	switch {
	case len(t.Children) > 0:
		t.WrapUp = joinParagraphs(t.WrapUp, l)
	case t.Kind.Titled() || t.Kind == Act:
		t.Text = joinParagraphs(t.Text, l)
	default: // the head line holds the first paragraph, even an empty one
		t.Text += "\n" + l
	}
}

func joinParagraphs(a, b string) string {
	if a == "" {
		return b
	}
	return a + "\n" + b
}

// ParseFragment parses the quoted text of a unit (from an amending law) as
// it would stand inside a unit of kind in: "Article 380-3. …" inside the
// act, "3-1. …" inside an article. It returns the units read and any text
// that is not part of them (which the caller reports).
func ParseFragment(text string, firstLine int, in Kind) ([]*Unit, string) {
	holder := &Unit{Kind: in}
	root := holder
	p := &parser{stack: []*Unit{holder}}
	if in != Act {
		root = &Unit{Kind: Act, Children: []*Unit{holder}}
		p.stack = []*Unit{root, holder}
	}
	p.lines(text, firstLine)
	rest := holder.Text + holder.WrapUp
	if len(root.Children) > 1 || (root != holder && root.Text != "") {
		rest += "\n(text outside the " + in.String() + ")"
	}
	return holder.Children, rest
}
