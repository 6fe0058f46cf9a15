package amend

import "testing"

func TestQuotes(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`"380-3 (parts four, five and six)" to`, "380-3 (parts four, five and six)"},
		{`"380-2".;`, "380-2"},
		{"\"Article 5. The term \"official\" means\nmore.\".", "Article 5. The term \"official\" means\nmore."},
		{"«слова «в том числе» и „цитата“»;", "слова «в том числе» и «цитата»"},
		{"“a “b” c”", "a “b” c"},
	} {
		toks, err := tokenize(c.src)
		if err != nil {
			t.Errorf("tokenize(%q): %s", c.src, err.msg)
			continue
		}
		if toks[0].kind != tQuote || toks[0].text != c.want {
			t.Errorf("tokenize(%q) first token = %q, want quote %q", c.src, toks[0].text, c.want)
		}
	}
	if _, err := tokenize(`add the words "380-3 to`); err == nil || err.off != 14 {
		t.Errorf("unclosed quote: got %v, want an error at offset 14", err)
	}
}

func TestNumbersAcceptCyrillicRoman(t *testing.T) {
	toks, _ := tokenize("№ 292-VІ and 252-VIII")
	if toks[1].text != "292-VІ" || toks[3].text != "252-VIII" {
		t.Errorf("numbers read as %q and %q", toks[1].text, toks[3].text)
	}
}

// The Latin "i" of a word with Cyrillic letters reads as the Kazakh «і»,
// in either case; a word of Latin letters keeps its own, even joined to a
// Cyrillic word by a hyphen; fold also lower-cases.
func TestKazakhLetters(t *testing.T) {
	for _, tc := range []struct{ in, letters, folded string }{
		{"3 шiлдедегi", "3 шілдедегі", "3 шілдедегі"},
		{"Қылмыстық кодексi", "Қылмыстық кодексі", "қылмыстық кодексі"},
		{"ЕКIНШI", "ЕКІНШІ", "екінші"},
		{"IT-компания", "IT-компания", "it-компания"},
		{"№ 252-VIII Заңымен", "№ 252-VIII Заңымен", "№ 252-viii заңымен"},
		{"Article 1", "Article 1", "article 1"},
	} {
		if got := kazakhLetters(tc.in); got != tc.letters {
			t.Errorf("kazakhLetters(%q) = %q, want %q", tc.in, got, tc.letters)
		}
		if got := fold(tc.in); got != tc.folded {
			t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.folded)
		}
	}
}
