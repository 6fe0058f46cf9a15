package codes

import (
	"strconv"
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

func compareComponent(a, b string) int {
	an, aerr := strconv.Atoi(a)
	bn, berr := strconv.Atoi(b)
	switch {
	case aerr == nil && berr == nil:
		switch {
		case an < bn:
			return -1
		case an > bn:
			return 1
		}
		return 0
	case aerr == nil: // numbers before letters
		return -1
	case berr == nil:
		return 1
	}
	return strings.Compare(a, b)
}
