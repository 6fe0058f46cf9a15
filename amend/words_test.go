package amend

import (
	"slices"
	"testing"
)

func TestOccurrencesTokenBoundaries(t *testing.T) {
	for _, c := range []struct {
		s, words string
		want     []int
	}{
		{"380, 380-1, 380-2, 382", "380-2", []int{12}},
		{"380-21, 1380-2, 380-2", "380-2", []int{16}},
		{"377, 379-1, 379 (part two)", "379", []int{12}},
		{"380", "380", []int{0}},
		{"a (part two), b (part two)", "(part two)", []int{2, 16}},
		{"слова «X» и слово", "слов", nil},
	} {
		if got := occurrences(c.s, c.words); !slices.Equal(got, c.want) {
			t.Errorf("occurrences(%q, %q) = %v, want %v", c.s, c.words, got, c.want)
		}
	}
}

func TestInsertSeparator(t *testing.T) {
	for _, c := range []struct {
		s, anchor, text string
		pos             Position
		want            string
	}{
		// The seed: a number into an enumeration of article numbers.
		{"377, 380, 380-1, 380-2, 382 (part two)", "380-2", "380-3 (parts four, five and six)", After,
			"377, 380, 380-1, 380-2, 380-3 (parts four, five and six), 382 (part two)"},
		// Russian drafters bring the comma themselves.
		{"380-1, 380-2, 382", "380-2", ", 380-3", After, "380-1, 380-2, 380-3, 382"},
		{"investigators of internal affairs", "investigators", "and inquiry officers", After,
			"investigators and inquiry officers of internal affairs"},
		{"377, 380, 382", "380", "379-1", Before, "377, 379-1, 380, 382"},
		{"377, 380, 382", "380", "379-1 (part one),", Before, "377, 379-1 (part one), 380, 382"},
		{"214-2 (part one), 233, 234", "233", "216 (part one)", Before, "214-2 (part one), 216 (part one), 233, 234"},
		{"245 (part one), 248", "245 (part one)", "246 (part two)", After, "245 (part one), 246 (part two), 248"},
	} {
		at := occurrences(c.s, c.anchor)[0]
		if got, _ := insertAt(c.s, at, at+len(c.anchor), c.anchor, c.text, c.pos); got != c.want {
			t.Errorf("insert %q %s %q in %q:\n got %q\nwant %q", c.text, c.pos, c.anchor, c.s, got, c.want)
		}
	}
}

func TestAppendWordsBeforeClosingPunctuation(t *testing.T) {
	for _, c := range []struct{ s, text, want string }{
		{"по предварительному сговору;", "или преступной группой", "по предварительному сговору или преступной группой;"},
		{"of this chapter.", "and Article 200 of this Code", "of this chapter and Article 200 of this Code."},
		{"committed:", ", and also", "committed, and also:"},
		{"no closing mark", "words", "no closing mark words"},
		{"неоднократно, –", "или с применением насилия", "неоднократно или с применением насилия, –"},
		{"операции, –", ", совершенное группой лиц", "операции, совершенное группой лиц, –"},
		{"the act committed –", "by a group", "the act committed by a group –"},
		{"repeatedly, -", "or by a group", "repeatedly or by a group, -"},
	} {
		if got, _, err := appendWords(c.s, c.text); err != nil || got != c.want {
			t.Errorf("appendWords(%q, %q) = %q, %v, want %q", c.s, c.text, got, err, c.want)
		}
	}
	if got, _, err := appendWords("неоднократно, –", "или группой лиц, –"); err == nil {
		t.Errorf("words closing with a dash after a dash: got %q, want an error", got)
	}
	// Words that close themselves: a new sentence follows the unit's
	// closing mark; other words take the place of a mark like their own;
	// a mark unlike theirs is the drafter's to choose.
	for _, c := range []struct{ s, text, want string }{
		{"of this chapter.", "This applies to notes.", "of this chapter. This applies to notes."},
		{"по предварительному сговору;", "или преступной группой;", "по предварительному сговору или преступной группой;"},
		{"of this chapter.", "and of Article 5.", "of this chapter and of Article 5."},
		{"no closing mark", "words;", "no closing mark words;"},
	} {
		if got, _, err := appendWords(c.s, c.text); err != nil || got != c.want {
			t.Errorf("appendWords(%q, %q) = %q, %v, want %q", c.s, c.text, got, err, c.want)
		}
	}
	for _, c := range [][2]string{{"по предварительному сговору;", "или преступной группой."}, {"неоднократно, –", "или группой лиц;"}} {
		if got, _, err := appendWords(c[0], c[1]); err == nil {
			t.Errorf("appendWords(%q, %q) = %q, want an error", c[0], c[1], got)
		}
	}
}

