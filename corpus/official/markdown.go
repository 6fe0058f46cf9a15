package official

import (
	"bytes"
	"fmt"
	"go/scanner"
	"go/token"
	"strings"
	"unicode/utf8"

	"github.com/zan-law/zan/codes"
)

// quoteIndent marks a line that continues the point above it: a point's
// further paragraph, or a line of a block the point quotes. codes.ParseText
// reads an indented line as text of the innermost open unit.
const quoteIndent = "  "

// converter turns the Markdown of one or more files, in order, into Adilet
// plain text. The state carries from file to file: a section's file may
// end inside an article a later file's footnote belongs to.
type converter struct {
	out  bytes.Buffer
	errs scanner.ErrorList

	// cur is the titled unit being read (code part, section, chapter,
	// article): its head line, its footnotes and the lines after them.
	// Footnotes come last in the Markdown and first in the text.
	head      string
	footnotes []string
	body      bytes.Buffer
	open      bool // a titled unit has been read

	// pointIndent is the indentation of the point (or subpoint) last
	// read, -1 when the last unit read is not a point; lastPara is the
	// point's last paragraph, quoting whether paragraphs indented below it
	// continue it.
	pointIndent int
	lastPara    string
	continuing  bool

	// parts follows the parts and quotations of the titled unit being
	// read, for a part's indented head line (parts.go).
	parts articleParts

	// preamble allows text before the first heading: the act's title
	// lines, from its table of contents (toc) or from the head of its
	// first file (the Criminal Procedure Code's rus/sec001.md: «##
	// ОГЛАВЛЕНИЕ», its footnote, «# Уголовно-процессуальный кодекс …»).
	// title says the act's title heading (# …) was read.
	preamble, toc, title bool

	// Lines counts what became of the source's lines.
	Lines Lines
}

// Lines counts the source lines read, by what became of them: each is
// either markup (dropped: blank lines, anchors, links, front matter) or a
// line of the text (Text). Nothing else happens to a line.
type Lines struct {
	Read, Markup, Text int
}

func newConverter() *converter { return &converter{pointIndent: -1} }

// file converts one Markdown file; name is used in errors.
func (c *converter) file(name string, src []byte) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	n := 0
	inFront := false
	for len(src) > 0 {
		var raw []byte
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			raw, src = src[:i], src[i+1:]
		} else {
			raw, src = src, nil
		}
		n++
		c.Lines.Read++
		l := strings.TrimRight(string(raw), " \t\r")
		switch {
		case n == 1 && l == "---":
			inFront = true
			c.Lines.Markup++
			continue
		case inFront:
			if l == "---" {
				inFront = false
			}
			c.Lines.Markup++
			continue
		}
		if !utf8.ValidString(l) {
			c.errorf(name, n, 1, "not UTF-8 text")
			continue
		}
		c.line(name, n, l)
	}
	if inFront {
		c.errorf(name, 1, 1, "front matter is not closed: no line \"---\" after the opening one")
	}
}

func (c *converter) errorf(file string, line, col int, format string, args ...any) {
	c.errs.Add(token.Position{Filename: file, Line: line, Column: col}, fmt.Sprintf(format, args...))
}

// line reads one line of Markdown, trailing space trimmed.
func (c *converter) line(file string, n int, l string) {
	indent := 0
	for indent < len(l) && (l[indent] == ' ' || l[indent] == '\t') {
		indent++
	}
	t := l[indent:]
	col := indent + 1
	switch {
	case t == "":
		c.Lines.Markup++
		return
	case strings.HasPrefix(t, "<a id=\"") && strings.HasSuffix(t, "\"></a>"):
		c.Lines.Markup++ // an anchor: <a id="st380-3"></a>
		return
	case strings.HasPrefix(t, "↑ ["):
		c.Lines.Markup++ // ↑ [Вся редакция](../rus.md), a link to the whole edition
		return
	case t[0] == '#':
		c.heading(file, n, col, t)
		return
	case t[0] == '>':
		c.quotation(file, n, col, t)
		return
	case t[0] == '|' || t[0] == '<' || strings.HasPrefix(t, "```") || strings.HasPrefix(t, "!["):
		c.errorf(file, n, col, "markup zan cannot place in a code's text: %q", clip(t))
		return
	}
	if strings.HasPrefix(t, "- ") {
		t = t[2:] // a list marker
	}
	t = unemphasise(t)
	t = unescape(t)
	if t == "" {
		c.errorf(file, n, col, "a line with markup and no text")
		return
	}
	c.paragraph(file, n, col, indent, t)
}

