package amend

import (
	"regexp"
	"strings"

	"github.com/zan-law/zan/codes"
)

// englishLexicon makes the word table of Adilet's English translations.
func englishLexicon() *lexicon {
	return &lexicon{
		lang: "en",

		units: unitNouns(map[codes.Kind]string{
			codes.Article:  "article articles",
			codes.Part:     "part parts",
			codes.Point:    "paragraph paragraphs subparagraph subparagraphs item items point points",
			codes.Chapter:  "chapter chapters",
			codes.Section:  "section",
			codes.Note:     "note",
			codes.Sentence: "sentence sentences",
		}),
		numbers: englishNumbers(),
		verbs: phrases(map[verb]string{
			verbAdd:     "shall be supplemented|be supplemented|supplemented|supplement|shall be added|add",
			verbReplace: "shall be replaced|be replaced|replaced|replace",
			verbDelete:  "shall be deleted|shall be excluded|be deleted|be excluded|deleted|excluded|delete|exclude",
			verbRestate: "shall read|shall be read|shall be set out|shall be stated|shall be restated|be set out|be stated|set out|restate|state",
		}),
		contentIntros: phraseList("to read as follows|read as follows|as follows|" +
			"of the following content|the following content|following content|" +
			"in the following wording|in the following edition|in the following version|in the following reading"),
		everywhere:    phraseList("throughout the text|in the entire text|in the whole text"),
		wordsNouns:    words("word words number numbers figure figures digit digits"),
		numberNouns:   words("number numbers figure figures digit digits"),
		positions:     map[string]Position{"after": After, "before": Before},
		fillers:       words("the a an to in of with by it its this code and"),
		joiners:       words("of the to"),
		caseWords:     words("case instance"),
		abbreviations: words("art arts no nos para paras p pp subpara i.e e.g cf st mr mrs ms dr vs jr sr"),
		respectively:  words("respectively"),
		conjunctions:  words("and"),
		headingWords:  words("heading title"),

		languageWords: words("kazakh russian state"),
		otherTextOnly: phraseList("in the text in the state language|in the state language|in the text in the kazakh language|in the kazakh language"),
		ownTextUnchanged: phraseList("the text in the russian language does not change|the text in russian does not change|" +
			"the text in russian is not changed"),
		otherTextUnchanged: phraseList("the text in the state language does not change|the text in the kazakh language does not change|" +
			"the text in the state language is not changed"),
		otherOnlyReason:    "changes the text in the state language (Kazakh) only",
		ownUnchangedReason: "changes the Kazakh text only (the Russian text does not change)",

		article:     "Article",
		lawHeading:  "Law of the Republic of Kazakhstan",
		actIntros:   words("the"),
		dated:       words("dated"),
		months:      monthNames("january february march april may june july august september october november december"),
		signature:   []string{"President", "Republic of Kazakhstan"},
		editorNotes: []string{"Note of the IZPI!", "Note of IZPI!", "Note of the RCLI!", "Note of RCLI!", "IZPI!", "RCLI!"},

		inForce: []string{"enter into force", "enters into force", "shall be enforced", "come into force"},
		except:  phraseList("except for|except|with the exception of"),
		events: map[Event]phraseTable{
			Publication: phraseList("first official publication"),
			Signing:     phraseList("signing"),
		},
		backWords:         words("before prior"),
		periodWords:       periods(map[Unit]string{Days: "calendar day days", Months: "month months", Years: "year years"}),
		periodMarks:       words("after expiry expiration"),
		fromWords:         words("from on since"),
		subparagraphStems: []string{"subparagraph"},
		paragraphStems:    []string{"paragraph"},
		placeFillers:      words("and of the this law"),

		wording: englishWording,
		explain: explainWords{
			overridden: "in_force %s set in the front matter (overrides the clause)", except: "; except %s: %s",
			fixed: "fixed date → in force %s", noRule: "no rule",
			published: "first official publication", signed: "signing (the law's date)",
			publishedOn: "published %s", signedOn: "signed %s",
			fromUnknown: "from %s; publication date unknown", from: "from %s → in force %s",
			afterUnknown: "%s after %s; publication date unknown",
			days:         "%s + %s counted from the next day (period ends %s) → in force %s",
			period:       "%s + %s (period ends %s) → in force %s",
		},
		pending:      englishPending,
		excludedMark: regexp.MustCompile(`^Excluded\b`),
		// Constructed in the form of the Russian (no English notice was at
		// hand): "Shall be enforced … in accordance with the Law of the RK
		// dated 03.01.2026 No. 252-VIII."
		announcedMark: regexp.MustCompile(`^Shall be enforced .* in accordance with the Law of the RK dated (\d\d\.\d\d\.\d{4}) No\. (\S+?)\.$`),
	}
}

