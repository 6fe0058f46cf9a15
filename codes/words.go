package codes

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PageWords are the words that zan's pages add to an act's own text — the
// Markdown and HTML of an edition, and the pages of a site about a code or
// a law — in one language. Packages codes/markdown, codes/html and
// corpus/site take their words from here, chosen by the act's language; a
// new language (Kazakh) adds an entry to pageWords.
type PageWords struct {
	// Edition is the line under the title: the date the text is in force on.
	Edition func(Date) string

	Contents string // the heading of an edition's table of contents
	Source   string // what precedes the front matter's source note

	// The navigation bar of a site's pages.
	AllCodes, CodeEditions, Timeline string

	// A code's index of editions.
	EditionsOf    string // the index's title after the code's title: "Criminal Code — editions"
	Adopted       string // "Adopted 2014-07-03"
	Number        string // "No. 226-V"
	EditionsIntro string // what an edition page stands for
	InForceFrom   string // the column of edition dates
	WhatChanged   string // the column of changes
	BaseEdition   string // the first edition's changes
	SameDay       string // the heading of the list of same-day conflicts
	SameDayNote   string // what to do about them
	Footer        string // at the foot of a site's pages: what they are

	// A law's page of changes to one code.
	LawChanges func(number string, date Date, code string) string // the page's title
	ChangesTo  func(code string) string                           // the link to it in the timeline
	InForce    string                                             // the link to the edition with the law

	// The comparative table: its headings, and what stands in a cell for a
	// unit that is not there before or after.
	TableUnit, TableCurrent, TableProposed, TableNone, TableExcluded string

	// Units as a reader names them (see Name): each kind's noun as a format
	// of its number ("article %s", "point %s)", «%s-бап»), the first of an
	// address capitalised, and the two parts of a code.
	Units                               map[Kind]string
	GeneralPart, SpecialPart, FinalPart string
	// What a diff says happened to a unit: added, removed, changed, and
	// moved (from the unit named by %s).
	Added, Removed, Changed, MovedFrom string

	// A change in an edition's list of changes: what an operation did
	// ("insert", "replace", "delete", "restate", "repeal"), and the scope
	// of a change throughout the text.
	Did        map[string]string
	Throughout string
	// Spelling notes the code's own spelling of words the law quotes, when
	// they matched only across the Latin "i" and the Kazakh «і» (%s: the
	// code's words).
	Spelling string

	// The review workbench (zan serve).
	Review, AsOf, Show, Previous, Next, CompareWith, From, To  string
	LawsInRange, Reading, Operations, Errors, Ignored, Changes string
	Table, Download, Paste, Upload, Check, NothingChanges      string
	Unknown, NotApplied, DraftNote                             string
}

// Name names the unit at a as a reader does: "Article 187, part 2, point
// 4)", «Статья 187, часть 2, пункт 4)», never "article:187/part:2/point:4".
func (w PageWords) Name(a Address) string {
	var b strings.Builder
	for i, s := range a {
		if i > 0 {
			b.WriteString(", ")
		}
		var name string
		switch {
		case s.Kind == CodePart && s.Num == "general":
			name = w.GeneralPart
		case s.Kind == CodePart && s.Num == "final":
			name = w.FinalPart
		case s.Kind == CodePart:
			name = w.SpecialPart
		case w.Units[s.Kind] == "": // a kind without a word: its address step, never a wrong name
			name = Address{s}.String()
		case s.Num == "": // a note: the noun alone
			name = strings.TrimSpace(strings.ReplaceAll(w.Units[s.Kind], "%s", ""))
		default:
			name = fmt.Sprintf(w.Units[s.Kind], s.Num)
		}
		if i == 0 {
			r, size := utf8.DecodeRuneInString(name)
			name = string(unicode.ToUpper(r)) + name[size:]
		}
		b.WriteString(name)
	}
	return b.String()
}

