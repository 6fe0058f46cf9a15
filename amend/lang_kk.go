package amend

import (
	"regexp"
	"strings"
	"time"

	"github.com/zan-law/zan/codes"
)

// kazakhLexicon makes the word table of the Kazakh texts (the state
// language). The forms are those of Adilet's Kazakh pages of Laws No.
// 180-VI of 12.07.2018 and 292-VI of 27.12.2019 and of the Kazakh
// consolidated Criminal Code (kazakhstan-law/codes, 02-codes/2014/
// 0703-ugolovnyi-kodeks-respubliki-kazakhstan-81097/kaz/sec006-ch016.md):
//
//	1-бап. Қазақстан Республикасының мына заңнамалық актілеріне өзгерістер мен толықтырулар енгізілсін:
//	1. 2014 жылғы 3 шілдедегі Қазақстан Республикасының Қылмыстық кодексіне (…):
//	1) 3-бапта:
//	2) және 3) тармақтар мынадай редакцияда жазылсын: «…»
//	42-баптың үшiншi бөлiгiндегi «…» деген сөздер «…» деген сөздермен ауыстырылсын;
//	тақырыбы «жария ету» деген сөздерден кейiн «, тарату» деген сөзбен толықтырылсын;
//
// Kazakh writes a unit's number before its noun («380-3-баппен», «4)
// тармақ»), names quoted words after them («"X" деген сөздер») and puts
// "after" after its anchor («… деген сөздерден кейін»), the date before
// the act it names and the verb last; the grammar reads each of these
// from the table's fields, in any order of the clause.
func kazakhLexicon() *lexicon {
	units := kazakhUnitNouns()
	return &lexicon{
		lang: "kk",

		units:         units,
		numberedUnits: units,
		numbers:       kazakhNumbers(),
		verbs: phrases(map[verb]string{
			verbAdd:     "толықтырылсын",
			verbReplace: "ауыстырылсын",
			verbDelete:  "алып тасталсын|алынып тасталсын",
			verbRestate: "жазылсын",
		}),
		contentIntros: phraseList("мынадай мазмұндағы|мынадай редакцияда|жаңа редакцияда"),
		everywhere:    phraseList("бүкіл мәтін бойынша|мәтін бойынша"),
		// «деген сөздер», «деген сөзбен», «деген цифрлардан».
		wordsNouns:    inflect("сөз сөзі", "цифр цифры"),
		numberNouns:   inflect("цифр цифры"),
		positions:     map[string]Position{},
		postPositions: map[string]Position{"кейін": After, "алдынан": Before, "алдында": Before},
		quotedBy:      words("деген"),
		newWordsNouns: words("сөзбен сөздермен цифрмен цифрлармен цифрымен сөзімен"),
		fillers:       words("осы кодекстің кодексінің мәтінінде мәтіндегі"),
		joiners:       words(""),
		caseWords:     words("жағдайда"),
		headingWords:  words("тақырып тақырыбы тақырыбында тақырыбындағы тақырыбына тақырыптағы"),
		abbreviations: words("б бб т.б ж жж т.с.с мыс"),
		respectively:  words("тиісінше"),
		conjunctions:  words("және"),

		// A Kazakh law changes the Kazakh and the Russian texts together; a
		// remark that the Russian text does not change is dropped, a change
		// to the Russian text only is reported as ignored.
		languageWords: words("орыс қазақ мемлекеттік"),
		otherTextOnly: phraseList("орыс тіліндегі мәтінде|орыс тіліндегі мәтіні"),
		// «…орыс тiлiндегi мәтiнге түзету енгiзiлдi, мемлекеттiк тiлдегi мәтiн
		// өзгермейдi» (Law No. 490-IV of 09.11.2011, Article 123 of the CPC of
		// 1997): the noun with or without its possessive ending.
		ownTextUnchanged: phraseList("қазақ тіліндегі мәтіні өзгермейді|мемлекеттік тілдегі мәтіні өзгермейді|" +
			"қазақ тіліндегі мәтін өзгермейді|мемлекеттік тілдегі мәтін өзгермейді"),
		otherTextUnchanged: phraseList("орыс тіліндегі мәтіні өзгермейді|орыс тіліндегі мәтін өзгермейді"),
		otherOnlyReason:    "changes the Russian text only",
		ownUnchangedReason: "changes the Russian text only (the Kazakh text does not change)",

		article:    "бап",
		lawHeading: "Қазақстан Республикасының Заңы",
		actIntros:  words(""),
		dated:      words(""),
		months:     kazakhMonths("қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан"),
		yearWords:  words("жылғы"),
		// «… Қылмыстық кодексіне», «… Қылмыстық-процестік кодексіне»,
		// «"Неке (ерлі-зайыптылық) және отбасы туралы" Қазақстан
		// Республикасының Кодексіне» (Law No. 292-VI).
		actNouns:  map[string]string{"кодексіне": "кодексі", "кодекске": "кодекс", "заңына": "заңы", "заңға": "заң"},
		signature: []string{"Қазақстан Республикасының", "Президенті"},
		// «ЗҚАИ-ның ескертпесі!» (292-VI), «РҚАО-ның ескертпесі!» (180-VI), and
		// the line after a lone marker («Осы Заңның қолданысқа енгізілу
		// тәртібін 2-баптан қараңыз.»).
		editorNotes: []string{"ЗҚАИ-ның ескертпесі!", "РҚАО-ның ескертпесі!", "ҚРЗАИ-ның ескертпесі!"},

		// «Осы Заң алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс
		// күн өткен соң қолданысқа енгізіледі.»
		inForce: []string{"қолданысқа енгізіледі", "күшіне енеді"},
		// «Осы Заң 1-баптың 1-тармағының 2) тармақшасын қоспағанда, …»:
		// the provisions excepted stand before the word.
		except:      phraseTable{},
		exceptAfter: phraseList("қоспағанда"),
		events: map[Event]phraseTable{
			// «ресми жарияланған күнінен бастап» without «алғашқы» in laws of
			// the 2000s (Law No. 363-II of 21.12.2002); «алғашқы ресми
			// жарияланғанынан кейін күнтізбелік он күн өткен соң» without
			// «күнінен», as the codes' footnotes quote the laws of 2009–2012
			// (Laws No. 393-IV of 18.01.2011, No. 490-IV of 09.11.2011).
			Publication: phraseList("алғашқы ресми жарияланған|ресми жарияланған|алғашқы ресми жарияланғанынан|ресми жарияланғанынан"),
			Signing:     phraseList("қол қойылған"),
		},
		backWords:         words("бұрын"),
		periodWords:       periods(map[Unit]string{Days: "күн күннен", Months: "ай айдан", Years: "жыл жылдан"}),
		periodMarks:       words("кейін өткен"),
		fromWords:         words(""),
		fromAfter:         words("бастап"),
		subparagraphStems: []string{"тармақша"},
		paragraphStems:    []string{"тармақ", "тармағ"},
		placeFillers:      words("және осы заңның"),

		wording: kazakhWording,
		explain: explainWords{
			overridden: "in_force %s файл тақырыбында берілген (қолданысқа енгізу бабының орнына)", except: "; %s қоспағанда: %s",
			fixed: "белгіленген күн → %s бастап қолданысқа енгізіледі", noRule: "ереже оқылмады",
			published: "алғашқы ресми жарияланған күнінен", signed: "қол қойылған күнінен (заңның күні)",
			publishedOn: "%s жарияланды", signedOn: "%s қол қойылды",
			fromUnknown: "%s бастап; жарияланған күні белгісіз", from: "%s бастап → %s бастап қолданысқа енгізіледі",
			afterUnknown: "%[2]s кейін %[1]s; жарияланған күні белгісіз",
			days:         "%s + %s, келесі күннен бастап есептегенде (мерзім %s аяқталады) → %s бастап қолданысқа енгізіледі",
			period:       "%s + %s (мерзім %s аяқталады) → %s бастап қолданысқа енгізіледі",
		},
		pending: kazakhPending,
		// A repealed part's placeholder reads «Алып тасталды - ҚР …
		// Заңымен.»; an excluded article keeps its heading and its footnote
		// says so: «373-бап алып тасталды - ҚР …» (after «Ескерту. »).
		excludedMark: regexp.MustCompile(`^(?:\S+ алып|Алып) тасталды(?:\s|$)`),
		// Article 380-3 of the official Kazakh Chapter 16 at commit 0554b686:
		// «Алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн
		// өткен соң қолданысқа енгізіледі – ҚР 03.01.2026 № 252-VIII Заңымен.»
		announcedMark: regexp.MustCompile(`^.* қолданысқа енгізіледі [-–] ҚР (\d\d\.\d\d\.\d{4}) № (\S+) Заңымен\.$`),
	}
}