var englishUnits = map[codes.Kind]string{codes.Article: "Article %s", codes.Chapter: "Chapter %s", codes.Section: "Section %s",
	codes.Part: "Part %s", codes.Point: "Subparagraph %s", codes.Subpoint: "Subparagraph %s", codes.Note: "Note %s"}

var englishWording = wording{
	footnote:    "Footnote. ",
	lawBy:       "the Law of the RK dated %s No. %s",
	lawOf:       "the Law of the RK dated %s No. %s",
	lawNext:     "dated %s No. %s",
	amended:     "as amended by %s",
	restated:    "in the wording of %s",
	amendedOne:  []string{"as amended by the Law of the RK dated"},
	amendedMany: "as amended by the laws of the RK dated",
	nextMark:    regexp.MustCompile(`^dated `), amendedMark: "as amended",
	heading:        "The heading of %s",
	headingAmended: "The heading of %s",
	added:          "The Code is supplemented by %s in accordance with %s",
	excluded:       map[codes.Kind]string{},
	excludedOther:  "Excluded by %s",
	units:          englishUnits,
	unitsAdded:     englishUnits,
	unitsOf:        englishUnits,
	after:          "shall be enforced %s after the date of its %s",
	on:             "shall be enforced from the date of its %s",
	fixed:          "shall be enforced from %s",
	events:         map[Event]string{Publication: "first official publication", Signing: "signing"},
	periodNouns: map[Unit][2]string{Days: {"%s calendar day", "%s calendar days"}, Months: {"%s month", "%s months"},
		Years: {"%s year", "%s years"}},
	singular: func(n int) bool { return n == 1 },

	replacedEverywhere: `Throughout the text, the %[1]s "%[3]s" are replaced by the %[2]s "%[4]s"`,
	deletedEverywhere:  `Throughout the text, the %[1]s "%[3]s" are deleted`,
	insertedEverywhere: `Throughout the text, the %[1]s "%[3]s" are added`,
	wordNouns:          [2]string{"words", "words"},
	numberNouns:        [2]string{"numbers", "numbers"},
	inAccordance:       "in accordance with %s",
}

var englishPending = pendingWording{
	note: "IZPI's note! ", amended: "%s is to be amended by %s", added: "%s is to be supplemented by %s by %s",
	code: "The Code",
	subject: map[codes.Kind]string{codes.Article: "Article %s", codes.Chapter: "Chapter %s", codes.Section: "Section %s",
		codes.CodePart: "Part %s"},
	receiver: map[codes.Kind]string{codes.Article: "Article %s", codes.Chapter: "Chapter %s", codes.Section: "Section %s",
		codes.CodePart: "Part %s"},
	enforced: "shall be enforced from %s",
	// Constructed in the form of the Russian: no English announcement was at hand.
	announced: "%[1]s in accordance with %[2]s",
}

func englishNumbers() numberWords {
	units := strings.Fields("one two three four five six seven eight nine ten " +
		"eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	unitsOrd := strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth " +
		"eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth")
	tens := strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety")
	tensOrd := strings.Fields("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth")
	card, ord := map[string]int{}, map[string]int{}
	for i := range units {
		card[units[i]], ord[unitsOrd[i]] = i+1, i+1
	}
	// Compounds with an inner hyphen: "twenty-one", "twenty-fifth".
	for t := range tens {
		n := (t + 2) * 10
		card[tens[t]], ord[tensOrd[t]] = n, n
		for u := 0; u < 9; u++ {
			card[tens[t]+"-"+units[u]], ord[tens[t]+"-"+unitsOrd[u]] = n+u+1, n+u+1
		}
	}
	return numberWords{cardinals: card, ordinals: ord, unitCardinals: card}
}
