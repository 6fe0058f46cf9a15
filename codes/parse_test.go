package codes

import (
	"strings"
	"testing"
)

const sample = `SPECIAL PART
Chapter 16. CRIMINAL OFFENSES AGAINST THE ORDER OF ADMINISTRATION
Article 380-2. Use of violence
Footnote. The Code is supplemented by Article 380-2 in accordance with the Law of the RK dated 27.12.2019 No. 292-VІ.
1. The use of violence –
is punishable by a fine.
2. The act provided for in part one, committed:
1) in relation to two or more persons;
2) repeatedly, –
is punishable by imprisonment.
Note. In this article:
1. a person is …;
2. an official is ….
Article 381. Next
Text of an article with no parts.
`

func TestParseStructure(t *testing.T) {
	root := ParseText(sample, 1)
	d := &Doc{Root: root}
	part2, err := d.Find(Address{{Article, "380-2"}, {Part, "2"}})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := part2.Text, "The act provided for in part one, committed:"; got != want {
		t.Errorf("part 2 text = %q, want %q", got, want)
	}
	if got, want := part2.WrapUp, "is punishable by imprisonment."; got != want {
		t.Errorf("part 2 wrap-up = %q, want %q", got, want)
	}
	if n := len(part2.Children); n != 2 {
		t.Errorf("part 2 has %d points, want 2", n)
	}
	art, _ := d.Find(Address{{Article, "380-2"}})
	if len(art.Footnotes) != 1 || art.Heading != "Use of violence" {
		t.Errorf("article 380-2: heading %q, %d footnotes", art.Heading, len(art.Footnotes))
	}
	note, err := d.Find(Address{{Article, "380-2"}, {Note, ""}, {Part, "2"}})
	if err != nil || note.Text != "an official is …." {
		t.Errorf("note item 2 = %v, %v", note, err)
	}
	a381, _ := d.Find(Address{{Article, "381"}})
	if a381.Text != "Text of an article with no parts." {
		t.Errorf("article 381 text = %q", a381.Text)
	}
	if got := RenderText(root, RenderOptions{Provenance: true}); got != sample {
		t.Errorf("round trip:\n%s", got)
	}
}

func TestRoundTripOddLines(t *testing.T) {
	for _, text := range []string{
		"1. outside any article\n1) still text\n",
		"Article 1.\n1.\ncontinued\n1)\nwrap\n2) after wrap\nFootnote. not after a head\n",
		"Статья 5. Исключена Законом РК от 01.01.2020 № 1-VI.\nСтатья 6. Заголовок\nСноска. Статья 6 с изменением.\nа) not a subpoint\n1) пункт\nа) подпункт\nб) подпункт\nитог\n",
	} {
		if got := RenderText(ParseText(text, 1), RenderOptions{Provenance: true}); got != text {
			t.Errorf("round trip of %q gave %q", text, got)
		}
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add(sample)
	f.Add("Article 1. A\n1. b\n1) c\nd\n2) e\n")
	f.Add("Note.\n1. x\nГлава 2. Y\nРаздел 1.\n")
	f.Add("375-бап. А\nЕскерту. 375-бапқа өзгеріс енгізілді - ҚР 19.06.2024 № 94-VIII Заңымен.\n1. б –\nжазаланады.\nЕскерту. Сын.\nЕскерту. Екінші.\n")
	f.Fuzz(func(t *testing.T, text string) {
		norm := Normalise(text)
		if Normalise(norm) != norm {
			t.Fatalf("Normalise is not idempotent on %q", text)
		}
		if got := RenderText(ParseText(norm, 1), RenderOptions{Provenance: true}); got != norm {
			t.Fatalf("round trip of %q gave %q", norm, got)
		}
		if !strings.HasSuffix(norm, "\n") && norm != "" {
			t.Fatalf("normalised text %q lacks a final newline", norm)
		}
	})
}

func TestCompareNums(t *testing.T) {
	checkOrder(t, "2", "2-1", "10", "380", "380-1", "380-2", "380-3", "380-21", "381")
}

func TestActFootnotesFollowTitle(t *testing.T) {
	text := "Code\nFootnote. Throughout the text, the words \"a\" are replaced by the words \"b\".\nArticle 1. A\n"
	root := ParseText(text, 1)
	if len(root.Footnotes) != 1 || root.Text != "Code" {
		t.Errorf("act footnotes %v, text %q", root.Footnotes, root.Text)
	}
	if got := RenderText(root, RenderOptions{Provenance: true}); got != text {
		t.Errorf("round trip gave %q", got)
	}
	// A footnote line followed by more title text is text.
	odd := "Footnote. x\nCode\nArticle 1. A\n"
	if root := ParseText(odd, 1); len(root.Footnotes) != 0 || RenderText(root, RenderOptions{}) != odd {
		t.Errorf("a footnote line inside the preamble became a footnote")
	}
}
