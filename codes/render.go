package codes

import (
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
	Walk(root, func(u *Unit, entering bool) bool {
		if !entering {
			writeParagraphs(&b, u.WrapUp)
			return true
		}
		rest := u.Text
		if u.Kind != Act {
			b.WriteString(u.headLine())
			b.WriteByte('\n')
			if !u.Kind.Titled() {
				_, rest, _ = strings.Cut(u.Text, "\n")
			}
		}
		if u.Kind == Act { // the act's footnotes follow its title lines
			writeParagraphs(&b, rest)
			writeFootnotes(&b, u, opt)
			return true
		}
		writeFootnotes(&b, u, opt)
		writeParagraphs(&b, rest)
		return true
	})
	return b.String()
}

func writeFootnotes(b *strings.Builder, u *Unit, opt RenderOptions) {
	for _, f := range u.Footnotes {
		if text, ok := f.Shown(opt); ok {
			b.WriteString(text)
			b.WriteByte('\n')
		}
	}
}

func writeParagraphs(b *strings.Builder, s string) {
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
	return append(fm, RenderText(d.Root, opt)...), nil
}