// heading reads "## Глава 16. …", "### Статья 380-3. …", "## 249-бап. …".
func (c *converter) heading(file string, n, col int, t string) {
	level, h, ok := splitHeading(t)
	if !ok {
		c.errorf(file, n, col, "not a heading: %q", clip(t))
		return
	}
	k, ok := codes.HeadKind(h)
	if c.preamble && (!ok || !k.Titled()) {
		c.Lines.Text++ // the act's title, «ОГЛАВЛЕНИЕ»: lines of the act's preamble
		c.title = c.title || level == 1
		c.emit(h)
		return
	}
	if !ok || !k.Titled() {
		c.errorf(file, n, col, "heading %q is not a part, section, chapter or article of a code", clip(h))
		return
	}
	c.Lines.Text++
	c.preamble = false
	c.titled(h)
}

// splitHeading reads a Markdown heading line ("## Глава 16. …"): its level
// and its text, markup removed; ok is false for a line that is no heading.
func splitHeading(t string) (level int, h string, ok bool) {
	for level < len(t) && t[level] == '#' {
		level++
	}
	if level == 0 || level > 6 || level == len(t) || t[level] != ' ' {
		return 0, "", false
	}
	return level, unescape(unemphasise(strings.TrimSpace(t[level:]))), true
}

// opensWithTitle reports whether a file of the text begins with the act's
// preamble: a title heading (# …, level 1) before the first heading of a
// unit, as the Criminal Procedure Code's rus/sec001.md has it after «##
// ОГЛАВЛЕНИЕ» and its footnote.
func opensWithTitle(src []byte) bool {
	for l := range strings.Lines(string(src)) {
		level, h, ok := splitHeading(strings.TrimSpace(l))
		if !ok {
			continue
		}
		if k, unit := codes.HeadKind(h); unit && k.Titled() {
			return false
		}
		if level == 1 {
			return true
		}
	}
	return false
}

// titled starts a titled unit with the head line h.
func (c *converter) titled(h string) {
	c.flush()
	c.head, c.open = h, true
	c.pointIndent, c.continuing = -1, false
	c.parts = articleParts{}
}

// flush writes the titled unit read so far: head line, footnotes, body.
func (c *converter) flush() {
	if c.head != "" {
		c.out.WriteString(c.head)
		c.out.WriteByte('\n')
	}
	for _, f := range c.footnotes {
		c.out.WriteString(f)
		c.out.WriteByte('\n')
	}
	c.out.Write(c.body.Bytes())
	c.head, c.footnotes = "", c.footnotes[:0]
	c.body.Reset()
}

// quotation reads a Markdown block quote: a footnote "> *Сноска. …*",
// "> *Ескерту. …*", or an editor's note "> ℹ *Примечание РЦПИ! …*", kept as
// a line of the unit it stands in.
func (c *converter) quotation(file string, n, col int, t string) {
	q := strings.TrimSpace(strings.TrimPrefix(t, ">"))
	if rest, ok := strings.CutPrefix(q, "ℹ"); ok {
		note := unescape(unemphasise(strings.TrimSpace(rest)))
		if note == "" {
			c.errorf(file, n, col, "an empty editor's note")
			return
		}
		c.Lines.Text++
		c.emit(note)
		c.pointIndent, c.continuing = -1, false
		return
	}
	f := unescape(unemphasise(q))
	if c.preamble && f != "" {
		// The act's footnotes and «По всему тексту:» after its title: lines
		// of the preamble, which codes reads as the act's footnotes.
		c.Lines.Text++
		c.emit(f)
		return
	}
	if !codes.IsFootnote(f) {
		c.errorf(file, n, col, "a quotation that is not a footnote (Сноска. / Ескерту.): %q", clip(f))
		return
	}
	if !c.open {
		c.errorf(file, n, col, "a footnote before any heading: no unit to place it after")
		return
	}
	c.Lines.Text++
	c.footnotes = append(c.footnotes, f)
}

