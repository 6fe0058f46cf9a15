package amend

import (
	"slices"
	"testing"
)

func TestOccurrencesTokenBoundaries(t *testing.T) {
	for _, c := range []struct {
		s, words string
		want     []int
	}{
		{"380, 380-1, 380-2, 382", "380-2", []int{12}},
		{"380-21, 1380-2, 380-2", "380-2", []int{16}},
		{"377, 379-1, 379 (part two)", "379", []int{12}},
		{"380", "380", []int{0}},
		{"a (part two), b (part two)", "(part two)", []int{2, 16}},
		{"слова «X» и слово", "слов", nil},
	} {
		if got := occurrences(c.s, c.words); !slices.Equal(got, c.want) {
			t.Errorf("occurrences(%q, %q) = %v, want %v", c.s, c.words, got, c.want)
		}
	}
}

func TestInsertSeparator(t *testing.T) {
	for _, c := range []struct {
		s, anchor, text string
		pos             Position
		want            string
	}{
		// The seed: a number into an enumeration of article numbers.
		{"377, 380, 380-1, 380-2, 382 (part two)", "380-2", "380-3 (parts four, five and six)", After,
			"377, 380, 380-1, 380-2, 380-3 (parts four, five and six), 382 (part two)"},
		// Russian drafters bring the comma themselves.
		{"380-1, 380-2, 382", "380-2", ", 380-3", After, "380-1, 380-2, 380-3, 382"},
		{"investigators of internal affairs", "investigators", "and inquiry officers", After,
			"investigators and inquiry officers of internal affairs"},
		{"377, 380, 382", "380", "379-1", Before, "377, 379-1, 380, 382"},
		{"377, 380, 382", "380", "379-1 (part one),", Before, "377, 379-1 (part one), 380, 382"},
	} {
		at := occurrences(c.s, c.anchor)[0]
		if got, _ := insertAt(c.s, at, c.anchor, c.text, c.pos); got != c.want {
			t.Errorf("insert %q %s %q in %q:\n got %q\nwant %q", c.text, c.pos, c.anchor, c.s, got, c.want)
		}
	}
}

func TestDeleteWordsLeavesNoDoubleSpace(t *testing.T) {
	got, n := deleteWords("by investigators of internal affairs bodies and of internal affairs bodies.", "of internal affairs bodies")
	if want := "by investigators and."; got != want || n != 2 {
		t.Errorf("got %q (%d), want %q (2)", got, n, want)
	}
}
