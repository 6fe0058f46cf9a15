package codes

import (
	"reflect"
	"testing"
)

// TestPageWordsComplete checks that every language has every page word:
// a field left out would show an empty string on a page.
func TestPageWordsComplete(t *testing.T) {
	for lang, w := range pageWords {
		v := reflect.ValueOf(w)
		for i := range v.NumField() {
			if v.Field(i).IsZero() {
				t.Errorf("%s: no %s", lang, v.Type().Field(i).Name)
			}
		}
	}
	d := NewDate(2026, 3, 7)
	for lang, want := range map[string]string{"en": "Text as in force on 7 March 2026.", "ru": "Редакция по состоянию на 07.03.2026.", "kk": "07.03.2026 жағдай бойынша редакция.", "xx": "Text as in force on 7 March 2026."} {
		if got := WordsFor(lang).Edition(d); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if got := WordsFor("ru").LawChanges("252-VIII", NewDate(2026, 1, 3), "ugolovnyi-kodeks"); got != "Закон № 252-VIII от 03.01.2026: изменения в ugolovnyi-kodeks" {
		t.Errorf("ru LawChanges: %q", got)
	}
}

// Units are named as a reader names them, in the act's language.
func TestName(t *testing.T) {
	for _, c := range []struct {
		lang, addr, want string
	}{
		{"en", "article:187/part:2", "Article 187, part 2"},
		{"ru", "article:187/part:2", "Статья 187, часть 2"},
		{"ru", "article:380-3/part:2/point:4", "Статья 380-3, часть 2, пункт 4)"},
		{"en", "article:1/part:3/point:2/subpoint:а", "Article 1, part 3, point 2), subpoint а)"},
		{"ru", "article:5/note", "Статья 5, примечание"},
		{"en", "article:5/part:8/paragraph:2", "Article 5, part 8, paragraph 2"},
		{"ru", "chapter:16", "Глава 16"},
		{"en", "code-part:special/section:6", "Special Part, section 6"},
		{"ru", "code-part:general", "Общая часть"},
		{"ru", "code-part:final/article:5", "Заключительные положения, статья 5"},
		{"ru", "article:187/part:2/sentence:1", "Статья 187, часть 2, предложение 1"},
		{"kk", "article:187/part:2/sentence:1", "187-бап, 2-бөлік, 1-сөйлем"},
		{"kk", "article:380-3/part:2/point:4", "380-3-бап, 2-бөлік, 4) тармақ"},
		{"kk", "article:5/note", "5-бап, ескертпе"},
		{"kk", "code-part:special/chapter:16", "Ерекше бөлік, 16-тарау"},
	} {
		a, err := ParseAddress(c.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := WordsFor(c.lang).Name(a); got != c.want {
			t.Errorf("%s %s: %q, want %q", c.lang, c.addr, got, c.want)
		}
	}
}

// Every kind of unit an address can name has a word in every language.
func TestUnitWordsComplete(t *testing.T) {
	for lang, w := range pageWords {
		for k := Section; k <= List; k++ {
			if k != CodePart && w.Units[k] == "" {
				t.Errorf("%s: no word for %s", lang, k)
			}
		}
	}
}
