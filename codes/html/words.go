package html

// words are the page's own words, in the act's language. A new language
// (Kazakh) adds a line to lexicon.
type words struct {
	Contents string // the heading of the table of contents
	Source   string // what precedes the front matter's source note
}

var lexicon = map[string]words{
	"en": {Contents: "Contents", Source: "Source"},
	"ru": {Contents: "Содержание", Source: "Источник"},
}

// wordsFor returns the words of language lang, English when zan has none
// for it.
func wordsFor(lang string) words {
	if w, ok := lexicon[lang]; ok {
		return w
	}
	return lexicon["en"]
}
