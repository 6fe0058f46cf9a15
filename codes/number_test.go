package codes

import (
	"cmp"
	"testing"
	"unicode"
)

// Numbers longer than an int compare by value, not as text, and never
// as letters.
func TestCompareNumsLong(t *testing.T) {
	checkOrder(t, "9", "10", "9223372036854775807", "9223372036854775808", "99999999999999999999",
		"100000000000000000000", "100000000000000000000-1", "100000000000000000000-99999999999999999999", "100000000000000000001", "a", "б")
}

// checkOrder checks that CompareNums puts every pair of nums in the order given.
func checkOrder(t *testing.T, order ...string) {
	t.Helper()
	for i := range order {
		for j := range order {
			if got, want := CompareNums(order[i], order[j]), cmp.Compare(i, j); got != want {
				t.Errorf("CompareNums(%s, %s) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
}

// One rule for words with inner hyphens, both ways.
func TestWordEndStart(t *testing.T) {
	in := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for _, c := range []struct {
		s          string
		i          int
		end, start int
	}{
		{"Уголовно-процессуальный кодекс", 0, len("Уголовно-процессуальный"), 0},
		{"статьи 380-3, 381", len("статьи "), len("статьи 380-3"), len("статьи ")},
		{"12-380", 3, 6, 0},             // "380" goes back into "12-"
		{"379-1 и", 3, len("379-1"), 0}, // "379" goes on into "-1"
		{"-380", 1, 4, 1},               // a leading hyphen joins nothing
		{"380- и", 3, 3, 0},             // nor a trailing one
		{"a--b", 1, 1, 0},               // nor a doubled one
		{"слово, 380", len("слово"), len("слово"), 0},
	} {
		if got := WordEnd(c.s, c.i, in); got != c.end {
			t.Errorf("WordEnd(%q, %d) = %d, want %d", c.s, c.i, got, c.end)
		}
		if got := WordStart(c.s, c.i, in); got != c.start {
			t.Errorf("WordStart(%q, %d) = %d, want %d", c.s, c.i, got, c.start)
		}
	}
}
