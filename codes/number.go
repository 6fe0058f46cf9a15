package codes

import (
	"cmp"
	"strings"
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
