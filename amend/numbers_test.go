package amend

import "testing"

// Each language has its own cardinals and ordinals; no word may mean two
// numbers, in one language or across them.
func TestNumberWords(t *testing.T) {
	seen := map[string]map[string]int{"ordinals": {}, "cardinals": {}, "tens": {}}
	for lang, table := range lexicons {
		lx := table()
		nw := lx.numbers
		for kind, table := range map[string][]map[string]int{"ordinals": {nw.ordinals, nw.unitCardinals}, "cardinals": {nw.cardinals}, "tens": {nw.tens}} {
			for _, m := range table {
				for w, n := range m {
					if prev, ok := seen[kind][w]; ok && prev != n {
						t.Errorf("%s %q is %d in %s and %d in another language", kind, w, n, lang, prev)
					}
					seen[kind][w] = n
				}
			}
		}
	}
	en, ru := lexicons["en"]().numbers, lexicons["ru"]().numbers
	ordinal := func(nw numberWords, w string) int { n, _ := nw.ordinal(w); return n }
	for _, c := range []struct {
		table map[string]int
		word  string
		want  int // 0: not in the table
	}{
		{en.cardinals, "twenty-one", 21}, {en.cardinals, "sixty", 60}, {en.cardinals, "second", 0},
		{en.ordinals, "twenty-fifth", 25}, {en.ordinals, "second", 2}, {en.ordinals, "two", 0},
		{en.unitCardinals, "two", 2}, {en.unitCardinals, "twenty-five", 25},
		{ru.cardinals, "шестидесяти", 60}, {ru.cardinals, "одного", 1}, {ru.cardinals, "второй", 0},
		{ru.ordinals, "вторую", 2}, {ru.ordinals, "сороковой", 40}, {ru.ordinals, "двух", 0},
		{ru.tens, "двадцать", 20}, {ru.unitCardinals, "два", 0},
		{ru.cardinals, "двадцати", 20}, {ru.tens, "сорок", 40},
	} {
		if got := c.table[c.word]; got != c.want {
			t.Errorf("%q = %d, want %d", c.word, got, c.want)
		}
	}
	// The grammar's lookup of a unit's number: ordinals and unit cardinals.
	for _, c := range []struct {
		nw   numberWords
		word string
		want int
	}{{en, "two", 2}, {en, "second", 2}, {ru, "второго", 2}, {ru, "два", 0}, {en, "второго", 0}} {
		if got := ordinal(c.nw, c.word); got != c.want {
			t.Errorf("ordinal %q = %d, want %d", c.word, got, c.want)
		}
	}
}
