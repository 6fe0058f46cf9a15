package amend

import (
	"os"
	"testing"
)

// The dates are explained in the law's language on its pages, in zan's own
// (English) elsewhere: the seed law, published 2026-01-05, in force sixty
// calendar days later.
func TestExplainIn(t *testing.T) {
	for _, tc := range []struct{ file, lang, want string }{
		{"../corpus/kz/laws/252-VIII-ru.txt", "en", "published 2026-01-05 + 60 calendar days counted from the next day (period ends 2026-03-06) → in force 2026-03-07"},
		{"../corpus/kz/laws/252-VIII-ru.txt", "ru", "опубликован 2026-01-05 + 60 календарных дней, считая со следующего дня (срок истекает 2026-03-06) → вводится в действие 2026-03-07"},
		{"../corpus/kz/laws/252-VIII-kk.txt", "kk", "2026-01-05 жарияланды + күнтізбелік 60 күн, келесі күннен бастап есептегенде (мерзім 2026-03-06 аяқталады) → 2026-03-07 бастап қолданысқа енгізіледі"},
		{"../corpus/kz/laws/252-VIII-kk.txt", "xx", "published 2026-01-05 + 60 calendar days counted from the next day (period ends 2026-03-06) → in force 2026-03-07"},
	} {
		src, err := os.ReadFile(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		law, err := Parse(tc.file, src)
		if err != nil {
			t.Fatal(err)
		}
		if got := law.ExplainIn(tc.lang); got != tc.want {
			t.Errorf("%s in %s:\n got %s\nwant %s", tc.file, tc.lang, got, tc.want)
		}
	}
}
