package amend

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
)

// clauseLang is the language of an entry-into-force clause: a law is read
// with its own language's words only, so the rest of a constructed law
// must be in the clause's language.
func clauseLang(clause string) string {
	switch {
	case strings.HasPrefix(clause, "Статья"):
		return "ru"
	case strings.HasPrefix(clause, "2-бап"):
		return "kk"
	}
	return "en"
}

// articleOne is Article 1 of a constructed law on the Criminal Code, one
// line, with one instruction on the next: the words "a" replaced by "b"
// in Article 187, or throughout the text.
func articleOne(lang string, everywhere bool) string {
	switch {
	case lang == "kk":
		return "1-бап. 2014 жылғы 3 шілдедегі Қазақстан Республикасының Қылмыстық кодексіне мынадай өзгеріс енгізілсін:\n" +
			"1) бүкіл мәтін бойынша «a» деген сөздер «b» деген сөздермен ауыстырылсын.\n"
	case lang == "ru" && everywhere:
		return "Статья 1. Внести в Уголовный кодекс Республики Казахстан от 3 июля 2014 года следующие изменения:\n" +
			"1) по всему тексту слова «a» заменить словами «b».\n"
	case lang == "ru":
		return "Статья 1. Внести в Уголовный кодекс Республики Казахстан от 3 июля 2014 года следующие изменения:\n" +
			"1) в статье 187 слова «a» заменить словами «b».\n"
	case everywhere:
		return "Article 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" +
			"1) the words \"a\" shall be replaced by the words \"b\" throughout the text.\n"
	}
	return "Article 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" +
		"1) the words \"a\" shall be replaced by the words \"b\" in Article 187.\n"
}

func lawWithClause(t *testing.T, clause, published string) *Law {
	t.Helper()
	src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\n" + published + "language: " + clauseLang(clause) + "\nsource: constructed example\n---\n" +
		"T\n" + articleOne(clauseLang(clause), true) + clause + "\n"
	law, err := Parse("law.txt", []byte(src))
	if err != nil {
		t.Fatalf("%s: %v", clause, err)
	}
	return law
}

func TestInForceDate(t *testing.T) {
	for _, c := range []struct{ clause, want string }{
		// The seed: published 2026-01-05, sixty days: in force 2026-03-07 (lada.kz, 2026-03-07).
		{"Article 2. This Law shall enter into force sixty calendar days after the date of its first official publication.", "2026-03-07"},
		{"Article 2. This Law shall enter into force upon expiry of ten calendar days after the day of its first official publication.", "2026-01-16"},
		{"Article 2. This Law shall enter into force upon expiry of 10 calendar days after the day of its first official publication.", "2026-01-16"},
		{"Article 2. This Law shall enter into force twenty one calendar days after the date of its first official publication.", "2026-01-27"},
		{"Article 2. This Law shall enter into force from the date of its first official publication.", "2026-01-05"},
		{"Article 2. This Law shall enter into force from January 1, 2027.", "2027-01-01"},
		{"Статья 2. Настоящий Закон вводится в действие по истечении двадцати одного календарного дня после дня его первого официального опубликования.", "2026-01-27"},
		{"Статья 2. Настоящий Закон вводится в действие со дня его первого официального опубликования.", "2026-01-05"},
		{"Статья 2. Настоящий Закон вводится в действие со дня его официального опубликования.", "2026-01-05"},
		{"Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после его официального опубликования.", "2026-01-16"},
		{"Статья 2. Настоящий Закон вводится в действие по истечении одного года после дня его первого официального опубликования.", "2027-01-06"},
		// Kazakh: the seed's clause, a period of two words, months, a year,
		// the day of publication, a fixed date (the month with its ending).
		{"2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі.", "2026-03-07"},
		{"2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік жиырма бір күн өткен соң қолданысқа енгізіледі.", "2026-01-27"},
		{"2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін екі ай өткен соң қолданысқа енгізіледі.", "2026-03-06"},
		{"2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін бір жыл өткен соң қолданысқа енгізіледі.", "2027-01-06"},
		{"2-бап. Осы Заң алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.", "2026-01-05"},
		{"2-бап. Осы Заң қол қойылған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.", "2026-01-14"},
		{"2-бап. Осы Заң 2027 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.", "2027-01-01"},
		// The wording of 2009–2012, without «күнінен», as the codes'
		// footnotes quote Laws No. 393-IV and 490-IV (Latin "i" and all).
		{"2-бап. Осы Заң алғашқы ресми жарияланғанынан кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.", "2026-01-16"},
		{"2-бап. Осы Заң алғашқы ресми жарияланғанынан кейiн күнтiзбелiк он күн өткен соң қолданысқа енгiзiледi.", "2026-01-16"},
	} {
		law := lawWithClause(t, c.clause, "published: 2026-01-05\n")
		got, err := law.Date()
		if err != nil || got.String() != c.want {
			t.Errorf("%s\n got %v, %v; want %s", c.clause, got, err, c.want)
		}
	}
}

