package markdown

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/zan-law/zan/codes"
)

// Render writes the edition d as Markdown:
//
//	# Criminal Code of the Republic of Kazakhstan
//
//	_Text as in force on 7 March 2026._
//
//	##### Article 380-3. Threatening or using violence …[^5] {#article-380-3}
//
//	<a id="article-380-3-part-2"></a>2\. The act provided for …, committed:
//
//	<a id="article-380-3-part-2-point-1"></a>1\) in relation to two or more persons;
//
//	is punishable by restriction of liberty …
//
//	[^5]: Footnote. …
//
// The title is the act's title from the front matter (the act's first line
// when it repeats it is not written twice); the footnotes shown are those
// codes.Footnote.Shown gives for opt.
func Render(d *codes.Doc, opt codes.RenderOptions) []byte {
	md, _ := RenderPlaces(d, opt)
	return md
}

// RenderPlaces is Render and Places in one walk of the tree.
func RenderPlaces(d *codes.Doc, opt codes.RenderOptions) ([]byte, []Place) {
	w := &writer{opt: opt}
	size, units := measure(d.Root)
	w.b.Grow(size)
	w.title(d)
	places := make([]Place, 0, units)
	walk(d.Root, units, func(p Place, entering bool) bool {
		if entering && p.Unit != d.Root {
			places = append(places, p)
		}
		switch u := p.Unit; {
		case !entering:
			w.paragraphs(u.WrapUp)
		case u.Kind == codes.Act:
			// The title was written; the preamble's footnotes went with it.
		case HeadingLevel(u.Kind) > 0:
			w.heading(p)
			w.paragraphs(u.Text)
		default:
			first, rest, _ := strings.Cut(u.Text, "\n")
			w.anchored(p, u.Label+first)
			w.paragraphs(rest)
		}
		return true
	})
	w.footnoteDefinitions()
	return w.b.Bytes(), places
}

// measure returns about how long the Markdown of the tree below root is
// (its text, and room for the labels, anchors and footnote marks) and how
// many units it has, so that the Markdown and the places are made at their
// size at once, not grown step by step.
func measure(root *codes.Unit) (size, units int) {
	s := codes.Measure(root)
	size = s.Bytes + 64*s.Units + 16*s.Footnotes
	return size + size/8, s.Units
}

// writer accumulates the Markdown and the footnotes to define at the end.
type writer struct {
	b         bytes.Buffer
	opt       codes.RenderOptions
	footnotes []string // the text of footnote n+1
}

// title writes the act's title, the edition line and the preamble: the
// act's text before its first unit ("The Code of the Republic of
// Kazakhstan dated July 3, 2014 No. 226-V.").
func (w *writer) title(d *codes.Doc) {
	title, preamble := d.Meta.Title, d.Root.Text
	first, rest, _ := strings.Cut(preamble, "\n")
	if title == "" || first == title {
		title, preamble = first, rest
	}
	w.b.WriteString("# ")
	w.b.WriteString(escapeInline(title))
	w.refs(d.Root)
	w.b.WriteString("\n\n")
	if line := Edition(d.Meta); line != "" {
		w.b.WriteString("_" + escapeInline(line) + "_\n\n")
	}
	w.paragraphs(preamble)
}

// heading writes the head line of a titled unit with its id.
func (w *writer) heading(p Place) {
	u := p.Unit
	w.b.WriteString(strings.Repeat("#", HeadingLevel(u.Kind)))
	w.b.WriteByte(' ')
	w.b.WriteString(escapeInline(u.Label + u.Heading))
	w.refs(u)
	if p.Anchor != "" {
		w.b.WriteString(" {#")
		w.b.WriteString(p.Anchor)
		w.b.WriteString("}")
	}
	w.b.WriteString("\n\n")
}

// anchored writes the head paragraph of a part, point, subpoint or note,
// its label kept as text, after an anchor: goldmark's attribute syntax
// gives ids to headings only, and an inline <a id> is what CommonMark
// renderers (and GitHub) keep. codes/html moves the id onto the paragraph.
func (w *writer) anchored(p Place, text string) {
	if p.Anchor != "" {
		w.b.WriteString(`<a id="`)
		w.b.WriteString(p.Anchor)
		w.b.WriteString(`"></a>`)
	}
	w.b.WriteString(escapeParagraph(text))
	w.refs(p.Unit)
	w.b.WriteString("\n\n")
}

// paragraphs writes each line of text as a paragraph of its own.
func (w *writer) paragraphs(text string) {
	if text == "" {
		return
	}
	for line := range strings.SplitSeq(text, "\n") {
		if line = escapeParagraph(line); line != "" {
			w.b.WriteString(line)
			w.b.WriteString("\n\n")
		}
	}
}

// refs writes a footnote reference for each footnote of u that is shown.
func (w *writer) refs(u *codes.Unit) {
	for _, f := range u.Footnotes {
		if text, ok := f.Shown(w.opt); ok {
			w.footnotes = append(w.footnotes, text)
			w.b.WriteString("[^" + strconv.Itoa(len(w.footnotes)) + "]")
		}
	}
}

// footnoteDefinitions writes the footnotes, in the order referred to.
func (w *writer) footnoteDefinitions() {
	for i, text := range w.footnotes {
		w.b.WriteString("[^" + strconv.Itoa(i+1) + "]: " + escapeParagraph(text) + "\n\n")
	}
}