var pageWords = map[string]PageWords{
	"kk": kazakhPageWords,
	"en": {
		Edition: func(d Date) string {
			return fmt.Sprintf("Text as in force on %d %s %d.", d.Day(), d.Month(), d.Year())
		},
		Contents: "Contents", Source: "Source",
		AllCodes: "All codes", CodeEditions: "Editions of this code", Timeline: "Timeline",
		EditionsOf: "editions", Adopted: "Adopted", Number: "No.",
		EditionsIntro: "Editions: the text in force from each date until the next.",
		InForceFrom:   "In force from", WhatChanged: "What changed", BaseEdition: "base edition",
		SameDay:     "Changed by two laws on the same day",
		SameDayNote: "applied in the order shown; check that the second reads as its drafters meant",
		Footer:      "Made by zan from the corpus's codes and amending laws. Editions are computed, not official texts.",
		LawChanges: func(number string, date Date, code string) string {
			return fmt.Sprintf("Law No. %s of %s: changes to %s", number, date, code)
		},
		ChangesTo: func(code string) string { return "changes to " + code },
		InForce:   "The edition with the law in force",
		TableUnit: "Unit", TableCurrent: "Current wording", TableProposed: "New wording",
		TableNone: "None.", TableExcluded: "Excluded.",
		Units: map[Kind]string{Section: "section %s", Chapter: "chapter %s", Article: "article %s", Part: "part %s",
			Point: "point %s)", Subpoint: "subpoint %s)", Note: "note %s", Paragraph: "paragraph %s",
			Sentence: "sentence %s", List: "list %s"},
		GeneralPart: "General Part", SpecialPart: "Special Part", FinalPart: "Final Provisions",
		Added: "added", Removed: "excluded", Changed: "changed", MovedFrom: "moved from %s",
		Did: map[string]string{"insert": "added", "replace": "words replaced", "delete": "words deleted",
			"restate": "set out anew", "repeal": "excluded"},
		Throughout: "throughout the text",
		Spelling:   "the code writes «%s»",
		Review:     "Review a draft law", AsOf: "As of", Show: "Show", Previous: "Previous edition", Next: "Next edition",
		CompareWith: "Changes since the previous edition", From: "From", To: "To",
		LawsInRange: "Laws that made these changes", Reading: "How the law was read", Operations: "operations",
		Errors: "Errors", Ignored: "ignored", Changes: "What it changes", Table: "Comparative table",
		Download: "Download", Paste: "The law's text (front matter optional)", Upload: "or a file",
		Check: "Check", NothingChanges: "No unit changes.", Unknown: "unknown",
		NotApplied: "The law has errors: nothing was applied. Everything that was read is shown.",
		DraftNote:  "The draft has no date of entry into force yet: it is compared with the edition in force on the date chosen.",
	},
	"ru": {
		Edition: func(d Date) string {
			return "Редакция по состоянию на " + d.Format("02.01.2006") + "."
		},
		Contents: "Содержание", Source: "Источник",
		AllCodes: "Все кодексы", CodeEditions: "Редакции", Timeline: "Хронология",
		EditionsOf: "редакции", Adopted: "Принят", Number: "№",
		EditionsIntro: "Редакции: текст, действующий с каждой даты до следующей.",
		InForceFrom:   "Действует с", WhatChanged: "Что изменено", BaseEdition: "исходная редакция",
		SameDay:     "Изменено двумя законами в один день",
		SameDayNote: "применены в указанном порядке; проверьте, что второе изменение читается так, как задумано",
		Footer:      "Сделано zan из кодексов и изменяющих законов корпуса. Редакции вычислены, это не официальные тексты.",
		LawChanges: func(number string, date Date, code string) string {
			return fmt.Sprintf("Закон № %s от %s: изменения в %s", number, date.Format("02.01.2006"), code)
		},
		ChangesTo: func(code string) string { return "изменения в " + code },
		InForce:   "Редакция с изменениями закона",
		TableUnit: "Структурный элемент", TableCurrent: "Действующая редакция", TableProposed: "Предлагаемая редакция",
		TableNone: "Отсутствует.", TableExcluded: "Исключить.",
		Units: map[Kind]string{Section: "раздел %s", Chapter: "глава %s", Article: "статья %s", Part: "часть %s",
			Point: "пункт %s)", Subpoint: "подпункт %s)", Note: "примечание %s", Paragraph: "абзац %s",
			Sentence: "предложение %s", List: "перечень %s"},
		GeneralPart: "Общая часть", SpecialPart: "Особенная часть", FinalPart: "Заключительные положения",
		Added: "дополнено", Removed: "исключено", Changed: "изменено", MovedFrom: "перенесено из: %s",
		Did: map[string]string{"insert": "дополнено", "replace": "слова заменены", "delete": "слова исключены",
			"restate": "изложено в новой редакции", "repeal": "исключено"},
		Throughout: "по всему тексту",
		Spelling:   "в кодексе написано «%s»",
		Review:     "Проверить проект закона", AsOf: "По состоянию на", Show: "Показать", Previous: "Предыдущая редакция",
		Next: "Следующая редакция", CompareWith: "Изменения с предыдущей редакции", From: "С", To: "По",
		LawsInRange: "Законы, внесшие эти изменения", Reading: "Как прочитан закон", Operations: "операции",
		Errors: "Ошибки", Ignored: "пропущено", Changes: "Что изменяется", Table: "Сравнительная таблица",
		Download: "Скачать", Paste: "Текст закона (заголовок YAML необязателен)", Upload: "или файл",
		Check: "Проверить", NothingChanges: "Ни один структурный элемент не изменяется.", Unknown: "неизвестно",
		NotApplied: "В законе есть ошибки: ничего не применено. Показано всё, что прочитано.",
		DraftNote:  "У проекта ещё нет даты введения в действие: он сравнивается с редакцией на выбранную дату.",
	},
}

