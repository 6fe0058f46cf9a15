package codes

import (
	"bytes"
	"strings"

	"github.com/zan-law/zan/codes/frontmatter"
)

// RenderOptions control what Render writes besides the act's own text.
type RenderOptions struct {
	// Provenance writes the footnotes that edits added (Footnote.Law set);
	// footnotes that came with the text are always written.
	Provenance bool
	// Pending writes the notes on changes signed but not yet in force.
	Pending bool
}

// RenderText writes the unit tree as Adilet plain text.
func RenderText(root *Unit, opt RenderOptions) string {
	var b strings.Builder
	b.Grow(textSize(root))
	writeText(&b, root, opt)
	return b.String()
}

// Size is what a unit tree holds, for sizing what is written of it at
// once (a code is megabytes): the bytes of its words (labels, headings,
// texts, wrap-ups and footnotes), its units and its footnotes.
type Size struct{ Bytes, Units, Footnotes int }

// Measure returns the size of the tree below root, root included.
func Measure(root *Unit) Size {
	var s Size
	Walk(root, func(u *Unit, entering bool) bool {
		if entering {
			s.Units++
			s.Bytes += len(u.Label) + len(u.Heading) + len(u.Text) + len(u.WrapUp)
			for _, f := range u.Footnotes {
				s.Footnotes++
				s.Bytes += len(f.Text)
			}
		}
		return true
	})
	return s
}

// textSize is about the size of the unit tree's text: enough that writing
// it never grows the buffer.
func textSize(root *Unit) int {
	s := Measure(root)
	return s.Bytes + 3*s.Units + s.Footnotes
}

// writer is what the text is written to: a strings.Builder or bytes.Buffer.
type writer interface {
	WriteString(string) (int, error)
	WriteByte(byte) error
}

func writeText(b writer, root *Unit, opt RenderOptions) {
	Walk(root, func(u *Unit, entering bool) bool {
		if !entering {
			writeParagraphs(b, u.WrapUp)
			return true
		}
		rest := u.Text
		if u.Kind != Act {
			b.WriteString(u.Label)
			if u.Kind.Titled() {
				b.WriteString(u.Heading)
			} else {
				var first string
				first, rest, _ = strings.Cut(u.Text, "\n")
				b.WriteString(first)
			}
			b.WriteByte('\n')
		}
		if u.Kind == Act { // the act's footnotes follow its title lines
			writeParagraphs(b, rest)
			writeFootnotes(b, u, opt)
			return true
		}
		writeFootnotes(b, u, opt)
		writeParagraphs(b, rest)
		return true
	})
}

func writeFootnotes(b writer, u *Unit, opt RenderOptions) {
	for _, f := range u.Footnotes {
		if text, ok := f.Shown(opt); ok {
			b.WriteString(text)
			b.WriteByte('\n')
		}
	}
}

func writeParagraphs(b writer, s string) {
	if s != "" {
		b.WriteString(s)
		b.WriteByte('\n')
	}
}

// Render writes a code file: front matter, then the text. It reads back
// with Parse as the same edition.
func Render(d *Doc, opt RenderOptions) ([]byte, error) {
	fm, err := frontmatter.Encode(&d.Meta)
	if err != nil {
		return nil, err
	}
	b := bytes.NewBuffer(make([]byte, 0, len(fm)+textSize(d.Root)))
	b.Write(fm)
	writeText(b, d.Root, opt)
	return b.Bytes(), nil
}