func TestInForcePeriodNotReadIsAnError(t *testing.T) {
	src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: en\nsource: constructed example\n---\n" +
		"T\nArticle 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" +
		"1) the words \"a\" shall be replaced by the words \"b\" throughout the text.\n" +
		"Article 2. This Law shall enter into force upon expiry of a reasonable time after the day of its first official publication.\n"
	if _, err := Parse("law.txt", []byte(src)); err == nil || !strings.Contains(err.Error(), "entry-into-force clause not understood") {
		t.Errorf("got %v, want the clause reported as not understood", err)
	}
}

func TestInForceNeedsPublication(t *testing.T) {
	law := lawWithClause(t, "Article 2. This Law shall enter into force sixty calendar days after the date of its first official publication.", "")
	_, err := law.Date()
	var missing *MissingDateError
	if !errors.As(err, &missing) || missing.Field != "published" || !strings.Contains(err.Error(), "law.txt") {
		t.Errorf("got %v, want a MissingDateError naming law.txt and published", err)
	}
	if fixed := lawWithClause(t, "Article 2. This Law shall enter into force from January 1, 2027.", ""); fixed.InForce.Fixed != codes.NewDate(2027, 1, 1) {
		t.Errorf("a fixed date needs no publication: got %v", fixed.InForce.Fixed)
	}
}

func TestInForceMonths(t *testing.T) {
	for _, c := range []struct{ clause, published, want string }{
		{"Статья 2. Настоящий Закон вводится в действие по истечении двух месяцев после дня его первого официального опубликования.", "2026-01-05", "2026-03-06"},
		{"Article 2. This Law shall enter into force upon expiry of one month after the day of its first official publication.", "2026-01-31", "2026-03-01"},
		{"Article 2. This Law shall enter into force upon expiry of six months after the day of its first official publication.", "2026-08-31", "2027-03-01"},
	} {
		law := lawWithClause(t, c.clause, "published: "+c.published+"\n")
		if got, err := law.Date(); err != nil || got.String() != c.want {
			t.Errorf("%s (published %s): got %v, %v; want %s", c.clause, c.published, got, err, c.want)
		}
	}
}

// lawWithItems is a law with three instructions in paragraph 1 of Article 1
// (subparagraphs 1), 2) and 3)) and the given entry-into-force article.
func lawWithItems(t *testing.T, inForce string) (*Law, error) {
	t.Helper()
	article1 := "Статья 1. Внести изменения в следующие законодательные акты Республики Казахстан:\n" +
		"1. В Уголовно-процессуальный кодекс Республики Казахстан от 4 июля 2014 года:\n" +
		"1) в части второй статьи 187 слова «а» заменить словами «б»;\n" +
		"2) в статье 191:\nа) в части второй слова «в» заменить словами «г»;\n" +
		"3) статью 192 исключить.\n"
	if clauseLang(inForce) == "en" {
		article1 = "Article 1. To make amendments to the following legislative acts of the Republic of Kazakhstan:\n" +
			"1. To the Criminal Procedure Code of the Republic of Kazakhstan dated July 4, 2014:\n" +
			"1) in part two of Article 187 the words \"a\" shall be replaced by the words \"b\";\n" +
			"2) in Article 191:\na) in part two the words \"c\" shall be replaced by the words \"d\";\n" +
			"3) Article 192 shall be excluded.\n"
	}
	src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: " + clauseLang(inForce) + "\nsource: constructed example\n---\n" +
		"T\n" + article1 + inForce
	return Parse("law.txt", []byte(src))
}

