package amend

import (
	"os"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
)

func readSeed(t testing.TB) (*Law, *codes.Doc) {
	t.Helper()
	src, err := os.ReadFile("../corpus/kz/laws/252-VIII.txt")
	if err != nil {
		t.Fatal(err)
	}
	law, err := Parse("252-VIII.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	src, err = os.ReadFile("../corpus/kz/codes/criminal-procedure-code.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := codes.Parse("criminal-procedure-code.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	return law, doc
}

// A law with one failing instruction changes nothing, not even through
// units shared between editions.
func TestApplyIsAtomic(t *testing.T) {
	law, doc := readSeed(t)
	before := codes.RenderText(doc.Root, codes.RenderOptions{Provenance: true})
	law.Ops[2].Anchor = "999-9" // the second CPC instruction now fails
	out, changes, err := Apply(doc, law, 1)
	if err == nil {
		t.Fatal("Apply succeeded; want the error of the failing instruction")
	}
	if out != doc || changes != nil {
		t.Errorf("Apply returned a new edition or changes along with its error")
	}
	if after := codes.RenderText(doc.Root, codes.RenderOptions{Provenance: true}); after != before {
		t.Errorf("the base edition changed")
	}
}

func TestApplyLeavesBaseEditionAlone(t *testing.T) {
	law, doc := readSeed(t)
	before := codes.RenderText(doc.Root, codes.RenderOptions{Provenance: true})
	out, changes, err := Apply(doc, law, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 2 || changes[0].Separator != ", " {
		t.Errorf("changes = %+v, want two insertions with separator \", \"", changes)
	}
	if codes.RenderText(doc.Root, codes.RenderOptions{Provenance: true}) != before {
		t.Error("Apply changed its input")
	}
	if codes.RenderText(out.Root, codes.RenderOptions{Provenance: true}) == before {
		t.Error("Apply changed nothing")
	}
}

// A change throughout the text is footnoted on the act, in the law's own
// noun: «цифры «141-1» заменены цифрами «146»».
func TestThroughoutTheTextFootnoteNamesNumbers(t *testing.T) {
	src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: ru\nsource: constructed example\n---\n" +
		"T\nСтатья 1. Внести в Уголовный кодекс Республики Казахстан от 3 июля 2014 года следующее изменение:\n" +
		"по всему тексту цифры «141-1» заменить цифрами «146».\n" +
		"Статья 2. Настоящий Закон вводится в действие со дня его первого официального опубликования.\n"
	law, err := Parse("law.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	doc := &codes.Doc{Root: codes.ParseText("Уголовный кодекс\nСтатья 1. Заголовок\nсм. статью 141-1 и статью 141-10.\n", 1)}
	out, _, err := Apply(doc, law, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := "Уголовный кодекс\nСноска. По всему тексту цифры «141-1» заменены цифрами «146» в соответствии с Законом РК от 03.01.2026 № 1-VIII " +
		"(вводится в действие со дня его первого официального опубликования).\nСтатья 1. Заголовок\nсм. статью 146 и статью 141-10.\n"
	if got := codes.RenderText(out.Root, codes.RenderOptions{Provenance: true}); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A point appended after the last one repairs the former last point's
// closing «, –» to «;», and the change log says so; a point inserted
// inside the list changes no punctuation.
func TestAppendedPointRepairsEnumeration(t *testing.T) {
	law := func(instr string) *Law {
		src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: ru\nsource: constructed example\n---\n" +
			"T\nСтатья 1. Внести в Уголовный кодекс Республики Казахстан от 3 июля 2014 года следующее дополнение:\n" +
			instr + "\nСтатья 2. Настоящий Закон вводится в действие со дня его первого официального опубликования.\n"
		l, err := Parse("law.txt", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	code := "Уголовный кодекс\nСтатья 5. Заголовок\n1. Деяние, совершенное:\n1) группой лиц;\n2) неоднократно, –\nнаказывается штрафом.\n"
	for _, c := range []struct{ instr, want, punct string }{
		{"часть первую статьи 5 дополнить пунктом 3) следующего содержания: «3) с применением оружия, –».",
			"1) группой лиц;\n2) неоднократно;\n3) с применением оружия, –\nнаказывается штрафом.\n",
			"article:5/part:1/point:2: «, –» → «;»"},
		{"часть первую статьи 5 дополнить пунктом 1-1) следующего содержания: «1-1) с применением оружия;».",
			"1) группой лиц;\n1-1) с применением оружия;\n2) неоднократно, –\nнаказывается штрафом.\n", ""},
	} {
		doc := &codes.Doc{Root: codes.ParseText(code, 1)}
		out, changes, err := Apply(doc, law(c.instr), 0)
		if err != nil {
			t.Fatal(err)
		}
		got := codes.RenderText(out.Root, codes.RenderOptions{})
		if want := "Уголовный кодекс\nСтатья 5. Заголовок\n1. Деяние, совершенное:\n" + c.want; got != want {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", c.instr, got, want)
		}
		if len(changes) != 1 || changes[0].Punctuation != c.punct {
			t.Errorf("%s: change log %+v, want punctuation %q", c.instr, changes, c.punct)
		}
	}
}

// Words that match the code's only across the Latin "i" and the Kazakh «і»
// are changed in a copy, throughout the text too: the base edition keeps
// its own letters, and the change log names the code's spelling.
func TestLookAlikeEditLeavesBaseEditionAlone(t *testing.T) {
	code := "---\nkind: code\nid: k\ntitle: Қазақстан Республикасының Қылмыстық кодексі\ndate: 2014-07-03\nnumber: 226-V\nlanguage: kk\nedition: 2026-01-01\n---\n" +
		"16-тарау. ТАРАУ\n380-бап. Бап\n1. Бірінші бөлік –\nекi мың айлық есептiк көрсеткiшке дейінгі мөлшерде айыппұл салуға жазаланады.\n"
	doc, err := codes.Parse("k.txt", []byte(code))
	if err != nil {
		t.Fatal(err)
	}
	doc.Freeze()
	src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: kk\nsource: constructed example\n---\nT\n" +
		"1-бап. 2014 жылғы 3 шілдедегі Қазақстан Республикасының Қылмыстық кодексіне мынадай өзгеріс енгізілсін:\n" +
		"бүкіл мәтін бойынша «екі мың айлық есептік көрсеткішке» деген сөздер «үш мың айлық есептік көрсеткішке» деген сөздермен ауыстырылсын.\n" +
		"2-бап. Осы Заң алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.\n"
	law, err := Parse("law.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	before := codes.RenderText(doc.Root, codes.RenderOptions{})
	out, changes, err := Apply(doc, law, 0)
	if err != nil {
		t.Fatal(err)
	}
	if codes.RenderText(doc.Root, codes.RenderOptions{}) != before {
		t.Error("Apply changed its input")
	}
	got := codes.RenderText(out.Root, codes.RenderOptions{})
	if want := "үш мың айлық есептік көрсеткішке дейінгі"; !strings.Contains(got, want) {
		t.Errorf("the new edition lacks %q:\n%s", want, got)
	}
	if len(changes) != 1 || changes[0].Count != 1 || changes[0].Spelling != "екi мың айлық есептiк көрсеткiшке" {
		t.Errorf("changes = %+v", changes)
	}
}
