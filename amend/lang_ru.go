package amend

import (
	"regexp"
	"strings"

	"github.com/zan-law/zan/codes"
)

// russianLexicon makes the word table of the Russian originals.
func russianLexicon() *lexicon {
	return &lexicon{
		lang: "ru",

		units: unitNouns(map[codes.Kind]string{
			codes.Article: "статья статьи статье статью статьей статьёй статьями статей статьях",
			codes.Part:    "часть части частью частей частям частями частях",
			codes.Point: "пункт пункта пункте пунктом пункты пунктов пунктами пунктах " +
				"подпункт подпункта подпункте подпунктом подпункты подпунктов подпунктами подпунктах",
			codes.Chapter: "глава главы главе главу главой главами главах",
			codes.Section: "раздел раздела разделе разделом",
			codes.Note:    "примечание примечания примечании примечанием",
			// Unnumbered paragraphs of a part: «абзац второй», «после абзаца второго».
			codes.Sentence:  "предложение предложения предложении предложением предложению предложений предложениях",
			codes.Paragraph: "абзац абзаца абзаце абзацем абзацу абзацы абзацев абзацами абзацах",
		}),
		numbers: russianNumbers(),
		verbs: phrases(map[verb]string{
			verbAdd:     "дополнить",
			verbReplace: "заменить",
			verbDelete:  "исключить",
			verbRestate: "изложить",
		}),
		contentIntros: phraseList("следующего содержания|в следующей редакции"),
		everywhere:    phraseList("по всему тексту"),
		wordsNouns:    words("слово слова слов словом словами цифру цифры цифр цифрой цифрами"),
		numberNouns:   words("цифру цифры цифр цифрой цифрами"),
		positions:     map[string]Position{"после": After, "перед": Before},
		fillers:       words("в во к со с и его ее настоящего кодекса"),
		joiners:       words("к"),
		caseWords:     words("случае"),
		abbreviations: words("ст ст.ст стст ч п пп подп г гг т.е т.к т.д т.п см др им обл р руб тыс млн млрд проф акад"),
		respectively:  words("соответственно"),
		conjunctions:  words("и"),
		headingWords:  words("заголовок заголовке"),

		languageWords:      words("казахском русском государственном"),
		otherTextOnly:      phraseList("в тексте на казахском языке|на казахском языке"),
		ownTextUnchanged:   phraseList("текст на русском языке не изменяется"),
		otherTextUnchanged: phraseList("текст на казахском языке не изменяется|текст на государственном языке не изменяется"),
		otherOnlyReason:    "changes the text in the state language (Kazakh) only",
		ownUnchangedReason: "changes the Kazakh text only (the Russian text does not change)",

		article:     "Статья",
		lawHeading:  "Закон Республики Казахстан",
		actIntros:   words("в во"),
		dated:       words("от"),
		months:      monthNames("января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
		signature:   []string{"Президент", "Республики Казахстан"},
		editorNotes: []string{"Примечание ИЗПИ!", "Примечание РЦПИ!", "ИЗПИ!", "РЦПИ!"},

		inForce: []string{"вводится в действие", "вступает в силу"},
		except:  phraseList("за исключением"),
		events: map[Event]phraseTable{
			// «со дня его официального опубликования» without «первого», as
			// laws of the 2000s say it (Law No. 255 of 22.05.2007, in the
			// footnotes of the Criminal Code of 1997).
			Publication: phraseList("первого официального опубликования|официального опубликования"),
			Signing:     phraseList("подписания"),
		},
		backWords:         words("до ранее"),
		periodWords:       periods(map[Unit]string{Days: "календарных календарного дней дня", Months: "месяц месяца месяцев", Years: "год года лет"}),
		periodMarks:       words("истечении"),
		fromWords:         words("с"),
		subparagraphStems: []string{"подпункт"},
		paragraphStems:    []string{"пункт"},
		placeFillers:      words("и настоящего закона"),

		wording: russianWording,
		explain: explainWords{
			overridden: "in_force %s задан в заголовке файла (вместо статьи о введении в действие)", except: "; кроме %s: %s",
			fixed: "определенная дата → вводится в действие %s", noRule: "правило не прочитано",
			published: "первого официального опубликования", signed: "подписания (дата закона)",
			publishedOn: "опубликован %s", signedOn: "подписан %s",
			fromUnknown: "со дня %s; дата опубликования неизвестна", from: "со дня %s → вводится в действие %s",
			afterUnknown: "%s после дня %s; дата опубликования неизвестна",
			days:         "%s + %s, считая со следующего дня (срок истекает %s) → вводится в действие %s",
			period:       "%s + %s (срок истекает %s) → вводится в действие %s",
		},
		pending: russianPending,
		// «Исключена Законом РК …», «22. Исключена …» (not \b: it is an ASCII
		// word boundary, and never follows a Cyrillic letter).
		excludedMark: regexp.MustCompile(`^Исключен[аоы]?(?:\s|$)`),
		// Article 380-3 of the official Chapter 16 at commit 0554b686,
		// before Law No. 252-VIII was in force.
		announcedMark: regexp.MustCompile(`^Вводится в действие .* в соответствии с Законом РК от (\d\d\.\d\d\.\d{4}) № (\S+?)\.$`),
	}
}

var russianWording = wording{
	footnote:    "Сноска. ",
	lawBy:       "Законом РК от %s № %s",
	lawOf:       "Закона РК от %s № %s",
	lawNext:     "от %s № %s",
	amended:     "с изменением, внесенным %s",
	restated:    "в редакции %s",
	amendedOne:  []string{"с изменением, внесенным Законом РК от", "с изменениями, внесенными Законом РК от"},
	amendedMany: "с изменениями, внесенными законами РК от",
	nextMark:    regexp.MustCompile(`^от `), amendedMark: "с изменени",
	heading:        "Заголовок %s",
	headingAmended: "Заголовок %s",
	added:          "Кодекс дополнен %s в соответствии с %s",
	excluded: map[codes.Kind]string{codes.Article: "Исключена %s", codes.Part: "Исключена %s", codes.Chapter: "Исключена %s",
		codes.Section: "Исключен %s", codes.Point: "Исключен %s", codes.Subpoint: "Исключен %s", codes.Note: "Исключено %s",
		codes.CodePart: "Исключена %s"},
	excludedOther: "Исключено %s",
	units: map[codes.Kind]string{codes.Article: "Статья %s", codes.Chapter: "Глава %s", codes.Section: "Раздел %s",
		codes.Part: "Часть %s", codes.Point: "Пункт %s", codes.Subpoint: "Подпункт %s", codes.Note: "Примечание %s"},
	unitsAdded: map[codes.Kind]string{codes.Article: "статьей %s", codes.Chapter: "главой %s", codes.Section: "разделом %s"},
	unitsOf:    map[codes.Kind]string{codes.Article: "статьи %s", codes.Chapter: "главы %s", codes.Section: "раздела %s"},
	after:      "вводится в действие по истечении %s после дня его %s",
	on:         "вводится в действие со дня его %s",
	fixed:      "вводится в действие с %s",
	events:     map[Event]string{Publication: "первого официального опубликования", Signing: "подписания"},
	// «по истечении одного календарного дня», «двадцати одного
	// календарного дня», «двух (пяти, шестидесяти) календарных дней».
	periodNouns: map[Unit][2]string{Days: {"%s календарного дня", "%s календарных дней"}, Months: {"%s месяца", "%s месяцев"},
		Years: {"%s года", "%s лет"}},
	singular: func(n int) bool { return n%10 == 1 && n%100 != 11 },

	replacedEverywhere: "По всему тексту %[1]s «%[3]s» заменены %[2]s «%[4]s»",
	deletedEverywhere:  "По всему тексту %[1]s «%[3]s» исключены",
	insertedEverywhere: "По всему тексту дополнено %[2]s «%[3]s»",
	wordNouns:          [2]string{"слова", "словами"},
	numberNouns:        [2]string{"цифры", "цифрами"},
	inAccordance:       "в соответствии с %s",
}

var russianPending = pendingWording{
	note: "Примечание ИЗПИ! ", amended: "%s предусмотрены изменения %s", added: "%s предусмотрено дополнить %s %s",
	code: "Кодекс",
	subject: map[codes.Kind]string{codes.Article: "В статью %s", codes.Chapter: "В главу %s", codes.Section: "В раздел %s",
		codes.CodePart: "В часть %s"},
	receiver: map[codes.Kind]string{codes.Article: "Статью %s", codes.Chapter: "Главу %s", codes.Section: "Раздел %s",
		codes.CodePart: "Часть %s"},
	enforced: "вводится в действие с %s",
	// Article 380-3 in the official Chapter 16 at commit 0554b686.
	announced: "%[1]s в соответствии с %[2]s",
}

func russianNumbers() numberWords {
	// Cardinals in the genitive, as periods are written: «по истечении
	// шестидесяти календарных дней», «двух месяцев», «одного года».
	card := map[string]int{}
	for i, w := range strings.Fields("одного двух трех четырех пяти шести семи восьми девяти десяти одиннадцати двенадцати " +
		"тринадцати четырнадцати пятнадцати шестнадцати семнадцати восемнадцати девятнадцати двадцати") {
		card[w] = i + 1
	}
	for i, w := range strings.Fields("тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста") {
		card[w] = (i + 3) * 10
	}
	card["трёх"], card["четырёх"], card["ста"] = 3, 4, 100
	// Ordinal stems with their adjective endings in every case and gender.
	ord := map[string]int{}
	endings := strings.Fields("ый ой ий ая ое ого ому ой ую ом ым ые ых ыми ья ье ьего ьей ью ьем ьим ьи ьих")
	stems := strings.Fields("перв втор трет четверт пят шест седьм восьм девят десят " +
		"одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат двадцат")
	for i, s := range stems {
		for _, e := range endings {
			ord[s+e] = i + 1
		}
	}
	for i, s := range strings.Fields("тридцат сороков пятидесят шестидесят семидесят восьмидесят девяност") {
		for _, e := range endings {
			ord[s+e] = (i + 3) * 10
		}
	}
	tens := map[string]int{"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
		"шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
	return numberWords{cardinals: card, ordinals: ord, tens: tens}
}
