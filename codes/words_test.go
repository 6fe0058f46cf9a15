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
	for lang, want := range map[string]string{"en": "Text as in force on 7 March 2026.", "ru": "Редакция по состоянию на 07.03.2026.", "xx": "Text as in force on 7 March 2026."} {
		if got := WordsFor(lang).Edition(d); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
	if got := WordsFor("ru").LawChanges("252-VIII", NewDate(2026, 1, 3), "ugolovnyi-kodeks"); got != "Закон № 252-VIII от 03.01.2026: изменения в ugolovnyi-kodeks" {
		t.Errorf("ru LawChanges: %q", got)
	}
}
