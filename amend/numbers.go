package amend

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

// ordinal returns the number of a word that numbers a unit or a case:
// an ordinal, or a unit cardinal ("second", "two", «второй»).
func (n numberWords) ordinal(w string) (int, bool) {
	if v, ok := n.ordinals[w]; ok {
		return v, true
	}
	v, ok := n.unitCardinals[w]
	return v, ok
}