// kazakhSuffixes are the case and possessive endings of Kazakh nouns, in
// both vowel harmonies and after every final sound: a noun's stems with
// these give all its forms («бап», «бабы», «баптың», «бабының», «баппен»,
// «баптарында»). A few generated forms are not words; they never stand in
// an instruction.
var kazakhSuffixes = strings.Fields(`- ы і сы сі н ын ін сын сін
	да де та те нда нде ында інде сында сінде
	дағы дегі тағы тегі ндағы ндегі ындағы індегі сындағы сіндегі
	ның нің дың дің тың тің ының інің сының сінің
	ға ге қа ке на не ына іне сына сіне
	ны ні ды ді ты ті
	мен бен пен ымен імен сымен сімен
	нан нен дан ден тан тен ынан інен сынан сінен`)

// kazakhPlurals are the plural endings, before a case ending or alone.
var kazakhPlurals = []string{"", "лар", "лер", "дар", "дер", "тар", "тер"}

// inflect makes the set of every form of the nouns whose stems each list
// gives (a noun's stems: «тармақ тармағ»).
func inflect(lists ...string) wordSet {
	out := wordSet{}
	for _, list := range lists {
		for _, stem := range strings.Fields(list) {
			for _, pl := range kazakhPlurals {
				for _, suf := range kazakhSuffixes {
					out[stem+pl+strings.TrimPrefix(suf, "-")] = true
				}
			}
		}
	}
	return out
}