func TestInForceExceptions(t *testing.T) {
	for _, c := range []struct {
		name, clause string
		want         []string // dates of the three operations
	}{
		{"inline", "Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования, за исключением подпункта 2) пункта 1 статьи 1, который вводится в действие с 1 июля 2027 года.\n",
			[]string{"2026-01-16", "2027-07-01", "2026-01-16"}},
		{"paragraph", "Статья 2. 1. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования, за исключением подпунктов 2) и 3) пункта 1 статьи 1.\n" +
			"2. Подпункты 2) и 3) пункта 1 статьи 1 настоящего Закона вводятся в действие с 1 января 2027 года.\n",
			[]string{"2026-01-16", "2027-01-01", "2027-01-01"}},
		{"english", "Article 2. This Law shall enter into force ten calendar days after the date of its first official publication, except for subparagraph 3) of paragraph 1 of Article 1, which shall enter into force from the date of its first official publication.\n",
			[]string{"2026-01-16", "2026-01-16", "2026-01-05"}},
	} {
		law, err := lawWithItems(t, c.clause)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		for i := range law.Ops {
			if got, err := law.OpDate(&law.Ops[i]); err != nil || got.String() != c.want[i] {
				t.Errorf("%s: operation %d (%s) in force %v, %v; want %s", c.name, i+1, law.Ops[i].Place, got, err, c.want[i])
			}
		}
	}
}

func TestInForceExceptionErrors(t *testing.T) {
	for _, c := range []struct{ clause, want string }{
		{"Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования, за исключением подпункта 9) пункта 1 статьи 1, который вводится в действие с 1 июля 2027 года.\n",
			"names subparagraph 9) of paragraph 1 of Article 1, which holds no instruction"},
		{"Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования, за исключением подпункта 2) пункта 1 статьи 1.\n",
			"the exception for subparagraph 2) of paragraph 1 of Article 1 is given no date"},
	} {
		_, err := lawWithItems(t, c.clause)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "law.txt:") {
			t.Errorf("got %v, want an error saying %q", err, c.want)
		}
	}
}

func TestBareArticleHeading(t *testing.T) {
	law := lawWithClause(t, "Article 2.\nThis Law shall enter into force ten calendar days after the date of its first official publication.", "published: 2026-01-05\n")
	if got, err := law.Date(); err != nil || got.String() != "2026-01-16" {
		t.Errorf("got %v, %v; want 2026-01-16", got, err)
	}
}

func TestActWithoutInstructions(t *testing.T) {
	src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: en\nsource: constructed example\n---\n" +
		"T\nArticle 1. To make amendments to the following legislative acts of the Republic of Kazakhstan:\n" +
		"1. To the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" +
		"2. To the Criminal Procedure Code of the Republic of Kazakhstan dated July 4, 2014:\n" +
		"1) the words \"a\" shall be replaced by the words \"b\" in Article 187.\n" +
		"Article 2. This Law shall enter into force ten calendar days after the date of its first official publication.\n"
	_, err := Parse("law.txt", []byte(src))
	if err == nil || !strings.Contains(err.Error(), "law.txt:12:11: the law names Criminal Code of the Republic of Kazakhstan dated 2014-07-03 but gives it no instruction") {
		t.Errorf("got %v", err)
	}
}

