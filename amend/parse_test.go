package amend

import (
	"errors"
	"go/scanner"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	law, _ := readSeedText()
	f.Add(law)
	f.Add("---\nkind: law\nnumber: 1\ntitle: t\ndate: 2026-01-01\nlanguage: ru\n---\nT\nСтатья 1. Внести в Уголовный кодекс Республики Казахстан от 3 июля 2014 года следующие изменения:\n1) в статье 187:\nа) часть вторую изложить в следующей редакции:\n«2. Текст.»;\nСтатья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.\n")
	f.Add("---\nkind: law\nnumber: 1\ntitle: t\ndate: 2026-01-01\nlanguage: en\n---\nArticle 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n1) in Article 187 the words \"a\" shall be replaced by the words \"b\";\n2) article 5 shall be excluded.\nArticle 2. This Law shall enter into force ten calendar days after the date of its signing, except for\nsubparagraph 2) of Article 1, which shall enter into force from April 31, 2027.\n")
	// Kazakh, with the letters ә ғ қ ң ө ұ ү һ і, the Latin "i" inside
	// Kazakh words and the Cyrillic «І» in a law number.
	f.Add("---\nkind: law\nnumber: 1-VІ\ntitle: t\ndate: 2026-01-01\nlanguage: kk\n---\nT\n1-бап. Қазақстан Республикасының мына заңнамалық актілеріне өзгерістер мен толықтырулар енгізілсін:\n" +
		"1. 2014 жылғы 3 шiлдедегi Қазақстан Республикасының Қылмыстық кодексіне (Жаршысы, 2014 ж., № 13-I, 83-құжат):\n1) 187-баптың екінші бөлігінде:\n" +
		"«380-2» деген цифрлардан кейін «, 380-3» деген цифрлармен толықтырылсын;\n2) және 3) тармақтар алып тасталсын;\n" +
		"2) мынадай мазмұндағы 380-3-баппен толықтырылсын:\n«380-3-бап. Һәм ұңғыма өңір ғалым\n1. Мәтін.»;\n" +
		"3) бүкіл мәтін бойынша «екi» деген сөз «үш» деген сөзбен ауыстырылсын, орыс тіліндегі мәтіні өзгермейді.\n" +
		"2-бап. 1. Осы Заң 1-баптың 1-тармағының 2) тармақшасын қоспағанда, алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі.\n" +
		"2. 1-баптың 1-тармағының 2) тармақшасы 2027 жылғы 1 қаңтардан бастап қолданысқа енгізіледі.\n")
	f.Fuzz(func(t *testing.T, src string) {
		law, err := Parse("law.txt", []byte(src))
		if err == nil && law == nil {
			t.Fatal("no law and no error")
		}
		if err == nil {
			for _, op := range law.Ops {
				if op.Pos.Line == 0 || op.Act < 0 || op.Act >= len(law.Acts) {
					t.Fatalf("operation without a position or act: %+v", op)
				}
			}
		}
		if err != nil && !strings.Contains(err.Error(), "law.txt:") {
			t.Fatalf("error without a position: %v", err)
		}
	})
}

func readSeedText() (string, error) {
	b, err := os.ReadFile("../corpus/kz/laws/252-VIII.txt")
	return string(b), err
}

const testFront = "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: en\nsource: constructed example\n---\n"

