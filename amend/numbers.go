package amend

import "strings"

// numberWords are one language's number words, as drafters write them.
type numberWords struct {
	// cardinals count the days, months and years of a period: "sixty",
	// "twenty-one", «шестидесяти», «двадцати одного» (consecutive words add up).
	cardinals map[string]int
	// ordinals number units and cases: "second", "twenty-fifth", «второй»,
	// «вторую», «второго», in every case and gender.
	ordinals map[string]int
	// unitCardinals says the language also numbers units by cardinals
	// after the noun: "part two".
	unitCardinals map[string]int
	// tens are written as a word of their own before an ordinal below ten:
	// «двадцать пятой» is 25.
	tens map[string]int
}

// numberTables holds the number words of each language; a new language
// (Kazakh) adds a table.
var numberTables = map[string]numberWords{"en": englishNumbers(), "ru": russianNumbers()}

// The grammar's lookups: every language's words, as for unit words and
// verbs (the words of two languages do not clash; TestNumberWords checks).
var (
	ordinals      = map[string]int{} // ordinals and unit cardinals: "second", "two", «второй»
	cardinals     = map[string]int{} // "sixty", «шестидесяти»
	tensCardinals = map[string]int{} // «двадцать»
)

func init() {
	for _, t := range numberTables {
		for _, m := range []struct{ to, from map[string]int }{
			{ordinals, t.ordinals}, {ordinals, t.unitCardinals}, {cardinals, t.cardinals}, {tensCardinals, t.tens},
		} {
			for w, n := range m.from {
				m.to[w] = n
			}
		}
	}
}

func englishNumbers() numberWords {
	units := strings.Fields("one two three four five six seven eight nine ten " +
		"eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen")
	unitsOrd := strings.Fields("first second third fourth fifth sixth seventh eighth ninth tenth " +
		"eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth")
	tens := strings.Fields("twenty thirty forty fifty sixty seventy eighty ninety")
	tensOrd := strings.Fields("twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth")
	card, ord := map[string]int{}, map[string]int{}
	for i := range units {
		card[units[i]], ord[unitsOrd[i]] = i+1, i+1
	}
	// Compounds with an inner hyphen: "twenty-one", "twenty-fifth".
	for t := range tens {
		n := (t + 2) * 10
		card[tens[t]], ord[tensOrd[t]] = n, n
		for u := 0; u < 9; u++ {
			card[tens[t]+"-"+units[u]], ord[tens[t]+"-"+unitsOrd[u]] = n+u+1, n+u+1
		}
	}
	return numberWords{cardinals: card, ordinals: ord, unitCardinals: card}
}

func russianNumbers() numberWords {
	// Cardinals in the genitive, as periods are written: «по истечении
	// шестидесяти календарных дней», «двух месяцев», «одного года».
	card := map[string]int{}
	for i, w := range strings.Fields("одного двух трех четырех пяти шести семи восьми девяти десяти одиннадцати двенадцати " +
		"тринадцати четырнадцати пятнадцати шестнадцати семнадцати восемнадцати девятнадцати двадцати") {
		card[w] = i + 1
	}
	for i, w := range strings.Fields("тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста") {
		card[w] = (i + 3) * 10
	}
	card["трёх"], card["четырёх"], card["ста"] = 3, 4, 100
	// Ordinal stems with their adjective endings in every case and gender.
	ord := map[string]int{}
	endings := strings.Fields("ый ой ий ая ое ого ому ой ую ом ым ые ых ыми ья ье ьего ьей ью ьем ьим ьи ьих")
	stems := strings.Fields("перв втор трет четверт пят шест седьм восьм девят десят " +
		"одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат двадцат")
	for i, s := range stems {
		for _, e := range endings {
			ord[s+e] = i + 1
		}
	}
	for i, s := range strings.Fields("тридцат сороков пятидесят шестидесят семидесят восьмидесят девяност") {
		for _, e := range endings {
			ord[s+e] = (i + 3) * 10
		}
	}
	tens := map[string]int{"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50,
		"шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90}
	return numberWords{cardinals: card, ordinals: ord, tens: tens}
}
