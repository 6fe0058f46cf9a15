package amend

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zan-law/zan/codes"
)

// Word-level edits inside a unit's text. Anchors match on token
// boundaries: "380-2" never matches inside "380-21" or "1380-2", and "379"
// not inside "379-1".

// occurrences returns the byte offsets of words in s on token boundaries.
func occurrences(s, words string) []int {
	var out []int
	for _, sp := range matches(s, words) {
		out = append(out, sp.at)
	}
	return out
}

// match is where words occur in a text: s[at:end].
type match struct{ at, end int }

// lookAlikes are the Latin letters real Kazakh texts write for their
// Cyrillic look-alikes inside Kazakh words («екi мың» in the code, «екі
// мың» in the law; «шiлдедегi»): words match across the two.
var lookAlikes = strings.NewReplacer("i", "і", "I", "І")

// matches returns where words occur in s on token boundaries, matching the
// Latin "i" and the Kazakh «і» as one letter when either side has the
// Kazakh one; the span is of s's own letters, which may be fewer bytes.
func matches(s, words string) []match {
	if words == "" {
		return nil
	}
	if !lookAlike(words) {
		return exactMatches(s, words)
	}
	// Fold both to the Kazakh letters; off maps each byte of the folded
	// text back to s.
	fs, fw := lookAlikes.Replace(s), lookAlikes.Replace(words)
	if fs == s {
		return exactMatches(s, fw)
	}
	off := make([]int, 0, len(fs)+1)
	for i := 0; i < len(s); i++ {
		off = append(off, i)
		if s[i] == 'i' || s[i] == 'I' {
			off = append(off, i) // «і» is two bytes where "i" was one
		}
	}
	off = append(off, len(s))
	var out []match
	for _, sp := range exactMatches(fs, fw) {
		at, end := off[sp.at], off[sp.end]
		if boundaryBefore(s, at, words) && boundaryAfter(s, end, words) {
			out = append(out, match{at, end})
		}
	}
	return out
}

// pattern is words an instruction names, read once for the many texts it
// is looked for in: whether they may match across the Latin "i" and the
// Kazakh «і» (lookAlike), and then their folded form.
type pattern struct {
	words, folded string
	lookAlike     bool
}

func newPattern(words string) pattern {
	p := pattern{words: words, lookAlike: lookAlike(words)}
	if p.lookAlike {
		p.folded = lookAlikes.Replace(words)
	}
	return p
}

// contains reports whether the words stand in s as matches finds them,
// token boundaries aside: a cheap test of the units an edit may write to.
func (p pattern) contains(s string) bool {
	if strings.Contains(s, p.words) {
		return true
	}
	return p.lookAlike && strings.Contains(lookAlikes.Replace(s), p.folded)
}

// lookAlike reports whether words could match a text only across the Latin
// "i" and the Kazakh «і»: the words have the Kazakh letter, or a Latin one
// among Cyrillic letters («шiлдедегi»). Words all in Latin letters (an
// English law's) never fold, and the text need not be read for it: a
// code's megabytes are not scanned once per instruction.
func lookAlike(words string) bool {
	latinI, cyrillic := false, false
	for i := 0; i < len(words); i++ {
		switch b := words[i]; {
		case b == 'i' || b == 'I':
			latinI = true
		case b >= 0xD0 && b <= 0xD3: // the lead byte of a letter of U+0400–U+04FF, Kazakh's too
			cyrillic = true
		}
	}
	return cyrillic && (latinI || strings.Contains(words, "і") || strings.Contains(words, "І"))
}

