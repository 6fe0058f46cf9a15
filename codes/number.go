package codes

import (
	"cmp"
	"strings"
	"unicode/utf8"
)

// CompareNums orders unit numbers the way inserted numbers sort in Kazakh
// codes: component by component, numerically, so
// 380 < 380-1 < 380-2 < 380-3 < 381 and 2 < 2-1 < 10. Letters (subpoints
// "а", "б", "a", "b") compare by code point. It returns -1, 0 or +1.
func CompareNums(a, b string) int {
	as, bs := strings.Split(a, "-"), strings.Split(b, "-")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if c := compareComponent(as[i], bs[i]); c != 0 {
			return c
		}
	}
	switch {
	case len(as) < len(bs):
		return -1
	case len(as) > len(bs):
		return 1
	}
	return 0
}

// compareComponent compares one component of two numbers: digit strings
// by value, of any length ("99999999999999999999" is a number too, larger
// than "100"), before letters, which compare by code point.
func compareComponent(a, b string) int {
	ad, bd := allDigits(a), allDigits(b)
	switch {
	case ad && bd:
		a, b = strings.TrimLeft(a, "0"), strings.TrimLeft(b, "0")
		if c := cmp.Compare(len(a), len(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	case ad: // numbers before letters
		return -1
	case bd:
		return 1
	}
	return strings.Compare(a, b)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// A word runs over the runes for which in holds and over inner hyphens,
// a hyphen being inner when in holds on both sides of it:
// "Уголовно-процессуальный", "380-3", "twenty-fifth". "-380" and "380-"
// are words without the hyphen. This is the one rule for tokenizers (the
// instruction grammar, the word diff) and for the token boundaries of
// anchors ("380-2" is not inside "380-21" or "12-380-2").

// WordEnd returns the end of the word that goes on from i in s: i when
// s[i:] does not continue a word.
func WordEnd(s string, i int, in func(rune) bool) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !in(r) && (r != '-' || i == 0 || i+size >= len(s) || !in(lastRune(s[:i])) || !in(firstRune(s[i+size:]))) {
			break
		}
		i += size
	}
	return i
}

// WordStart returns the start of the word that goes back from i in s: i
// when s[:i] does not end a word.
func WordStart(s string, i int, in func(rune) bool) int {
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !in(r) && (r != '-' || i == len(s) || i-size == 0 || !in(firstRune(s[i:])) || !in(lastRune(s[:i-size]))) {
			break
		}
		i -= size
	}
	return i
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