// kazakhUnitNouns maps each form of each unit noun to its kind: бап
// (article), бөлік (part), тармақ and тармақша (point; a letter numbers a
// subpoint), абзац, сөйлем (sentence), ескертпе (note), тарау (chapter),
// бөлім (section).
func kazakhUnitNouns() map[string]codes.Kind {
	out := map[string]codes.Kind{}
	for kind, stems := range map[codes.Kind]string{
		codes.Article:   "бап баб",
		codes.Part:      "бөлік бөліг",
		codes.Point:     "тармақ тармағ тармақша",
		codes.Paragraph: "абзац",
		codes.Sentence:  "сөйлем",
		codes.Note:      "ескертпе",
		codes.Chapter:   "тарау",
		codes.Section:   "бөлім",
	} {
		for w := range inflect(stems) {
			out[w] = kind
		}
	}
	return out
}

// kazakhMonths maps the twelve months, January first, with the endings a
// date puts on them: «3 шілдедегі» (of 3 July), «1 қаңтардан» (from 1
// January).
func kazakhMonths(list string) map[string]time.Month {
	out := map[string]time.Month{}
	for i, w := range strings.Fields(list) {
		for suf := range inflect(w) {
			out[suf] = time.Month(i + 1)
		}
	}
	return out
}

func kazakhNumbers() numberWords {
	card := map[string]int{}
	for i, w := range strings.Fields("бір екі үш төрт бес алты жеті сегіз тоғыз он") {
		card[w] = i + 1
	}
	tens := map[string]int{}
	for i, w := range strings.Fields("жиырма отыз қырық елу алпыс жетпіс сексен тоқсан") {
		card[w], tens[w] = (i+2)*10, (i+2)*10
	}
	card["жүз"], tens["он"] = 100, 10
	// Ordinals: «бірінші», «екінші», and with the endings they take when
	// they stand for the unit («екіншісінде»).
	ord := map[string]int{}
	for i, w := range strings.Fields("бірінші екінші үшінші төртінші бесінші алтыншы жетінші сегізінші тоғызыншы оныншы") {
		for form := range inflect(w) {
			ord[form] = i + 1
		}
	}
	for i, w := range strings.Fields("жиырмасыншы отызыншы қырқыншы елуінші алпысыншы жетпісінші сексенінші тоқсаныншы") {
		for form := range inflect(w) {
			ord[form] = (i + 2) * 10
		}
	}
	return numberWords{cardinals: card, ordinals: ord, tens: tens}
}