// An Adilet clause wrapped onto two lines after "except for" reads as one
// clause; a clause that ends there names no provisions and says so.
func TestInForceExceptionWrapped(t *testing.T) {
	for _, c := range []struct {
		name, clause string
		want         []string
	}{
		{"english", "Article 2. This Law shall enter into force ten calendar days after the date of its first official publication, except for\n" +
			"subparagraph 2) of paragraph 1 of Article 1, which enters into force on January 1, 2027.\n",
			[]string{"2026-01-16", "2027-01-01", "2026-01-16"}},
		{"russian", "Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования, за исключением\n" +
			"подпункта 3) пункта 1 статьи 1, который вводится в действие с 1 июля 2027 года.\n",
			[]string{"2026-01-16", "2026-01-16", "2027-07-01"}},
	} {
		law, err := lawWithItems(t, c.clause)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if len(law.Ignored) != 0 {
			t.Errorf("%s: the continuation line was ignored: %+v", c.name, law.Ignored)
		}
		for i := range law.Ops {
			if got, err := law.OpDate(&law.Ops[i]); err != nil || got.String() != c.want[i] {
				t.Errorf("%s: operation %d (%s) in force %v, %v; want %s", c.name, i+1, law.Ops[i].Place, got, err, c.want[i])
			}
		}
	}
	for _, c := range []struct{ clause, want string }{
		{"Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования, за исключением\n",
			"law.txt:17:134: the entry-into-force clause ends at \"за исключением\": expected the provisions excepted (\"subparagraph 2) of paragraph 1 of Article 1\") after it"},
		{"Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования, за исключением\n" +
			"Статья 3. Текст.\n",
			"law.txt:17:134: the entry-into-force clause ends at \"за исключением\": expected the provisions excepted (\"subparagraph 2) of paragraph 1 of Article 1\") after it"},
		{"Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования, за исключением\n" +
			"всего остального.\n",
			"law.txt:18:1: expected the provisions excepted (\"subparagraph 2) of paragraph 1 of Article 1\"), found \"всего остального.\""},
	} {
		_, err := lawWithItems(t, c.clause)
		if err == nil || err.Error() != c.want {
			t.Errorf("got %v\nwant %s", err, c.want)
		}
	}
}

// lawIn is a law in the given language with one instruction and the
// entry-into-force article clause; errors are returned.
func lawIn(lang, clause string) (*Law, error) {
	src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: " + lang + "\nsource: constructed example\n---\n" +
		"T\n" + articleOne(lang, false) + clause + "\n"
	return Parse("law.txt", []byte(src))
}