// kazakhPageWords are the page words of the Kazakh editions, in the words
// Adilet's Kazakh pages and the Kazakh codes use («редакция», «бап»,
// «бөлік», «тармақ», «Ерекше бөлік»; the comparative table's «Қолданыстағы
// редакция» / «Ұсынылып отырған редакция»). Units take their number first:
// «187-бап, 2-бөлік, 4) тармақ».
var kazakhPageWords = PageWords{
	Edition: func(d Date) string {
		return d.Format("02.01.2006") + " жағдай бойынша редакция."
	},
	Contents: "Мазмұны", Source: "Дереккөз",
	AllCodes: "Барлық кодекстер", CodeEditions: "Редакциялар", Timeline: "Хронология",
	EditionsOf: "редакциялары", Adopted: "Қабылданды", Number: "№",
	EditionsIntro: "Редакциялар: әр күннен бастап келесі редакцияға дейін қолданыста болған мәтін.",
	InForceFrom:   "Қолданысқа енгізілген күні", WhatChanged: "Не өзгерді", BaseEdition: "бастапқы редакция",
	SameDay:     "Бір күнде екі заңмен өзгертілген",
	SameDayNote: "көрсетілген ретпен қолданылды; екінші өзгерістің әзірлеушілер көздегендей оқылатынын тексеріңіз",
	Footer:      "Корпустың кодекстері мен өзгерістер енгізетін заңдарынан zan жасаған. Редакциялар есептелген, ресми мәтін емес.",
	LawChanges: func(number string, date Date, code string) string {
		return fmt.Sprintf("%s № %s Заң: %s өзгерістер", date.Format("02.01.2006"), number, code)
	},
	ChangesTo: func(code string) string { return code + " өзгерістер" },
	InForce:   "Заң қолданысқа енгізілген редакция",
	TableUnit: "Құрылымдық элемент", TableCurrent: "Қолданыстағы редакция", TableProposed: "Ұсынылып отырған редакция",
	TableNone: "Жоқ.", TableExcluded: "Алып тасталсын.",
	Units: map[Kind]string{Section: "%s-бөлім", Chapter: "%s-тарау", Article: "%s-бап", Part: "%s-бөлік",
		Point: "%s) тармақ", Subpoint: "%s) тармақша", Note: "ескертпе %s", Paragraph: "%s-абзац",
		Sentence: "%s-сөйлем", List: "%s-тізбе"},
	GeneralPart: "Жалпы бөлік", SpecialPart: "Ерекше бөлік", FinalPart: "Қорытынды ережелер",
	Added: "толықтырылды", Removed: "алып тасталды", Changed: "өзгертілді", MovedFrom: "ауыстырылды: %s",
	Did: map[string]string{"insert": "толықтырылды", "replace": "сөздер ауыстырылды", "delete": "сөздер алып тасталды",
		"restate": "жаңа редакцияда жазылды", "repeal": "алып тасталды"},
	Throughout: "бүкіл мәтін бойынша",
	Spelling:   "кодексте «%s» деп жазылған",
	Review:     "Заң жобасын тексеру", AsOf: "Күні", Show: "Көрсету", Previous: "Алдыңғы редакция",
	Next: "Келесі редакция", CompareWith: "Алдыңғы редакциядан бергі өзгерістер", From: "Бастап", To: "Дейін",
	LawsInRange: "Осы өзгерістерді енгізген заңдар", Reading: "Заң қалай оқылды", Operations: "операциялар",
	Errors: "Қателер", Ignored: "өткізілді", Changes: "Не өзгереді", Table: "Салыстырма кесте",
	Download: "Жүктеп алу", Paste: "Заң мәтіні (YAML тақырыбы міндетті емес)", Upload: "немесе файл",
	Check: "Тексеру", NothingChanges: "Бірде-бір құрылымдық элемент өзгермейді.", Unknown: "белгісіз",
	NotApplied: "Заңда қателер бар: ештеңе қолданылмады. Оқылғанның бәрі көрсетілген.",
	DraftNote:  "Жобаның әлі қолданысқа енгізілу күні жоқ: ол таңдалған күнгі редакциямен салыстырылады.",
}

// WordsFor returns the page words of language lang, English when zan has
// none for it.
func WordsFor(lang string) PageWords {
	if w, ok := pageWords[lang]; ok {
		return w
	}
	return pageWords["en"]
}
