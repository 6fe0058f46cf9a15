package amend

import (
	"slices"
	"strings"
	"time"

	"github.com/zan-law/zan/codes"
)

// The word tables of the instruction grammar, English (Adilet translation)
// and Russian (the original). Words are matched lower-cased. A new language
// (Kazakh) adds entries here; the parser's control flow does not change.

// unitWords maps a unit word, in every case the drafters use, to its kind.
// Point words also name subpoints when the number is a letter ("подпункт а)").
var unitWords = map[string]codes.Kind{}

func init() {
	for kind, words := range map[codes.Kind]string{
		codes.Article: "article articles статья статьи статье статью статьей статьёй статьями статей",
		codes.Part:    "part parts часть части частью частей частям частями",
		codes.Point: "paragraph paragraphs subparagraph subparagraphs item items point points " +
			"пункт пункта пункте пунктом пункты пунктов пунктами " +
			"подпункт подпункта подпункте подпунктом подпункты подпунктов подпунктами",
		codes.Chapter: "chapter глава главы главе главу главой",
		codes.Section: "section раздел раздела разделе разделом",
		codes.Note:    "note примечание примечания примечании примечанием",
		// Unnumbered paragraphs of a part: «абзац второй», «после абзаца второго».
		codes.Paragraph: "абзац абзаца абзаце абзацем абзацу абзацы абзацев абзацами абзацах",
	} {
		for _, w := range strings.Fields(words) {
			unitWords[w] = kind
		}
	}
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

// verbs: the action of an instruction.
var verbs = phrases(map[verb]string{
	verbAdd:     "shall be supplemented|be supplemented|supplemented|supplement|shall be added|add|дополнить",
	verbReplace: "shall be replaced|be replaced|replaced|replace|заменить",
	verbDelete:  "shall be deleted|shall be excluded|be deleted|be excluded|deleted|excluded|delete|exclude|исключить",
	verbRestate: "shall read|shall be read|shall be set out|shall be stated|shall be restated|be set out|be stated|set out|restate|state|изложить",
})

// contentIntros introduce the quoted text of a unit: "to read as follows:".
var contentIntros = phrases(map[verb]string{noVerb: "to read as follows|read as follows|as follows|" +
	"of the following content|the following content|following content|" +
	"in the following wording|in the following edition|in the following version|in the following reading|" +
	"следующего содержания|в следующей редакции"})

// everywhere widens an instruction to the whole act.
var everywhere = phrases(map[verb]string{noVerb: "throughout the text|in the entire text|in the whole text|по всему тексту"})

// wordsNouns introduce quoted words: "the words", "numbers", «цифрами».
var wordsNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields("word words number numbers figure figures digit digits " +
		"слово слова слов словом словами цифру цифры цифр цифрой цифрами") {
		wordsNouns[w] = true
	}
}

// numberNouns call the quoted words numbers, as footnotes then do:
// «цифры «141-1» заменены цифрами «146»».
var numberNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields("number numbers figure figures digit digits цифру цифры цифр цифрой цифрами") {
		numberNouns[w] = true
	}
}

// positions: where inserted words go.
var positions = map[string]Position{"after": After, "before": Before, "после": After, "перед": Before}

// fillers are words that carry no meaning of their own in an instruction.
var fillers = map[string]bool{}

func init() {
	for _, w := range strings.Fields("the a an to in of with by it its this code and " +
		"в во к со с и его ее настоящего кодекса") {
		fillers[w] = true
	}
}

// months, for dates written out: "July 3, 2014", "3 июля 2014 года".
var months = map[string]time.Month{}

func init() {
	en := strings.Fields("january february march april may june july august september october november december")
	ru := strings.Fields("января февраля марта апреля мая июня июля августа сентября октября ноября декабря")
	for i := range en {
		months[en[i]] = time.Month(i + 1)
		months[ru[i]] = time.Month(i + 1)
	}
}

// Instructions for one language's text. Kazakh laws change the Kazakh and
// the Russian texts of a code together and say so when a change concerns
// one of them only: «в тексте на казахском языке слова … заменить …, текст
// на русском языке не изменяется». zan keeps the Russian and English texts:
// a change to the Kazakh text only is reported as ignored, and a remark that
// the Kazakh text does not change is dropped from the instruction.
var (
	// languageWords appear in every language remark.
	languageWords = map[string]bool{"казахском": true, "русском": true, "государственном": true,
		"kazakh": true, "russian": true, "state": true}
	kazakhOnly = phrases(map[verb]string{noVerb: "в тексте на казахском языке|на казахском языке|" +
		"in the text in the state language|in the state language|in the text in the kazakh language|in the kazakh language"})
	russianUnchanged = phrases(map[verb]string{noVerb: "текст на русском языке не изменяется|" +
		"the text in the russian language does not change|the text in russian does not change|the text in russian is not changed"})
	kazakhUnchanged = phrases(map[verb]string{noVerb: "текст на казахском языке не изменяется|текст на государственном языке не изменяется|" +
		"the text in the state language does not change|the text in the kazakh language does not change|the text in the state language is not changed"})
)
