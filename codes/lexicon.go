package codes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headPattern recognises the head line of one kind of unit. Each pattern
// has two groups: the label (everything before the heading or text, spaces
// included) and the number; what follows the label is the heading or text.
type headPattern struct {
	kind Kind
	re   *regexp.Regexp
	// numbered marks the Kazakh heads that begin with their number
	// ("249-бап. …", "8-тарау. …"): tried on lines starting "N-letter".
	numbered bool
}

// num is a unit number: 380, 380-3, 2-1.
const num = `(\d+(?:-\d+)*)`

// heads lists, per kind, how its head line reads in English (Adilet
// translation) and Russian. A new language adds its words here.
var heads = []headPattern{
	// "Special Part", "ОСОБЕННАЯ ЧАСТЬ", "ЕРЕКШЕ БӨЛІМ", «Ерекше бөлiк» (the official Kazakh Criminal Code), and the final
	// provisions after it: "ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ", "ҚОРЫТЫНДЫ ЕРЕЖЕЛЕР"
	{CodePart, regexp.MustCompile(`^((?i:(General|Special) Part|Final provisions|(Общая|Особенная) часть|Заключительные положения|(Жалпы|Ерекше) бөл[іi][мк]|Қорытынды ережелер)\.?)$`), false},
	// "Section 6. Pre-trial proceedings", "Раздел 6. Досудебное производство"
	{Section, regexp.MustCompile(`^((?i:Section|Раздел) ` + num + `\.(?: |$))`), false},
	// "Chapter 16. …", "Глава 16. …"
	{Chapter, regexp.MustCompile(`^((?i:Chapter|Глава) ` + num + `\.(?: |$))`), false},
	// "Article 380-3. Threatening …", "Статья 380-3. Угроза …"
	{Article, regexp.MustCompile(`^((?:Article|Статья) ` + num + `\.(?: |$))`), false},
	// Kazakh: "7-бөлім. …", "8-тарау. …", "249-бап. Рейдерлiк"
	{Section, regexp.MustCompile(`^(` + num + `-(?i:бөл[іi]м)\.(?: |$))`), true},
	{Chapter, regexp.MustCompile(`^(` + num + `-(?i:тарау)\.(?: |$))`), true},
	{Article, regexp.MustCompile(`^(` + num + `-бап\.(?: |$))`), true},
	// "Note. …", "Notes.", "Примечание. …", "Ескертпе. …", "Ескертпелер.";
	// and «Ескерту. …» where it is not a footnote: the Kazakh Criminal Code
	// notes an article with the footnotes' word («Ескерту. Қазақстан
	// Республикасы Президентiнiң жүргiзiп отырған саясаты туралы …», after
	// Article 375's parts). A footnote follows the head line (parser.line
	// reads it first); a note stands after the text it notes.
	{Note, regexp.MustCompile(`^((?:Notes?|Примечани[ея]|Ескертпе(?:лер)?|Ескерту)\.(?: |$))()`), false},
	// "2. The act provided for …"
	{Part, regexp.MustCompile(`^(` + num + `\.(?: |$))`), false},
	// "4) in an emergency situation …"
	{Point, regexp.MustCompile(`^(` + num + `\)(?: |$))`), false},
	// "a) …", "б) …"
	{Subpoint, regexp.MustCompile(`^(([a-zа-яёәғқңөұүһі])\)(?: |$))`), false},
}

// headWords are the first words (lower-cased) of the head lines above
// that begin with a word; a line starting with any other word is text,
// which spares the patterns most lines of an act.
var headWords = map[string]bool{
	"general": true, "special": true, "общая": true, "особенная": true,
	"section": true, "раздел": true, "chapter": true, "глава": true,
	"article": true, "статья": true,
	"note": true, "notes": true, "примечание": true, "примечания": true,
	"final": true, "заключительные": true, "жалпы": true, "ерекше": true, "қорытынды": true,
	"ескертпе": true, "ескертпелер": true, "ескерту": true,
}