// A law copied without its title line starts with Article 1, which is
// read as the article it is, not taken for the title.
func TestLawWithoutTitleLine(t *testing.T) {
	src := testFront +
		"Article 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" +
		"1) the words \"a\" shall be replaced by the words \"b\" in Article 187.\n" +
		"Article 2. This Law shall enter into force ten calendar days after the date of its first official publication.\n"
	law, err := Parse("law.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(law.Ops) != 1 || law.Ops[0].Kind != Replace || law.Ops[0].Old != "a" || law.Ops[0].Text != "b" ||
		law.Ops[0].Target.String() != "article:187" || law.Ops[0].Pos.Line != 11 {
		t.Errorf("got operations %+v, want the replacement in article:187 from line 11", law.Ops)
	}
}

// A law from which no operation is read is an error, unless its
// instructions were ignored for a stated reason.
func TestLawWithoutOperations(t *testing.T) {
	const want = "law.txt:10:1: no instruction was read from the law: expected an article naming the code " +
		"(\"Article 1. To make amendments to the Criminal Code … dated …:\") and its numbered instructions"
	for _, body := range []string{
		"T\nArticle 1. To make amendments to the following legislative acts of the Republic of Kazakhstan:\n" +
			"Article 2. This Law shall enter into force ten calendar days after the date of its first official publication.\n",
		"T\nThe Law of the Republic of Kazakhstan dated January 3, 2026 No. 1-VIII\n" +
			"Article 1. This Law shall enter into force ten calendar days after the date of its first official publication.\n",
	} {
		_, err := Parse("law.txt", []byte(testFront+body))
		if err == nil || err.Error() != want {
			t.Errorf("%s\ngot  %v\nwant %s", body, err, want)
		}
	}
	kazakh := testFront + "T\nArticle 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" +
		"1) in the text in the state language the words \"a\" shall be replaced by the words \"b\" in Article 187.\n" +
		"Article 2. This Law shall enter into force ten calendar days after the date of its first official publication.\n"
	law, err := Parse("law.txt", []byte(kazakh))
	if err != nil || len(law.Ops) != 0 || len(law.Ignored) != 1 || law.Ignored[0].Reason != "changes the text in the state language (Kazakh) only" {
		t.Errorf("a Kazakh-only law: got %v, %+v", err, law)
	}
}

// An unclosed quote is the only error: the lines it swallows give no
// follow-on errors before it.
func TestUnclosedQuoteIsTheError(t *testing.T) {
	src := testFront + "T\nArticle 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" +
		"1) in Article 187:\n" +
		"a) the words \"a\" shall be replaced by the words \"b;\n" +
		"b) the words \"x\" shall be replaced by the words \"y\".\n" +
		"Article 2. This Law shall enter into force ten calendar days after the date of its first official publication.\n"
	const want = "law.txt:13:49: quote \" is never closed"
	if _, err := Parse("law.txt", []byte(src)); err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

// An error quotes at most maxQuoted characters of an instruction: a long
// instruction does not make a message of its size.
func TestErrorQuotesAnExcerpt(t *testing.T) {
	long := strings.Repeat("слово ", 200000) // 2.2 MB
	src := testFront + "T\nArticle 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" +
		"1) in Article 187 frobnicate " + long + "\n" +
		"2) in Article 187 " + strings.Repeat("x", 1<<20) + "\n" +
		"Article 2. This Law shall enter into force ten calendar days after the date of its first official publication.\n"
	_, err := Parse("law.txt", []byte(src))
	cut := func(s string) string { return string([]rune(s)[:200]) + "…" }
	const expected = ": expected an action (add, replace, delete, set out), a unit (\"article 5\", \"part two\", \"subparagraph 3)\"), " +
		"quoted words or \"after\"/\"before\""
	want := []string{
		"law.txt:12:19: unexpected word \"frobnicate\"" + expected + " (in \"" + cut("1) in Article 187 frobnicate "+long) + "\")",
		"law.txt:13:19: unexpected word \"" + strings.Repeat("x", 200) + "…\"" + expected + " (in \"" + cut("2) in Article 187 "+strings.Repeat("x", 300)) + "\")",
	}
	var list scanner.ErrorList
	if !errors.As(err, &list) || len(list) != 2 || list[0].Error() != want[0] || list[1].Error() != want[1] {
		t.Errorf("got  %.2000v\nwant %s", err, strings.Join(want, "\n"))
	}
}

// errorLines parses a law with the given instructions and returns its
// errors, one a line.
func errorLines(t *testing.T, instructions string) []string {
	t.Helper()
	src := testFront + "T\nArticle 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" + instructions +
		"Article 2. This Law shall enter into force ten calendar days after the date of its first official publication.\n"
	_, err := Parse("law.txt", []byte(src))
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("got %v, want errors", err)
	}
	var out []string
	for _, e := range list {
		out = append(out, e.Error())
	}
	return out
}

// A wrong unit number is one error: not again when the mention is read
// ahead in a chain ("part two of Article 0"), and not again as "of which
// article?" in every item under a context that was not read.
func TestWrongUnitNumberOnce(t *testing.T) {
	for _, c := range []struct {
		instructions string
		want         []string
	}{
		{"1) in part two of Article 0 the words \"a\" shall be replaced by the words \"b\".\n",
			[]string{`law.txt:12:27: no unit is numbered 0 (in "1) in part two of Article 0 the words \"a\" shall be replaced by the words \"b\".")`}},
		{"1) in Article 0:\na) the words \"a\" shall be replaced by the words \"b\";\nb) part two shall be excluded;\n" +
			"2) in Article 187:\na) in part 0:\n- the words \"a\" shall be replaced by the words \"b\";\nb) part three shall be excluded.\n",
			[]string{`law.txt:12:15: no unit is numbered 0 (in "1) in Article 0:")`,
				`law.txt:16:12: no unit is numbered 0 (in "a) in part 0:")`}},
		{"1) add article 07 to read as follows:\n\"Article 07. X\n1. Y.\";\n2) in part 2-01 of Article 187 the words \"a\" shall be deleted.\n",
			[]string{`law.txt:12:16: unit number 07 has a leading zero: units are numbered 7, 380-3, not 07, 380-03 (in "1) add article 07 to read as follows:\n\"Article 07. X\n1. Y.\";")`,
				`law.txt:15:12: unit number 2-01 has a leading zero: units are numbered 7, 380-3, not 07, 380-03 (in "2) in part 2-01 of Article 187 the words \"a\" shall be deleted.")`}},
		{"1) in part 1-9999999999 of Article 99999999999999999999 the words \"a\" shall be deleted.\n",
			[]string{`law.txt:12:12: unit number 1-9999999999 is out of range (at most 9 digits a component) (in "1) in part 1-9999999999 of Article 99999999999999999999 the words \"a\" shall be deleted.")`}},
	} {
		if got := errorLines(t, c.instructions); !slices.Equal(got, c.want) {
			t.Errorf("%s\ngot  %q\nwant %q", c.instructions, got, c.want)
		}
	}
}

// A law in a language zan has no word table for is an error at its first
// line, not a law read with another language's words.
func TestLawInLanguageWithoutTable(t *testing.T) {
	src := strings.Replace(testFront, "language: en", "language: uz", 1) + "Article 1. Text.\n"
	_, err := Parse("law.txt", []byte(src))
	want := `law.txt:1:1: no word table for language "uz" (zan reads: en, kk, ru)`
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

// Each language's table is complete: a field one language fills and
// another leaves empty is a word the parser would miss in that language.
func TestLexiconsComplete(t *testing.T) {
	for lang, table := range lexicons {
		lx := table()
		if lx.lang != lang {
			t.Errorf("lexicon %q registered as %q", lx.lang, lang)
		}
		v := reflect.ValueOf(*lx)
		for i := range v.NumField() {
			if f := v.Field(i); f.IsZero() || (f.Kind() == reflect.Map || f.Kind() == reflect.Slice) && f.Len() == 0 {
				if name := v.Type().Field(i).Name; name != "numbers" && !grammarForms[name] { // numbers: checked by TestNumberWords
					t.Errorf("%s: %s is empty", lang, name)
				}
			}
		}
	}
}

// grammarForms are the fields of forms only some languages have: units
// written after their number («380-3-бап»), words named after their quote
// («"X" деген сөздер») and anchors so named («… деген сөздерден кейін»),
// dates written year first («2014 жылғы 3 шілдедегі») and acts named after
// them, a date's "from" after it («… қаңтардан бастап»).
var grammarForms = map[string]bool{"numberedUnits": true, "postPositions": true, "quotedBy": true,
	"yearWords": true, "actNouns": true, "fromAfter": true, "fromWords": true,
	"except": true, "exceptAfter": true, "newWordsNouns": true,
	// and those of the languages that write the other way: prepositions
	// ("after the words"), a word joining mentions ("note to Article 1"),
	// acts named before their date ("To the … Code … dated …").
	"positions": true, "joiners": true, "actIntros": true, "dated": true}

// An anchor or quoted words announced and never given are an error, not
// an insertion at the end of the unit.
func TestIntroducerWithoutQuote(t *testing.T) {
	got := errorLines(t, "1) add the words \"X\" to the second part of Article 187 after the numbers.\n")
	want := []string{`law.txt:12:56: "after" what? expected quoted words or a unit after it (in "1) add the words \"X\" to the second part of Article 187 after the numbers.")`}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	got = errorLines(t, "1) in Article 187 the words shall be deleted.\n")
	want = []string{`law.txt:12:23: "words" without the quoted words (in "1) in Article 187 the words shall be deleted.")`}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// The heading names the law's number as the front matter does, or with
// the convocation in Arabic figures, as some publishers print it.
func TestHeadingNamesNumber(t *testing.T) {
	for _, c := range []struct {
		heading, number string
		want            bool
	}{
		{"Закон Республики Казахстан от 3 января 2026 года № 252-VIII ЗРК.", "252-VIII", true},
		{"Закон Республики Казахстан от 05.07.2008 N 65-4", "65-IV", true},
		{"Закон Республики Казахстан от 27.12.2019 № 292-VІ", "292-VI", true},
		{"Закон Республики Казахстан от 05.07.2008 N 165-IV", "65-IV", false},
		{"Закон Республики Казахстан от 05.07.2008 N 65-5", "65-IV", false},
	} {
		if got := namesNumber(c.heading, c.number); got != c.want {
			t.Errorf("namesNumber(%q, %q) = %v, want %v", c.heading, c.number, got, c.want)
		}
	}
}

// Real Kazakh instructions (amend/testdata/kk-real-instructions.txt, with
// their sources) read into the operations their words say.
func TestKazakhRealInstructions(t *testing.T) {
	src, err := os.ReadFile("testdata/kk-real-instructions.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(string(src), "\n---\n")
	law, err := Parse("kk.txt", []byte("---\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	if len(law.Acts) != 1 || law.Acts[0].Title != "Қазақстан Республикасының Қылмыстық кодексі" || law.Acts[0].Date.String() != "1997-07-16" {
		t.Errorf("acts: %+v", law.Acts)
	}
	var got []string
	for _, op := range law.Ops {
		s := op.Kind.String() + " " + op.Target.String()
		if op.Heading {
			s += " heading"
		}
		got = append(got, s)
	}
	want := []string{
		"insert article:32/part:3/paragraph:2",
		"replace article:42/part:3",
		"delete article:170/part:1/paragraph:2",
		"insert article:172 heading",
		"replace article:172/part:1/paragraph:1",
		"insert article:172/part:1/paragraph:1",
		"insert article:172/part:2/paragraph:1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if law.InForce.Rule != OnPublication {
		t.Errorf("in force: %+v", law.InForce)
	}
}

// Kazakh target acts are named after their date, as on Adilet's Kazakh
// pages of Laws No. 180-VI and 292-VI; the title is the act's own
// (nominative) form.
func TestKazakhTargetActs(t *testing.T) {
	for _, c := range []struct{ line, title, date string }{
		{"1. 2014 жылғы 3 шілдедегі Қазақстан Республикасының Қылмыстық кодексіне (Қазақстан Республикасы Парламентінің Жаршысы, 2014 ж., № 13-I, 13-II, 83-құжат; № 21, 122-құжат):",
			"Қазақстан Республикасының Қылмыстық кодексі", "2014-07-03"},
		{"1. 2011 жылғы 26 желтоқсандағы \"Неке (ерлі-зайыптылық) және отбасы туралы\" Қазақстан Республикасының Кодексіне (Қазақстан Республикасы Парламентінің Жаршысы, 2011 ж., № 22, 174-құжат):",
			"\"Неке (ерлі-зайыптылық) және отбасы туралы\" Қазақстан Республикасының Кодексі", "2011-12-26"},
		{"1. 2014 жылғы 4 шiлдедегi Қазақстан Республикасының Қылмыстық-процестік кодексiне:",
			"Қазақстан Республикасының Қылмыстық-процестік кодексі", "2014-07-04"},
	} {
		src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\nlanguage: kk\n---\nT\n" +
			"1-бап. Қазақстан Республикасының мына заңнамалық актілеріне өзгерістер мен толықтырулар енгізілсін:\n" + c.line + "\n" +
			"1) 3-бапта «a» деген сөздер «b» деген сөздермен ауыстырылсын.\n" +
			"2-бап. Осы Заң алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.\n"
		law, err := Parse("law.txt", []byte(src))
		if err != nil {
			t.Errorf("%s: %v", c.line, err)
			continue
		}
		if len(law.Acts) != 1 || law.Acts[0].Title != c.title || law.Acts[0].Date.String() != c.date {
			t.Errorf("%s:\ngot  %+v\nwant %s, %s", c.line, law.Acts, c.title, c.date)
		}
	}
}

// A Kazakh law says so where an instruction corrects the Russian text only:
// «123-баптың екiншi бөлiгiнде орыс тiлiндегi мәтiнге түзету енгiзiлдi,
// мемлекеттiк тiлдегi мәтiн өзгермейдi» (Law No. 490-IV of 09.11.2011). The
// instruction is listed as ignored, not refused; a change that says the
// Russian text does not change is applied.
func TestKazakhRemarkRussianTextCorrected(t *testing.T) {
	src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: kk\nsource: constructed example\n---\nT\n" +
		"1-бап. 1997 жылғы 13 желтоқсандағы Қазақстан Республикасының Қылмыстық іс жүргізу кодексіне мынадай өзгерістер енгізілсін:\n" +
		"1) 123-баптың екiншi бөлiгiнде орыс тiлiндегi мәтiнге түзету енгiзiлдi, мемлекеттiк тiлдегi мәтiн өзгермейдi;\n" +
		"2) 121-баптың үшінші бөлігінде «үкiмi» деген сөз «шешiмi» деген сөзбен ауыстырылсын, орыс тіліндегі мәтін өзгермейді.\n" +
		"2-бап. Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі.\n"
	law, err := Parse("law.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(law.Ops) != 1 || law.Ops[0].Target.String() != "article:121/part:3" || law.Ops[0].Text != "шешiмi" {
		t.Errorf("operations: %+v, want the replacement in article:121/part:3 only", law.Ops)
	}
	if len(law.Ignored) != 1 || law.Ignored[0].Pos.Line != 12 || !strings.Contains(law.Ignored[0].Reason, "Russian text only") {
		t.Errorf("ignored: %+v, want line 12 ignored as changing the Russian text only", law.Ignored)
	}
}
