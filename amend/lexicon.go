package amend

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/zan-law/zan/codes"
)

// lexicon is one language's words: every word the package reads in a law
// or writes into a code. A law is read with the table of its front
// matter's language only (lang_en.go, lang_ru.go, lang_kk.go); a new
// language is a new table, and the parser's control flow does not change.
// Words are matched lower-cased unless a field says otherwise.
type lexicon struct {
	lang string // the front matter's language: "en", "ru", "kk"

	// The instruction grammar.
	units map[string]codes.Kind // unit nouns in every case: "part", «частью»; point words also name subpoints ("подпункт а)")
	// numberedUnits are unit nouns written after their number: joined by a
	// hyphen («380-3-баппен», «187-баптың», «2-тармағының») or after a
	// point's bracket («4) тармақ», «2) және 3) тармақтар»).
	numberedUnits map[string]codes.Kind
	numbers       numberWords         // ordinals and cardinals
	verbs         phraseTable         // the action: "shall be replaced", «заменить»
	contentIntros phraseTable         // introduce a unit's quoted text: "to read as follows", «следующего содержания»
	everywhere    phraseTable         // widen an instruction to the whole act: "throughout the text"
	wordsNouns    wordSet             // introduce quoted words: "the words", «цифрами»
	numberNouns   wordSet             // call the quoted words numbers, as footnotes then do: «цифры «141-1» заменены цифрами «146»»
	positions     map[string]Position // where inserted words go: "after", «перед»
	// postPositions say where inserted words go after the anchor they
	// follow: «"380-2" деген цифрлардан кейін», «екінші абзацтан кейін».
	postPositions map[string]Position
	// quotedBy follow quoted words and, with a words noun after them, name
	// them: «"X" деген сөздер», «"Y" деген сөздермен».
	quotedBy wordSet
	// newWordsNouns are the words nouns in the case that names the new
	// words of a replacement or an insertion («деген сөздермен»), where the
	// language marks it; the old words then take another («деген сөздер»).
	newWordsNouns wordSet
	fillers       wordSet // carry no meaning of their own in an instruction: "the", «настоящего»
	joiners       wordSet // join two unit mentions into one address: "part two of Article 187", «примечание к статье 1»
	caseWords     wordSet // name an occurrence after an ordinal: "in the first case", «во втором случае»
	headingWords  wordSet // the heading of a unit: "title", «заголовке»
	abbreviations wordSet // end with a full stop that never ends a sentence: «ст», «т.е», "art"
	respectively  wordSet // pair lists of words in order: "respectively", «соответственно»
	conjunctions  wordSet // join two units an instruction acts on: "the heading and part one", «частях первой и второй»

	// Language remarks of Kazakh laws, which change the Kazakh and the
	// Russian texts of a code together and say so when a change concerns
	// one of them only: «в тексте на казахском языке слова … заменить …,
	// текст на русском языке не изменяется». zan keeps the Russian and
	// English texts: a change to the Kazakh text only is reported as
	// ignored, and a remark that the Kazakh text does not change is
	// dropped from the instruction.
	languageWords wordSet // appear in every language remark: «казахском», "state"
	// Named from the law's side: the other text is the Kazakh one for a
	// Russian or English law, the Russian one for a Kazakh law.
	otherTextOnly      phraseTable // «в тексте на казахском языке»
	ownTextUnchanged   phraseTable // «текст на русском языке не изменяется»
	otherTextUnchanged phraseTable // «текст на казахском языке не изменяется»
	// Why zan ignores an instruction for the other text only, and one
	// whose remark says the law's own text does not change.
	otherOnlyReason, ownUnchangedReason string

	// The law's own structure.
	article    string                // a law article's heading word, as written: "Article", «Статья»
	lawHeading string                // the heading line naming the law and its number: "Law of the Republic of Kazakhstan"
	actIntros  wordSet               // stand before a target act's title: "To the Criminal Code …", «В Уголовный кодекс …»
	dated      wordSet               // stand before its adoption date: "dated", «от»
	months     map[string]time.Month // dates written out: "July 3, 2014", «3 июля 2014 года», «2014 жылғы 3 шілдедегі»
	yearWords  wordSet               // follow the year of a date written year first: «2014 жылғы»
	// actNouns end a target act's title named after its date, in the case
	// the instruction puts them, with the form its title has: «2014 жылғы 3
	// шілдедегі Қазақстан Республикасының Қылмыстық кодексіне» names
	// «… кодексі». A table without them names acts by actIntros and dated.
	actNouns  map[string]string
	signature []string // lines after the last article that open with these are the signature: "President"
	// editorNotes open the publisher's notes inside a law's text, ignored
	// with the line after them when the marker stands alone: «Примечание
	// ИЗПИ!» / «Порядок введения в действие настоящего Закона см. ст. 2».
	editorNotes []string

	// The entry-into-force article.
	inForce     []string              // mark the article (matched inside the lower-cased line): "shall enter into force"
	except      phraseTable           // open the exceptions: "except for", «за исключением»
	exceptAfter phraseTable           // follow the provisions excepted: «… тармақшасын қоспағанда»
	events      map[Event]phraseTable // what a period counts from: "first official publication", «подписания»
	backWords   wordSet               // count a period back from its event: "ten days before …"
	periodWords map[string]Unit       // end the length of a period: "calendar days", «месяцев»
	periodMarks wordSet               // announce a period: "after", «истечении»; a clause with one is never read as "from the day of publication"
	fromWords   wordSet               // stand before a fixed date: "from January 1, 2027", «с 1 июля 2027 года»
	fromAfter   wordSet               // follow a fixed date: «2027 жылғы 1 қаңтардан бастап»
	// References to the law's own provisions: «подпункта 2) пункта 1
	// статьи 1 настоящего Закона». Subparagraph and paragraph words are
	// matched by their stems; articles are the unit nouns.
	subparagraphStems, paragraphStems []string
	placeFillers                      wordSet // "and", "of", «настоящего», «закона»

	// What zan writes into a code in the law's language.
	wording wording        // provenance footnotes and excluded-unit placeholders
	explain explainWords   // how the dates were computed (Law.ExplainIn)
	pending pendingWording // notes on changes not yet in force
	// excludedMark matches the placeholder of an excluded unit: "Excluded
	// by the Law …", «Исключена Законом …».
	excludedMark *regexp.Regexp
	// announcedMark matches the footnote of a unit announced before it
	// is in force: its heading stands in the official text with only the
	// footnote, which names the law that adds it, date (group 1) and
	// number (group 2): «Вводится в действие … в соответствии с Законом РК
	// от 03.01.2026 № 252-VIII.»
	announcedMark *regexp.Regexp
}

