package codes

import "testing"

// Notes on changes to come name their day in each language's words.
func TestInForceFrom(t *testing.T) {
	for text, want := range map[string]string{
		"IZPI's note! Article 187 is to be amended by the Law of the RK dated 03.01.2026 No. 252-VIII (shall be enforced from 07.03.2026).":                          "2026-03-07",
		"Примечание ИЗПИ! В статью 187 предусмотрены изменения Законом РК от 03.01.2026 № 252-VIII (вводится в действие с 07.03.2026).":                              "2026-03-07",
		"ЗҚАИ-ның ескертпесі! 187-бапқа өзгеріс енгізу көзделген - ҚР 03.01.2026 № 252-VIII (07.03.2026 бастап қолданысқа енгізіледі) Заңымен.":                      "2026-03-07",
		"Примечание ИЗПИ! В статью 187 предусмотрены изменения Законом РК от 03.01.2026 № 252-VIII (вводится в действие по истечении шестидесяти календарных дней).": "",
	} {
		d, ok := Footnote{Text: text, Pending: true}.InForceFrom()
		if d.String() != want || ok != (want != "") {
			t.Errorf("%s: %s %v, want %q", text, d, ok, want)
		}
	}
}
