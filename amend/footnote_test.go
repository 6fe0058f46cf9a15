package amend

import (
	"testing"

	"github.com/zan-law/zan/codes"
)

// A Kazakh footnote grows as Adilet's do: the first law's entry ends with
// «Заңымен», a second turns the run plural («өзгерістер енгізілді»,
// «заңдарымен»), as Article 372 of the Kazakh Criminal Code reads
// (kazakhstan-law/codes …/kaz/sec006-ch016.md at commit 0554b686).
func TestKazakhFootnoteGrows(t *testing.T) {
	lx := kazakhLexicon()
	law := func(number string, date codes.Date, days int, count string) *Law {
		l := &Law{Meta: Meta{Number: number, Date: date, Language: "kk"}}
		l.InForce.Term = Term{Rule: DaysAfterPublication, Days: days, Count: count}
		return l
	}
	u := &codes.Unit{Kind: codes.Article, Num: "372"}
	first := law("180-VI", codes.NewDate(2018, 7, 12), 10, "он")
	footnote(u, first, lx.wording, codes.Step{Kind: codes.Article, Num: "372"}, amendedEntry, &Op{})
	want := "Ескерту. 372-бапқа өзгеріс енгізілді - ҚР 12.07.2018 № 180-VI (алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) Заңымен."
	if len(u.Footnotes) != 1 || u.Footnotes[0].Text != want {
		t.Fatalf("first law:\ngot  %v\nwant %q", u.Footnotes, want)
	}
	second := law("188-VII", codes.NewDate(2023, 1, 3), 60, "алпыс")
	footnote(u, second, lx.wording, codes.Step{Kind: codes.Article, Num: "372"}, amendedEntry, &Op{})
	// Byte for byte the official footnote of Article 372.
	want = "Ескерту. 372-бапқа өзгерістер енгізілді - ҚР 12.07.2018 № 180-VI (алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі); 03.01.2023 № 188-VII (алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі) заңдарымен."
	if len(u.Footnotes) != 1 || u.Footnotes[0].Text != want {
		t.Fatalf("second law:\ngot  %q\nwant %q", u.Footnotes[0].Text, want)
	}
}