// lexicons holds the word table of each language zan reads, by the front
// matter's language. Each table is made on first use: a run pays only for
// the languages of the laws it reads (zan diff for none).
var lexicons = map[string]func() *lexicon{
	"en": sync.OnceValue(englishLexicon),
	"ru": sync.OnceValue(russianLexicon),
	"kk": sync.OnceValue(kazakhLexicon),
}

// lexiconOf returns the word table of a language, or an error naming the
// languages zan reads.
func lexiconOf(lang string) (*lexicon, error) {
	if lx, ok := lexicons[lang]; ok {
		return lx(), nil
	}
	return nil, fmt.Errorf("no word table for language %q (zan reads: %s)", lang,
		strings.Join(slices.Sorted(maps.Keys(lexicons)), ", "))
}

// wordSet is a set of lower-case words.
type wordSet map[string]bool

// words makes a set of the space-separated words of list.
func words(list string) wordSet {
	s := wordSet{}
	for _, w := range strings.Fields(list) {
		s[w] = true
	}
	return s
}

// unitNouns maps each word of each list to its kind.
func unitNouns(lists map[codes.Kind]string) map[string]codes.Kind {
	out := map[string]codes.Kind{}
	for kind, list := range lists {
		for _, w := range strings.Fields(list) {
			out[w] = kind
		}
	}
	return out
}

// periods maps each word of each list to its unit.
func periods(lists map[Unit]string) map[string]Unit {
	out := map[string]Unit{}
	for unit, list := range lists {
		for _, w := range strings.Fields(list) {
			out[w] = unit
		}
	}
	return out
}

// monthNames maps the twelve space-separated month names, January first.
func monthNames(list string) map[string]time.Month {
	out := map[string]time.Month{}
	for i, w := range strings.Fields(list) {
		out[w] = time.Month(i + 1)
	}
	return out
}

// verb is what an instruction does, before its objects are known.
type verb int

const (
	noVerb verb = iota
	verbAdd
	verbReplace
	verbDelete
	verbRestate
)

// phrase is a run of words with a meaning in the grammar.
type phrase struct {
	words []string
	verb  verb
}

// phraseTable holds phrases by their first word, longest first.
type phraseTable map[string][]phrase

// phrases makes a table of the "|"-separated phrases of each verb.
func phrases(table map[verb]string) phraseTable {
	var out []phrase
	for v, list := range table {
		for _, p := range strings.Split(list, "|") {
			out = append(out, phrase{strings.Fields(p), v})
		}
	}
	// Longest first, so "shall be supplemented" wins over "supplemented".
	slices.SortStableFunc(out, func(a, b phrase) int { return len(b.words) - len(a.words) })
	byFirst := phraseTable{}
	for _, ph := range out {
		byFirst[ph.words[0]] = append(byFirst[ph.words[0]], ph)
	}
	return byFirst
}

// phraseList makes a table of "|"-separated phrases without a verb.
func phraseList(list string) phraseTable { return phrases(map[verb]string{noVerb: list}) }