func TestDeleteWordsLeavesNoDoubleSpace(t *testing.T) {
	for _, c := range []struct{ s, words, want string }{
		{"by investigators of internal affairs bodies and of internal affairs bodies.", "of internal affairs bodies", "by investigators and."},
		{"the anti-corruption service, the economic investigation service or the State", ", the economic investigation service", "the anti-corruption service or the State"},
		{"X begins", "X", "begins"},
		{"(X and Y)", "X and", "(Y)"},
	} {
		got := c.s
		at := occurrences(got, c.words)
		for i := len(at) - 1; i >= 0; i-- {
			got = deleteAt(got, at[i], at[i]+len(c.words))
		}
		if got != c.want {
			t.Errorf("deleting %q from %q: got %q, want %q", c.words, c.s, got, c.want)
		}
	}
}

func TestReplaceWordsJoinsAsTheOldWordsDid(t *testing.T) {
	for _, c := range []struct{ s, old, text, want, sep string }{
		// Law No. 490-IV, Article 172 of the Criminal Code of 1997: the old
		// words start with a comma, the new ones with a word.
		{"пайдалану жолымен, сол сияқты өзге де", ", сол сияқты", "не", "пайдалану жолымен не өзге де", " "},
		{"by technical means, as well as by other", ", as well as", "or", "by technical means or by other", " "},
		// Near misses: new words with their own comma join as the old did;
		// old words after a space keep it; new words after an opening
		// bracket get none.
		{"пайдалану жолымен, сол сияқты өзге де", ", сол сияқты", ", не", "пайдалану жолымен, не өзге де", ""},
		{"требованию или распоряжению", "или распоряжению", ", распоряжению или указанию", "требованию, распоряжению или указанию", ""},
		{"службой экономических расследований", "службой", "органами", "органами экономических расследований", ""},
		{"(, X)", ", X", "Y", "(Y)", ""},
	} {
		at := occurrences(c.s, c.old)
		if len(at) != 1 {
			t.Fatalf("%q in %q: %d occurrences", c.old, c.s, len(at))
		}
		got, sep := replaceAt(c.s, at[0], at[0]+len(c.old), c.text)
		if got != c.want || sep != c.sep {
			t.Errorf("replacing %q by %q in %q: got %q (separator %q), want %q (separator %q)", c.old, c.text, c.s, got, sep, c.want, c.sep)
		}
	}
}

func TestSentences(t *testing.T) {
	for _, c := range []struct {
		lx   *lexicon
		text string
		want []string
	}{
		{lexicons["ru"](), "Первое предложение. Второе, см. ст. 5 Кодекса. Третье; Четвертое",
			[]string{"Первое предложение.", "Второе, см. ст. 5 Кодекса.", "Третье;", "Четвертое"}},
		{lexicons["ru"](), "Подписал К. Токаев, т.е. Президент. Сумма 1.5 МРП. Далее", []string{"Подписал К. Токаев, т.е. Президент.", "Сумма 1.5 МРП.", "Далее"}},
		{lexicons["ru"](), "Закон РК. Текст", []string{"Закон РК.", "Текст"}},
		{lexicons["en"](), "See Art. 5 and No. 3. Then, i.e. Next. end. lower", []string{"See Art. 5 and No. 3.", "Then, i.e. Next. end. lower"}},
	} {
		var got []string
		for _, s := range sentences(c.text, c.lx.abbreviations) {
			got = append(got, c.text[s.start:s.end])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("sentences(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// Kazakh words match across the Latin "i" and the Kazakh «і», each text
// keeping its own letters: the code's «екi мың» (Latin) is the law's «екі
// мың», and the match spans the code's bytes.
func TestMatchesLookAlikes(t *testing.T) {
	for _, c := range []struct {
		s, words string
		want     []match
	}{
		{"екi мың айлық", "екі мың", []match{{0, 12}}}, // code Latin, law Kazakh
		{"екі мың айлық", "екi мың", []match{{0, 13}}}, // code Kazakh, law Latin
		{"бес екiншi екі", "екі", []match{{18, 24}}},   // token boundaries still hold
		{"in this", "in", []match{{0, 2}}},             // English: byte for byte
		{"шiлдедегi", "шілдедегі", []match{{0, 16}}},
	} {
		if got := matches(c.s, c.words); !slices.Equal(got, c.want) {
			t.Errorf("matches(%q, %q) = %v, want %v", c.s, c.words, got, c.want)
		}
	}
}