// paragraph places a line of text (markup removed), indented indent
// columns in the Markdown.
func (c *converter) paragraph(file string, n, col, indent int, t string) {
	k, head := codes.HeadKind(t)
	if c.toc && head && k.Titled() {
		// The older layout's table of contents lists the headings of the
		// text ("ОБЩАЯ ЧАСТЬ", "Статья 1. …") before the act's title: the
		// text's own headings follow in its files.
		c.Lines.Markup++
		return
	}
	if !c.open && !c.preamble {
		c.errorf(file, n, col, "text before the first heading: %q (zan cannot tell which unit it belongs to)", clip(t))
		return
	}
	c.Lines.Text++
	// A paragraph indented below a point continues it, unless the point
	// leads into the part's sanction ("2) группой лиц …, –" then
	// "наказывается …"): that is the part's wrap-up; or unless it is the
	// head line of the article's next part, no quotation open (parts.go).
	pointHead := head && (k == codes.Point || k == codes.Subpoint)
	belowPoint := c.pointIndent >= 0 && indent > c.pointIndent
	nextPart := false
	if belowPoint && head && k == codes.Part && !c.parts.quoted() {
		if !c.parts.next(t) {
			c.errorf(file, n, col, "an indented part %q in no quotation, and not the next part (%s): zan cannot tell a part from a paragraph of the point above it", clip(t), c.parts.lastPart())
			return
		}
		nextPart = true
	}
	if belowPoint && !nextPart && (c.continuing || !pointHead && !endsWithDash(c.lastPara)) {
		c.indented(t)
		c.continuing = true
		return
	}
	c.continuing = false
	switch {
	case head && k.Titled():
		// "Статья 51. …" outside a heading is the text of a quotation, not
		// an article: indented, it stays text of the unit it stands in.
		c.indented(t)
		return
	case pointHead:
		c.pointIndent, c.lastPara = indent, t
	default:
		c.pointIndent = -1
	}
	c.parts.read(t, head, k)
	c.emit(t)
}

// indented writes a line that continues the unit above it.
func (c *converter) indented(t string) {
	c.parts.read(t, false, 0)
	c.emit(quoteIndent + t)
}

func (c *converter) emit(l string) {
	c.body.WriteString(l)
	c.body.WriteByte('\n')
}

// endsWithDash reports whether a point leads into what follows the list:
// "2) группой лиц по предварительному сговору, –".
func endsWithDash(s string) bool {
	s = strings.TrimRight(s, " ")
	return strings.HasSuffix(s, "–") || strings.HasSuffix(s, "-") || strings.HasSuffix(s, "—")
}

// unemphasise drops emphasis around a whole line: "*3. Исключена …*",
// "**Президент Республики Казахстан**".
func unemphasise(t string) string {
	for _, m := range []string{"**", "*"} {
		if len(t) > 2*len(m) && strings.HasPrefix(t, m) && strings.HasSuffix(t, m) && !strings.HasSuffix(t, "\\"+m) {
			return t[len(m) : len(t)-len(m)]
		}
	}
	return t
}

// unescape drops the backslash of a Markdown escape: "1\)" → "1)". Only
// ASCII punctuation is escaped in Markdown; any other backslash stays.
func unescape(t string) string {
	if strings.IndexByte(t, '\\') < 0 {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] == '\\' && i+1 < len(t) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", t[i+1]) >= 0 {
			i++
		}
		b.WriteByte(t[i])
	}
	return b.String()
}

// clip shortens a line for a message.
func clip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:60]) + "…"
}

// text returns the plain text read, and the errors.
func (c *converter) text() (string, error) {
	c.flush()
	c.errs.Sort()
	return c.out.String(), c.errs.Err()
}
