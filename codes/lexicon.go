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
}

// num is a unit number: 380, 380-3, 2-1.
const num = `(\d+(?:-\d+)*)`

// heads lists, per kind, how its head line reads in English (Adilet
// translation) and Russian. A new language adds its words here.
var heads = []headPattern{
	// "Special Part", "ОСОБЕННАЯ ЧАСТЬ"
	{CodePart, regexp.MustCompile(`^((?i:(General|Special) Part|(Общая|Особенная) часть)\.?)$`)},
	// "Section 6. Pre-trial proceedings", "Раздел 6. Досудебное производство"
	{Section, regexp.MustCompile(`^((?i:Section|Раздел) ` + num + `\.(?: |$))`)},
	// "Chapter 16. …", "Глава 16. …"
	{Chapter, regexp.MustCompile(`^((?i:Chapter|Глава) ` + num + `\.(?: |$))`)},
	// "Article 380-3. Threatening …", "Статья 380-3. Угроза …"
	{Article, regexp.MustCompile(`^((?:Article|Статья) ` + num + `\.(?: |$))`)},
	// "Note. …", "Notes.", "Примечание. …"
	{Note, regexp.MustCompile(`^((?:Notes?|Примечани[ея])\.(?: |$))()`)},
	// "2. The act provided for …"
	{Part, regexp.MustCompile(`^(` + num + `\.(?: |$))`)},
	// "4) in an emergency situation …"
	{Point, regexp.MustCompile(`^(` + num + `\)(?: |$))`)},
	// "a) …", "б) …"
	{Subpoint, regexp.MustCompile(`^(([a-zа-яё])\)(?: |$))`)},
}

// headWords are the first words (lower-cased) of the head lines above
// that begin with a word; a line starting with any other word is text,
// which spares the patterns most lines of an act.
var headWords = map[string]bool{
	"general": true, "special": true, "общая": true, "особенная": true,
	"section": true, "раздел": true, "chapter": true, "глава": true,
	"article": true, "статья": true,
	"note": true, "notes": true, "примечание": true, "примечания": true,
}

// candidates returns the head patterns l could match, judged by its start:
// a digit ("2. …", "4) …"), a letter and ")" ("а) …"), or one of
// headWords. Most lines of an act are text and try no pattern at all.
func candidates(l string) []headPattern {
	r, size := utf8.DecodeRuneInString(l)
	if unicode.IsDigit(r) {
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

// The patterns of heads split by how their lines start.
var numberedHeads, letteredHeads, wordHeads = splitHeads()

func splitHeads() (numbered, lettered, words []headPattern) {
	for _, h := range heads {
		switch h.kind {
		case Part, Point:
			numbered = append(numbered, h)
		case Subpoint:
			lettered = append(lettered, h)
		default:
			words = append(words, h)
		}
	}
	return numbered, lettered, words
}

// footnoteLine matches an Adilet provenance line: "Footnote. Article 187 as
// amended …", "Сноска. Статья 187 с изменениями …", and the notes on
// changes to come: "IZPI's note! …", «Примечание ИЗПИ! …».
var footnoteLine = regexp.MustCompile(`^(?:(?:Footnote|Сноска)\. |IZPI's note! |Примечание ИЗПИ! )`)

// pendingLine matches a note on changes to come: "IZPI's note! Article 187
// is to be amended by …", «Примечание ИЗПИ! В статью 187 предусмотрены
// изменения …». Read back, it is such a note again, never text an
// instruction could change.
var pendingLine = regexp.MustCompile(`^(?:IZPI's note! |Примечание ИЗПИ! )`)

// pendingFrom reads the day a note on changes to come names as their entry
// into force: "(shall be enforced from 07.03.2026).", «(вводится в действие
// с 07.03.2026).».
var pendingFrom = regexp.MustCompile(`(?:shall be enforced from|вводится в действие с) (\d\d)\.(\d\d)\.(\d{4})\)\.$`)

// generalPart matches the label of the General Part; any other code part
// is the Special Part.
var generalPart = regexp.MustCompile(`(?i)^(general|общая)`)

// codePartNum names the two parts of a code in addresses: "general", "special".
func codePartNum(label string) string {
	if generalPart.MatchString(label) {
		return "general"
	}
	return "special"
}