// kazakhWording is Adilet's, as the Kazakh consolidated Criminal Code
// writes it (kazakhstan-law/codes, 02-codes/2014/0703-ugolovnyi-kodeks-
// respubliki-kazakhstan-81097/kaz/sec006-ch016.md at commit 0554b686):
//
//	Ескерту. 375-бапқа өзгеріс енгізілді - ҚР 19.06.2024 № 94-VIII (алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң қолданысқа енгізіледі) Заңымен.
//	Ескерту. 372-бапқа өзгерістер енгізілді - ҚР 12.07.2018 № 180-VI (…); 03.01.2023 № 188-VII (…) заңдарымен.
//	Ескерту. 379-бап жаңа редакцияда - ҚР 03.07.2017 № 84-VI (…); өзгеріс енгізілді - ҚР 12.07.2018 № 180-VI (…); … заңдарымен.
//	Ескерту. 373-бап алып тасталды - ҚР 12.07.2023 № 23-VIII (…) Заңымен.
//	Ескерту. 380-1-баптың тақырыбы жаңа редакцияда - ҚР 27.12.2019 № 292-VІ (…) Заңымен.
//	(01.01.2023 бастап қолданысқа енгізіледі)
//
//	Ескерту. Кодекс 388-1-баппен толықтырылды – ҚР 25.05.2020 № 332-VI (…) Заңымен.
//	Ескерту. Кодекс 380-3-баппен толықтырылды – ҚР 03.01.2026 № 252-VIII (…) Заңымен.
//
// The law word closes the footnote: «Заңымен» after one law, «заңдарымен»
// after several (the code also has «Заңдарымен»). The dash after the verb
// is «-» in most footnotes and «–» in some, by the editor, not by rule;
// zan writes «-», but «–» for an article added, as every addition since
// 2020 has it (Articles 388-1 and 380-3; 380-2's of 2019 has «-»), so that
// the Kazakh Chapter 16 after Law No. 252-VIII is the official one byte for
// byte (cmd/zan verify_official.txtar). The placeholder of an excluded
// part («Алып тасталды - ҚР … Заңымен.») follows the same pattern; no real
// one of the Criminal Code was at hand to check it against.
var kazakhWording = wording{
	footnote:    "Ескерту. ",
	lawBy:       "ҚР %s № %s",
	lawOf:       "ҚР %s № %s",
	lawNext:     "%s № %s",
	closing:     [2]string{" Заңымен", " заңдарымен"},
	amended:     "өзгеріс енгізілді - %s",
	restated:    "жаңа редакцияда - %s",
	amendedOne:  []string{"өзгеріс енгізілді - ҚР"},
	amendedMany: "өзгерістер енгізілді - ҚР",
	nextMark:    regexp.MustCompile(`^\d\d\.\d\d\.\d{4} `), amendedMark: "өзгеріс",
	heading:        "%s тақырыбы",
	headingAmended: "%s тақырыбына",
	added:          "Кодекс %s толықтырылды – %s",
	excluded:       map[codes.Kind]string{},
	excludedOther:  "Алып тасталды - %s",
	excludedNote:   "%s алып тасталды - %s",
	units: map[codes.Kind]string{codes.Article: "%s-бапқа", codes.Chapter: "%s-тарауға", codes.Section: "%s-бөлімге",
		codes.Part: "%s-бөлікке", codes.Point: "%s) тармаққа", codes.Subpoint: "%s) тармақшаға", codes.Note: "Ескертпеге"},
	unitsRestated: map[codes.Kind]string{codes.Article: "%s-бап", codes.Chapter: "%s-тарау", codes.Section: "%s-бөлім",
		codes.Part: "%s-бөлік", codes.Point: "%s) тармақ", codes.Subpoint: "%s) тармақша", codes.Note: "Ескертпе"},
	unitsAdded: map[codes.Kind]string{codes.Article: "%s-баппен", codes.Chapter: "%s-тараумен", codes.Section: "%s-бөліммен"},
	unitsOf:    map[codes.Kind]string{codes.Article: "%s-баптың", codes.Chapter: "%s-тараудың", codes.Section: "%s-бөлімнің"},
	after:      "%[2]s күнінен кейін %[1]s өткен соң қолданысқа енгізіледі",
	on:         "%s күнінен бастап қолданысқа енгізіледі",
	fixed:      "%s бастап қолданысқа енгізіледі",
	events:     map[Event]string{Publication: "алғашқы ресми жарияланған", Signing: "қол қойылған"},
	periodNouns: map[Unit][2]string{Days: {"күнтізбелік %s күн", "күнтізбелік %s күн"}, Months: {"%s ай", "%s ай"},
		Years: {"%s жыл", "%s жыл"}},
	singular: func(n int) bool { return n == 1 },

	replacedEverywhere: "Бүкіл мәтін бойынша «%[3]s» деген %[1]s «%[4]s» деген %[2]s ауыстырылды",
	deletedEverywhere:  "Бүкіл мәтін бойынша «%[3]s» деген %[1]s алып тасталды",
	insertedEverywhere: "Бүкіл мәтін бойынша «%[3]s» деген %[2]s толықтырылды",
	wordNouns:          [2]string{"сөздер", "сөздермен"},
	numberNouns:        [2]string{"цифрлар", "цифрлармен"},
	inAccordance:       "- %s",
}

