package markdown

import (
	"fmt"

	"github.com/zan-law/zan/codes"
)

// words are what the Markdown adds to the act's own text, in the act's
// language. A new language (Kazakh) adds a line to lexicon.
type words struct {
	// edition is the line under the title: the date the text is in force on.
	edition func(codes.Date) string
}

var lexicon = map[string]words{
	"en": {edition: func(d codes.Date) string {
		return fmt.Sprintf("Text as in force on %d %s %d.", d.Day(), d.Month(), d.Year())
	}},
	"ru": {edition: func(d codes.Date) string {
		return "Редакция по состоянию на " + d.Format("02.01.2006") + "."
	}},
}

// Edition returns the line under the title: "Text as in force on 7 March
// 2026.", in the act's language; "" when the edition date is not known.
func Edition(m codes.Meta) string {
	if m.Edition.IsZero() {
		return ""
	}
	return wordsFor(m.Language).edition(m.Edition)
}

// wordsFor returns the words of language lang, English when zan has none
// for it.
func wordsFor(lang string) words {
	if w, ok := lexicon[lang]; ok {
		return w
	}
	return lexicon["en"]
}
