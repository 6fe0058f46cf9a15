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

// A heading's change has a footnote of its own, before the article's, and
// a run of amendments turns plural on the second law even when the first
// entry already said «с изменениями»: the footnotes of Articles 387 and
// 385 of the official Chapter 16 (kazakhstan-law/codes
// 02-codes/20140703-ugolovnyi-kodeks-respubliki-kazakhstan-81097/rus/sec007-ch016.md
// at commit 006d21b1), byte for byte.
func TestRussianHeadingFootnote(t *testing.T) {
	w := russianLexicon().wording
	law := func(number string, date codes.Date, days int, count string) *Law {
		l := &Law{Meta: Meta{Number: number, Date: date, Language: "ru"}}
		l.InForce.Term = Term{Rule: DaysAfterPublication, Days: days, Count: count}
		return l
	}
	first := law("180-VІ", codes.NewDate(2018, 7, 12), 10, "десяти")
	second := law("210-VIII", codes.NewDate(2025, 7, 16), 60, "шестидесяти")
	art := codes.Step{Kind: codes.Article, Num: "387"}
	u := &codes.Unit{Kind: codes.Article, Num: "387"}
	footnote(u, first, w, art, amendedEntry, &Op{})
	footnote(u, second, w, art, amendedEntry, &Op{})
	footnote(u, second, w, art, headingAmendedEntry, &Op{})
	want := []string{
		"Сноска. Заголовок статьи 387 с изменением, внесенным Законом РК от 16.07.2025 № 210-VIII (вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования).",
		"Сноска. Статья 387 с изменениями, внесенными законами РК от 12.07.2018 № 180-VІ (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования); от 16.07.2025 № 210-VIII (вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования).",
	}
	if len(u.Footnotes) != 2 || u.Footnotes[0].Text != want[0] || u.Footnotes[1].Text != want[1] {
		t.Fatalf("Article 387:\ngot  %v\nwant %q", u.Footnotes, want)
	}

	// Article 381's footnote names one law with «с изменениями, внесенными
	// Законом»; a second law makes it «законами», as Article 385's reads.
	u = &codes.Unit{Kind: codes.Article, Num: "385", Footnotes: []codes.Footnote{{Text: "Сноска. Статья 385 с изменениями, внесенными Законом РК от 12.07.2018 № 180-VІ (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования)."}}}
	footnote(u, second, w, codes.Step{Kind: codes.Article, Num: "385"}, amendedEntry, &Op{})
	official := "Сноска. Статья 385 с изменениями, внесенными законами РК от 12.07.2018 № 180-VІ (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования); от 16.07.2025 № 210-VIII (вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования)."
	if len(u.Footnotes) != 1 || u.Footnotes[0].Text != official {
		t.Fatalf("Article 385:\ngot  %v\nwant %q", u.Footnotes, official)
	}

	// A later law's change of the same heading extends the heading's footnote.
	u = &codes.Unit{Kind: codes.Article, Num: "387"}
	footnote(u, first, w, art, headingAmendedEntry, &Op{})
	footnote(u, second, w, art, headingAmendedEntry, &Op{})
	grown := "Сноска. Заголовок статьи 387 с изменениями, внесенными законами РК от 12.07.2018 № 180-VІ (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования); от 16.07.2025 № 210-VIII (вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования)."
	if len(u.Footnotes) != 1 || u.Footnotes[0].Text != grown {
		t.Fatalf("heading twice:\ngot  %v\nwant %q", u.Footnotes, grown)
	}
}

// The Kazakh heading footnote is «N-баптың тақырыбына өзгеріс енгізілді»,
// as Article 377's reads in the official Kazakh Chapter 16 (kaz/sec007-ch016.md
// at commit 006d21b1: «Ескерту. 377-баптың тақырыбына өзгеріс енгізілді – ҚР
// 05.11.2022 № 157-VII (01.01.2023 бастап қолданысқа енгізіледі) Заңымен.»,
// with «–» where zan writes the common «-»).
func TestKazakhHeadingFootnote(t *testing.T) {
	l := &Law{Meta: Meta{Number: "157-VII", Date: codes.NewDate(2022, 11, 5), Language: "kk"}}
	l.InForce.Term = Term{Rule: FixedDate, Fixed: codes.NewDate(2023, 1, 1)}
	u := &codes.Unit{Kind: codes.Article, Num: "377"}
	footnote(u, l, kazakhLexicon().wording, codes.Step{Kind: codes.Article, Num: "377"}, headingAmendedEntry, &Op{})
	want := "Ескерту. 377-баптың тақырыбына өзгеріс енгізілді - ҚР 05.11.2022 № 157-VII (01.01.2023 бастап қолданысқа енгізіледі) Заңымен."
	if len(u.Footnotes) != 1 || u.Footnotes[0].Text != want {
		t.Fatalf("got  %v\nwant %q", u.Footnotes, want)
	}
}