// Days the calendar does not have and periods counted back are errors,
// not the next month's day or a period counted forward.
func TestInForceImpossibleDates(t *testing.T) {
	for _, c := range []struct{ clause, want string }{
		{"Article 2. This Law shall enter into force from April 31, 2027.",
			`law.txt:13:49: "April 31, 2027" is not a date: April 2027 has 30 days (in "Article 2. This Law shall enter into force from April 31, 2027.")`},
		{"Article 2. This Law shall enter into force on February 30, 2027.",
			`law.txt:13:47: "February 30, 2027" is not a date: February 2027 has 28 days (in "Article 2. This Law shall enter into force on February 30, 2027.")`},
		{"Article 2. This Law shall enter into force from January 0, 2027.",
			`law.txt:13:49: "January 0, 2027" is not a date: days are numbered from 1, not 0 (in "Article 2. This Law shall enter into force from January 0, 2027.")`},
		{"Статья 2. Настоящий Закон вводится в действие с 31 июня 2027 года.",
			`law.txt:13:49: "31 июня 2027" is not a date: June 2027 has 30 days (in "Статья 2. Настоящий Закон вводится в действие с 31 июня 2027 года.")`},
		{"Article 2. This Law shall enter into force ten calendar days before the date of its first official publication.",
			`law.txt:13:62: a period counted back ("ten" … "before") is not a date of entry into force zan can compute (in "Article 2. This Law shall enter into force ten calendar days before the date of its first official publication.")`},
		{"Article 2. This Law shall enter into force 99999999999999999999 calendar days after the date of its first official publication.",
			`law.txt:13:65: a period of 99999999999999999999 days is out of range (1 to 36525) (in "Article 2. This Law shall enter into force 99999999999999999999 calendar days after the date of its first official publication.")`},
		{"Article 2. This Law shall enter into force ten calendar days after the date of its adoption.",
			`law.txt:13:1: entry-into-force clause not understood: "Article 2. This Law shall enter into force ten calendar days after the date of its adoption." (expected "N calendar days after … first official publication", "from the date of its first official publication", "from the date of its signing" or "from January 1, 2027")`},
	} {
		_, err := lawIn(clauseLang(c.clause), c.clause)
		if err == nil || err.Error() != c.want {
			t.Errorf("got  %v\nwant %s", err, c.want)
		}
	}
	src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\nlanguage: en\nsource: constructed example\n---\n" +
		"T\nArticle 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 32, 2014:\n" +
		"1) the words \"a\" shall be replaced by the words \"b\" in Article 187.\n" +
		"Article 2. This Law shall enter into force from January 1, 2027.\n"
	want := `law.txt:10:88: "July 32, 2014" is not a date: July 2014 has 31 days`
	if _, err := Parse("law.txt", []byte(src)); err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

// A period "after the day of its signing" counts from the date the law
// bears (front matter "date"), not from its publication.
func TestInForceSigning(t *testing.T) {
	for _, c := range []struct {
		lang, clause            string
		rule                    Rule
		date, explain, footnote string
	}{
		{"ru", "Статья 2. Настоящий Закон вводится в действие со дня его подписания.", OnSigning, "2026-01-03",
			"from signing (the law's date) → in force 2026-01-03", "вводится в действие со дня его подписания"},
		{"ru", "Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его подписания.", DaysAfterSigning, "2026-01-14",
			"signed 2026-01-03 + 10 calendar days counted from the next day (period ends 2026-01-13) → in force 2026-01-14",
			"вводится в действие по истечении десяти календарных дней после дня его подписания"},
		{"en", "Article 2. This Law shall enter into force from the date of its signing.", OnSigning, "2026-01-03",
			"from signing (the law's date) → in force 2026-01-03", "shall be enforced from the date of its signing"},
		{"en", "Article 2. This Law shall enter into force ten calendar days after the date of its signing.", DaysAfterSigning, "2026-01-14",
			"signed 2026-01-03 + 10 calendar days counted from the next day (period ends 2026-01-13) → in force 2026-01-14",
			"shall be enforced ten calendar days after the date of its signing"},
	} {
		law, err := lawIn(c.lang, c.clause)
		if err != nil {
			t.Errorf("%s: %v", c.clause, err)
			continue
		}
		d, err := law.Date()
		if law.InForce.Rule != c.rule || err != nil || d.String() != c.date || law.Explain() != c.explain {
			t.Errorf("%s\ngot  %s %v %v %q\nwant %s %s %q", c.clause, law.InForce.Rule, d, err, law.Explain(), c.rule, c.date, c.explain)
		}
		lx, err := law.lexicon()
		if err != nil {
			t.Fatal(err)
		}
		w := lx.wording
		if got, want := law.citation(w, w.lawBy, &law.Ops[0]), fmt.Sprintf(w.lawBy, "03.01.2026", "1-VIII")+" ("+c.footnote+")"; got != want {
			t.Errorf("footnote citation\ngot  %s\nwant %s", got, want)
		}
	}
}

// Every period carries its unit, and footnotes word every form as Adilet
// does: "one calendar day", "twenty-one calendar days", «одного года»,
// «двух лет», «двадцати одного календарного дня».
func TestInForcePeriodWording(t *testing.T) {
	for _, c := range []struct {
		lang, count, unit string // the clause's own words
		want              Term
		date, footnote    string
	}{
		{"en", "one", "calendar day", Term{Rule: DaysAfterPublication, Days: 1, Count: "one"}, "2026-01-07",
			"shall be enforced one calendar day after the date of its first official publication"},
		{"en", "twenty-one", "calendar days", Term{Rule: DaysAfterPublication, Days: 21, Count: "twenty-one"}, "2026-01-27",
			"shall be enforced twenty-one calendar days after the date of its first official publication"},
		{"en", "one", "month", Term{Rule: MonthsAfterPublication, Months: 1, Count: "one"}, "2026-02-06",
			"shall be enforced one month after the date of its first official publication"},
		{"en", "two", "months", Term{Rule: MonthsAfterPublication, Months: 2, Count: "two"}, "2026-03-06",
			"shall be enforced two months after the date of its first official publication"},
		{"en", "one", "year", Term{Rule: YearsAfterPublication, Years: 1, Count: "one"}, "2027-01-06",
			"shall be enforced one year after the date of its first official publication"},
		{"en", "two", "years", Term{Rule: YearsAfterPublication, Years: 2, Count: "two"}, "2028-01-06",
			"shall be enforced two years after the date of its first official publication"},
		{"ru", "одного", "календарного дня", Term{Rule: DaysAfterPublication, Days: 1, Count: "одного"}, "2026-01-07",
			"вводится в действие по истечении одного календарного дня после дня его первого официального опубликования"},
		{"ru", "двадцати одного", "календарного дня", Term{Rule: DaysAfterPublication, Days: 21, Count: "двадцати одного"}, "2026-01-27",
			"вводится в действие по истечении двадцати одного календарного дня после дня его первого официального опубликования"},
		{"ru", "шестидесяти", "календарных дней", Term{Rule: DaysAfterPublication, Days: 60, Count: "шестидесяти"}, "2026-03-07",
			"вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования"},
		{"ru", "одного", "месяца", Term{Rule: MonthsAfterPublication, Months: 1, Count: "одного"}, "2026-02-06",
			"вводится в действие по истечении одного месяца после дня его первого официального опубликования"},
		{"ru", "двух", "месяцев", Term{Rule: MonthsAfterPublication, Months: 2, Count: "двух"}, "2026-03-06",
			"вводится в действие по истечении двух месяцев после дня его первого официального опубликования"},
		{"ru", "одного", "года", Term{Rule: YearsAfterPublication, Years: 1, Count: "одного"}, "2027-01-06",
			"вводится в действие по истечении одного года после дня его первого официального опубликования"},
		{"ru", "двух", "лет", Term{Rule: YearsAfterPublication, Years: 2, Count: "двух"}, "2028-01-06",
			"вводится в действие по истечении двух лет после дня его первого официального опубликования"},
	} {
		clause := "Article 2. This Law shall enter into force upon expiry of " + c.count + " " + c.unit + " after the day of its first official publication."
		if c.lang == "ru" {
			clause = "Статья 2. Настоящий Закон вводится в действие по истечении " + c.count + " " + c.unit + " после дня его первого официального опубликования."
		}
		law, err := lawIn(c.lang, clause)
		if err != nil {
			t.Errorf("%s: %v", clause, err)
			continue
		}
		if law.InForce.Term != c.want {
			t.Errorf("%s: term %+v, want %+v", clause, law.InForce.Term, c.want)
		}
		if d, err := law.Date(); err != nil || d.String() != c.date {
			t.Errorf("%s: in force %v, %v; want %s", clause, d, err, c.date)
		}
		lx, err := law.lexicon()
		if err != nil {
			t.Fatal(err)
		}
		w := lx.wording
		if got, want := law.citation(w, w.lawBy, &law.Ops[0]), fmt.Sprintf(w.lawBy, "03.01.2026", "1-VIII")+" ("+c.footnote+")"; got != want {
			t.Errorf("footnote citation\ngot  %s\nwant %s", got, want)
		}
	}
}

// A Kazakh clause whose period zan cannot read, or that is after no event,
// is an error, never the day of publication.
func TestKazakhInForceNotReadIsAnError(t *testing.T) {
	for _, clause := range []string{
		"2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік бірнеше күн өткен соң қолданысқа енгізіледі.",
		"2-бап. Осы Заң күнтізбелік он күн өткен соң қолданысқа енгізіледі.",
		"2-бап. Осы Заң 2027 жылғы 31 маусымнан бастап қолданысқа енгізіледі.",
	} {
		src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: kk\nsource: constructed example\n---\n" +
			"T\n" + articleOne("kk", true) + clause + "\n"
		if _, err := Parse("law.txt", []byte(src)); err == nil || !strings.Contains(err.Error(), "law.txt:13:") {
			t.Errorf("%s: got %v, want an error on its line", clause, err)
		}
	}
}