// candidates returns the head patterns l could match, judged by its start:
// a digit ("2. …", "4) …"), a letter and ")" ("а) …"), or one of
// headWords. Most lines of an act are text and try no pattern at all.
func candidates(l string) []headPattern {
	r, size := utf8.DecodeRuneInString(l)
	if unicode.IsDigit(r) {
		if kazakhNumbered(l) {
			return kazakhHeads
		}
		return numberedHeads
	}
	if next, _ := utf8.DecodeRuneInString(l[size:]); next == ')' {
		return letteredHeads
	}
	end := strings.IndexAny(l, " .")
	if end < 0 {
		end = len(l)
	}
	if headWords[strings.ToLower(l[:end])] {
		return wordHeads
	}
	return nil
}

// kazakhNumbered reports whether l starts with a number and a hyphen
// before a letter, as Kazakh heads do ("249-бап.", "235-1-бап."); a part
// or point ("1-1. …", "2-1) …") has a digit after each hyphen.
func kazakhNumbered(l string) bool {
	i := 0
	for i < len(l) && ('0' <= l[i] && l[i] <= '9' || l[i] == '-' && i+1 < len(l) && '0' <= l[i+1] && l[i+1] <= '9') {
		i++
	}
	return i+1 < len(l) && l[i] == '-' && l[i+1] >= utf8.RuneSelf
}

// The patterns of heads split by how their lines start.
var numberedHeads, letteredHeads, wordHeads, kazakhHeads = splitHeads()

func splitHeads() (numbered, lettered, words, kazakh []headPattern) {
	for _, h := range heads {
		switch {
		case h.numbered:
			kazakh = append(kazakh, h)
			continue
		}
		switch h.kind {
		case Part, Point:
			numbered = append(numbered, h)
		case Subpoint:
			lettered = append(lettered, h)
		default:
			words = append(words, h)
		}
	}
	return numbered, lettered, words, kazakh
}

// pendingNote is how a note on changes to come begins, in each language:
// "IZPI's note! Article 187 is to be amended by …", «Примечание ИЗПИ! В
// статью 187 предусмотрены изменения …». Read back, it is such a note
// again, never text an instruction could change.
const pendingNote = `IZPI's note! |Примечание ИЗПИ! |ЗҚАИ-ның ескертпесі! `

// footnoteLine matches an Adilet provenance line ("Footnote. Article 187
// as amended …", «Сноска. Статья 187 с изменениями …») or a note on
// changes to come; pendingLine only the latter.
var (
	footnoteLine = regexp.MustCompile(`^(?:(?:Footnote|Сноска|Ескерту)\. |` + pendingNote + `)`)
	pendingLine  = regexp.MustCompile(`^(?:` + pendingNote + `)`)
)

// pendingFrom reads the day a note on changes to come names as their entry
// into force: "(shall be enforced from 07.03.2026).", «(вводится в действие
// с 07.03.2026).».
var pendingFrom = regexp.MustCompile(`(?:(?:shall be enforced from|вводится в действие с) (\d\d)\.(\d\d)\.(\d{4})\)\.|\((\d\d)\.(\d\d)\.(\d{4}) бастап қолданысқа енгізіледі\) Заңымен\.)$`)

// generalPart and finalPart match the labels of the General Part and of
// the final provisions; any other code part is the Special Part.
var (
	generalPart = regexp.MustCompile(`(?i)^(general|общая|жалпы)`)
	finalPart   = regexp.MustCompile(`(?i)^(final|заключительные|қорытынды)`)
)

// codePartNum names the parts of a code in addresses: "general",
// "special", "final" (the final provisions).
func codePartNum(label string) string {
	switch {
	case generalPart.MatchString(label):
		return "general"
	case finalPart.MatchString(label):
		return "final"
	}
	return "special"
}

// HeadKind returns the kind of unit the line l opens where such a unit may
// stand ("Статья 5. …" an article, "2. …" a part, "249-бап. …" a Kazakh
// article), and false for a line that opens none. Readers of other formats
// (corpus/official) use it to know how a line will read back.
func HeadKind(l string) (Kind, bool) {
	for _, h := range candidates(l) {
		if h.re.MatchString(l) {
			return h.kind, true
		}
	}
	return 0, false
}

// IsFootnote reports whether l is a provenance footnote line: "Footnote.
// …", «Сноска. …», «Ескерту. …», or a note on changes to come.
func IsFootnote(l string) bool { return footnoteLine.MatchString(l) }
