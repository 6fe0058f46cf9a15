package codes

import "regexp"

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

// footnoteLine matches an Adilet provenance line: "Footnote. Article 187 as
// amended …", "Сноска. Статья 187 с изменениями …".
var footnoteLine = regexp.MustCompile(`^(?:Footnote|Сноска)\. `)

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