// exactMatches returns where words occur in s, byte for byte, on token boundaries.
func exactMatches(s, words string) []match {
	var out []match
	for from := 0; from <= len(s)-len(words); {
		i := strings.Index(s[from:], words)
		if i < 0 {
			break
		}
		at := from + i
		if boundaryBefore(s, at, words) && boundaryAfter(s, at+len(words), words) {
			out = append(out, match{at, at + len(words)})
		}
		_, size := utf8.DecodeRuneInString(s[at:])
		from = at + size
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// boundaryBefore reports whether words found at s[at:] start a token: no
// word goes on into them from the left ("380" is inside "12-380").
func boundaryBefore(s string, at int, words string) bool {
	first, _ := utf8.DecodeRuneInString(words)
	return !isWordRune(first) || codes.WordStart(s, at, isWordRune) == at
}

// boundaryAfter reports whether words ending at s[:end] end a token: no
// word goes on from them to the right ("379" is inside "379-1").
func boundaryAfter(s string, end int, words string) bool {
	last, _ := utf8.DecodeLastRuneInString(words)
	return !isWordRune(last) || codes.WordEnd(s, end, isWordRune) == end
}

// enumItem matches an item of an enumeration of article, part or point
// numbers, with its qualifier: "380-2", "245 (part one)", «107 (частью второй)».
var enumItem = regexp.MustCompile(`^\d+(?:-\d+)*(?: \([^()]*\))?$`)

// separator is what joins inserted words to their anchor, as the drafter
// left it implicit: ", " between items of an enumeration ("380-2" +
// "380-3 (parts four, five and six)"), nothing before words that start
// with punctuation («, 380-3»), one space otherwise.
func separator(anchor, text string) string {
	first, _ := utf8.DecodeRuneInString(text)
	switch {
	case startsWithPunct(text):
		return ""
	case enumItem.MatchString(anchor) && isDigit(first):
		return ", "
	}
	return " "
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// startsWithPunct reports whether text opens with punctuation that joins
// the preceding word directly: «, 380-3», "; and".
func startsWithPunct(text string) bool {
	first, _ := utf8.DecodeRuneInString(text)
	return unicode.IsPunct(first) && !strings.ContainsRune("(«\"“„", first)
}

// insertAt inserts text next to the anchor found at offset at.
func insertAt(s string, at, end int, anchor, text string, pos Position) (string, string) {
	if pos == Before {
		// "379-1" before "380" gives "379-1, 380"; words that bring their
		// own comma ("379-1 (part one),") get a space.
		sep := " "
		first, _ := utf8.DecodeRuneInString(text)
		last, _ := utf8.DecodeLastRuneInString(text)
		if enumItem.MatchString(anchor) && isDigit(first) && last != ',' && last != ';' {
			sep = ", "
		}
		return s[:at] + text + sep + s[at:], sep
	}
	sep := separator(anchor, text)
	return s[:end] + sep + text + s[end:], sep
}

// closings are the marks that close a unit's text, longest first: a
// disposition closes with «, –» or «–» before its sanction, a point with
// ";" or ".", an intro with ":". Words added at the end go before them.
var closings = []string{", –", " –", "–", ", -", " -", ".", ";", ":"}

// closing returns where the mark that closes s starts (len(s) if none).
func closing(s string) int {
	for _, c := range closings {
		if strings.HasSuffix(s, c) {
			return len(s) - len(c)
		}
	}
	return len(s)
}

// appendWords adds words at the end of a unit's text ("supplement with the
// words …"), before the mark that closes it: "…по предварительному
// сговору;" + «или преступной группой» gives "…по предварительному сговору
// или преступной группой;", and «2) неоднократно, –» + «или с применением
// насилия» gives «2) неоднократно или с применением насилия, –». Words
// that bring their own closing mark and begin a sentence (a capital
// letter) follow the unit's own closing mark: "of this chapter." + "This
// applies …." Other words that close themselves take the place of a
// closing mark like their own ("сговору;" + «или группой;»); a closing
// mark unlike theirs, or a dash on either side, is refused: which one
// stays is the drafter's to say.
func appendWords(s, text string) (string, string, error) {
	at := closing(s)
	body, tail := s[:at], s[at:]
	if c := closing(text); c < len(text) {
		own := text[c:]
		switch r, _ := utf8.DecodeRuneInString(text); {
		case !strings.ContainsAny(own+tail, "–-") && unicode.IsUpper(r):
			body, tail = s, "" // a new sentence after the unit's own
		case !strings.ContainsAny(own+tail, "–-") && (tail == own || tail == ""):
			tail = ""
		default:
			return s, "", fmt.Errorf("the words %q bring their own closing mark %q, and the unit closes with %q: which one stays?", text, own, tail)
		}
	}
	sep := separator("", text)
	return body + sep + text + tail, sep, nil
}

// replaceAt replaces s[start:end] by text and returns the separator it
// supplied. New words that start with punctuation join the word before
// them, as inserted words do: «слова «или распоряжению» заменить словами
// «, распоряжению или указанию»» in "требованию или распоряжению" gives
// "требованию, распоряжению или указанию". Old words that start with such
// punctuation stand joined to the word before them; new words that do not
// get the space the old ones did without: ««, сол сияқты» деген сөздер «не»
// деген сөзбен ауыстырылсын» in «жолымен, сол сияқты өзге» gives «жолымен
// не өзге» (Law No. 490-IV of 9 November 2011), not «жолыменне өзге».
func replaceAt(s string, start, end int, text string) (string, string) {
	left, sep := s[:start], ""
	switch {
	case startsWithPunct(text):
		left = strings.TrimSuffix(left, " ")
	case startsWithPunct(s[start:end]) && text != "" && endsWord(left):
		sep = " "
	}
	return left + sep + text + s[end:], sep
}

// endsWord reports whether s ends with a word or a closing bracket or
// quote that words after it stand apart from: "жолымен", "(частью первой)".
func endsWord(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(s)
	return s != "" && (isWordRune(last) || strings.ContainsRune(")»\"”", last))
}

// deleteAt removes s[start:end] and, where that leaves two spaces or a
// space before punctuation, one space: "a X b" → "a b", "a X." → "a.",
// but "service, X or" keeps its space → "service or".
func deleteAt(s string, start, end int) string {
	left, right := s[:start], s[end:]
	switch {
	case strings.HasSuffix(left, " ") && (right == "" || strings.HasPrefix(right, " ") || startsWithPunct(right)):
		left = left[:len(left)-1]
	case (left == "" || strings.HasSuffix(left, "(")) && strings.HasPrefix(right, " "):
		right = right[1:]
	}
	return left + right
}