// kazakhPending is a constructed note in the form of the footnotes above:
// «ЗҚАИ-ның ескертпесі! 187-бапқа өзгеріс енгізу көзделген - ҚР 03.01.2026
// № 252-VIII (07.03.2026 бастап қолданысқа енгізіледі) Заңымен.» No real
// note of the Kazakh Criminal Code was at hand to check it against: the
// Kazakh code of 0554b686 shows a new article not yet in force by its
// heading and «Ескерту. Алғашқы ресми жарияланған күнінен кейін күнтізбелік
// алпыс күн өткен соң қолданысқа енгізіледі – ҚР 03.01.2026 № 252-VIII
// Заңымен.» (380-3-бап), which zan does not write.
var kazakhPending = pendingWording{
	note: "ЗҚАИ-ның ескертпесі! ", amended: "%s өзгеріс енгізу көзделген - %s", added: "%s %s толықтыру көзделген - %s",
	code:     "Кодекс",
	subject:  map[codes.Kind]string{codes.Article: "%s-бапқа", codes.Chapter: "%s-тарауға", codes.Section: "%s-бөлімге", codes.CodePart: "%s бөлімге"},
	receiver: map[codes.Kind]string{codes.Article: "%s-бап", codes.Chapter: "%s-тарау", codes.Section: "%s-бөлім", codes.CodePart: "%s бөлім"},
	enforced: "%s бастап қолданысқа енгізіледі",
	// Article 380-3 in the official Kazakh Chapter 16 at commit 0554b686,
	// with its «–».
	announced: "%[1]s – %[2]s Заңымен",
}
