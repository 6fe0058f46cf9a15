package amend

import "testing"

// Each language has its own cardinals and ordinals; the grammar's lookups
// join them, so no word may mean two numbers.
func TestNumberWords(t *testing.T) {
	seen := map[string]map[string]int{"ordinals": {}, "cardinals": {}, "tens": {}}
	for lang, nw := range numberTables {
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
	en, ru := numberTables["en"], numberTables["ru"]
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
		{ordinals, "two", 2}, {ordinals, "второго", 2}, {cardinals, "двадцати", 20}, {tensCardinals, "сорок", 40},
	} {
		if got := c.table[c.word]; got != c.want {
			t.Errorf("%q = %d, want %d", c.word, got, c.want)
		}
	}
}
