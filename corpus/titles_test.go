package corpus

import (
	"testing"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
)

// A Kazakh law names its code with the Kazakh «і» or the Latin "i"; the
// code's title, as kazakhstan-law/codes and Adilet give it, may have either
// («Қазақстан Республикасының Қылмыстық кодексi»). The letters are one, and
// so are two spaces and one (Adilet's «Уголовный кодекс  Республики
// Казахстан»); another word, date or language is another act.
func TestMatchesTitleLookAlikes(t *testing.T) {
	code := &codes.Doc{Meta: codes.Meta{Title: "Қазақстан Республикасының Қылмыстық кодексi", Date: codes.NewDate(1997, 7, 16), Language: "kk"}}
	for _, c := range []struct {
		title    string
		date     codes.Date
		language string
		want     bool
	}{
		{"Қазақстан Республикасының Қылмыстық кодексі", codes.NewDate(1997, 7, 16), "kk", true},
		{"Қазақстан Республикасының Қылмыстық кодексi", codes.NewDate(1997, 7, 16), "kk", true},
		{"Қазақстан Республикасының Қылмыстық-процестік кодексі", codes.NewDate(1997, 7, 16), "kk", false},
		{"Қазақстан Республикасының Қылмыстық кодексі", codes.NewDate(2014, 7, 3), "kk", false},
		{"Қазақстан Республикасының Қылмыстық кодексі", codes.NewDate(1997, 7, 16), "ru", false},
		{"Қазақстан Республикасының  Қылмыстық кодексi", codes.NewDate(1997, 7, 16), "kk", true},
		{"Қазақстан Республикасының Қылмыстық кодексiне", codes.NewDate(1997, 7, 16), "kk", false},
	} {
		act := amend.ActRef{Title: c.title, Date: c.date}
		if got := matches(code, act, c.language); got != c.want {
			t.Errorf("matches(%q, %q %s, %s) = %v, want %v", code.Meta.Title, c.title, c.date, c.language, got, c.want)
		}
	}
}
