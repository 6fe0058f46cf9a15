package amend

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word-level edits inside a unit's text. Anchors match on token
// boundaries: "380-2" never matches inside "380-21" or "1380-2", and "379"
// not inside "379-1".

// occurrences returns the byte offsets of words in s on token boundaries.
func occurrences(s, words string) []int {
	if words == "" {
		return nil
	}
	var out []int
	for from := 0; from <= len(s)-len(words); {
		i := strings.Index(s[from:], words)
		if i < 0 {
			break
		}
		at := from + i
		if boundaryBefore(s, at, words) && boundaryAfter(s, at+len(words), words) {
			out = append(out, at)
		}
		_, size := utf8.DecodeRuneInString(s[at:])
		from = at + size
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func boundaryBefore(s string, at int, words string) bool {
	first, _ := utf8.DecodeRuneInString(words)
	if !isWordRune(first) || at == 0 {
		return true
	}
	prev, size := utf8.DecodeLastRuneInString(s[:at])
	if isWordRune(prev) {
		return false
	}
	if prev == '-' { // "-380" inside "12-380"
		pp, _ := utf8.DecodeLastRuneInString(s[:at-size])
		return !isWordRune(pp)
	}
	return true
}

func boundaryAfter(s string, end int, words string) bool {
	last, _ := utf8.DecodeLastRuneInString(words)
	if !isWordRune(last) || end >= len(s) {
		return true
	}
	next, size := utf8.DecodeRuneInString(s[end:])
	if isWordRune(next) {
		return false
	}
	if next == '-' && end+size < len(s) { // "379" inside "379-1"
		nn, _ := utf8.DecodeRuneInString(s[end+size:])
		return !isWordRune(nn)
	}
	return true
}

// separator is what joins inserted words to their anchor, as the drafter
// left it implicit: ", " between numbers of an enumeration ("380-2" +
// "380-3 (parts four, five and six)"), nothing before words that start
// with punctuation («, 380-3»), one space otherwise.
func separator(anchor, text string) string {
	first, _ := utf8.DecodeRuneInString(text)
	switch {
	case unicode.IsPunct(first) && first != '(' && first != '«' && first != '"':
		return ""
	case isNumber(anchor) && unicode.IsDigit(first):
		return ", "
	}
	return " "
}

// isNumber reports whether s is an article/part/point number: 379, 380-2.
func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, part := range strings.Split(s, "-") {
		if part == "" {
			return false
		}
		for _, r := range part {
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}

// insertAt inserts text next to the anchor found at offset at.
func insertAt(s string, at int, anchor, text string, pos Position) (string, string) {
	if pos == Before {
		// "379-1" before "380" gives "379-1, 380"; words that bring their
		// own punctuation ("379-1 (part one),") get a space.
		sep := " "
		last, _ := utf8.DecodeLastRuneInString(text)
		if first, _ := utf8.DecodeRuneInString(text); isNumber(anchor) && unicode.IsDigit(first) && !unicode.IsPunct(last) {
			sep = ", "
		}
		return s[:at] + text + sep + s[at:], sep
	}
	sep := separator(anchor, text)
	end := at + len(anchor)
	return s[:end] + sep + text + s[end:], sep
}

// deleteWords removes every occurrence of words and one adjacent space, so
// no double space remains. It returns the new text and the count.
func deleteWords(s, words string) (string, int) {
	at := occurrences(s, words)
	for i := len(at) - 1; i >= 0; i-- {
		start, end := at[i], at[i]+len(words)
		switch {
		case start > 0 && s[start-1] == ' ':
			start--
		case end < len(s) && s[end] == ' ':
			end++
		}
		s = s[:start] + s[end:]
	}
	return s, len(at)
}

// replaceWordsIn replaces every occurrence of old by text.
func replaceWordsIn(s, old, text string) (string, int) {
	at := occurrences(s, old)
	for i := len(at) - 1; i >= 0; i-- {
		s = s[:at[i]] + text + s[at[i]+len(old):]
	}
	return s, len(at)
}
