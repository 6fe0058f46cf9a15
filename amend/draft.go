package amend

import (
	"bytes"
	"strings"
	"unicode"

	"github.com/zan-law/zan/codes"
)

// DraftNumber is the number a draft law goes by until it has one.
const DraftNumber = "draft"

// ParseDraft reads a draft law, as a reviewer pastes it: with front matter
// (then as Parse does), or without. A draft without front matter has no
// number, no date and no publication yet: it is numbered DraftNumber, dated
// date, titled by its first line, and read in the language its letters are
// written in (Cyrillic: Russian; Kazakh letters: Kazakh; else English). The
// codes it amends come from its text, as for any law.
func ParseDraft(file string, src []byte, date codes.Date) (*Law, error) {
	src = bytes.TrimPrefix(src, []byte("\ufeff")) // a file saved by Notepad
	if bytes.HasPrefix(src, []byte("---\n")) || bytes.HasPrefix(src, []byte("---\r\n")) {
		return Parse(file, src)
	}
	title, _, _ := strings.Cut(strings.TrimSpace(string(src)), "\n")
	law := &Law{File: file, draft: true, Meta: Meta{
		Kind: "law", Number: DraftNumber, Title: strings.TrimSpace(title), Date: date,
		Language: languageOf(string(src)),
	}}
	return law.read(src, 1)
}

// languageOf guesses the language a text is written in from its letters:
// "kk" when it has letters only the Kazakh alphabet has, "ru" when most are
// Cyrillic, else "en".
func languageOf(s string) string {
	cyrillic, latin := 0, 0
	for _, r := range s {
		switch {
		case strings.ContainsRune("әғқңөұүһӘҒҚҢӨҰҮҺ", r):
			return "kk"
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if cyrillic > latin {
		return "ru"
	}
	return "en"
}
