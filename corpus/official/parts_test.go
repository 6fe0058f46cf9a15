package official

import (
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
)

// indentedPart is Article 190's layout in the repository's Markdown (made
// for this test, shortened): part 7's points indented three spaces, then
// part 8 indented six, as the real file has it (see corpus TestArticle190
// for the real text).
var indentedPart = map[string]struct{ md, want string }{
	"rus": {
		"## Статья 190. Ускоренное досудебное расследование\n\n" +
			"7. Прокурор производит одно из следующих действий:\n\n" +
			"   1) утверждает протокол;\n\n" +
			"   5) решает вопрос о заключении процессуального соглашения.\n\n" +
			"      8. Прокурор обеспечивает вручение протокола обвиняемому.\n\n" +
			"> *Сноска. Статья 190 с изменениями.*\n",
		"Статья 190. Ускоренное досудебное расследование\nСноска. Статья 190 с изменениями.\n" +
			"7. Прокурор производит одно из следующих действий:\n1) утверждает протокол;\n" +
			"5) решает вопрос о заключении процессуального соглашения.\n" +
			"8. Прокурор обеспечивает вручение протокола обвиняемому.\n",
	},
	"kaz": {
		"## 190-бап. Сотқа дейінгі жеделдетілген тергеп-тексеру\n\n" +
			"7. Прокурор мына әрекеттердің бірін жүргізеді:\n\n" +
			"   1) хаттаманы бекітеді;\n\n" +
			"   5) процестік келісім жасасу туралы мәселені шешеді.\n\n" +
			"      8. Прокурор хаттаманың айыпталушыға тапсырылуын қамтамасыз етеді.\n\n" +
			"> *Ескерту. 190-бапқа өзгеріс енгізілді.*\n",
		"190-бап. Сотқа дейінгі жеделдетілген тергеп-тексеру\nЕскерту. 190-бапқа өзгеріс енгізілді.\n" +
			"7. Прокурор мына әрекеттердің бірін жүргізеді:\n1) хаттаманы бекітеді;\n" +
			"5) процестік келісім жасасу туралы мәселені шешеді.\n" +
			"8. Прокурор хаттаманың айыпталушыға тапсырылуын қамтамасыз етеді.\n",
	},
}

// TestIndentedPart: a part's head line indented below a point, carrying
// the article's next number, no quotation open, is that part, in Russian
// and in Kazakh.
func TestIndentedPart(t *testing.T) {
	for lang, c := range indentedPart {
		conv := newConverter()
		conv.file(lang+".md", []byte(c.md))
		text, err := conv.text()
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if text != c.want {
			t.Errorf("%s: text:\n%s\nwant:\n%s", lang, text, c.want)
		}
		d := &codes.Doc{Root: codes.ParseText(text, 1)}
		p8, err := d.Find(codes.Address{{Kind: codes.Article, Num: "190"}, {Kind: codes.Part, Num: "8"}})
		if err != nil || !strings.HasPrefix(p8.Text, "Прокурор") || len(p8.Children) != 0 {
			t.Errorf("%s: part 8: %v", lang, err)
		}
		p5, err := d.Find(codes.Address{{Kind: codes.Article, Num: "190"}, {Kind: codes.Part, Num: "7"}, {Kind: codes.Point, Num: "5"}})
		if err != nil || strings.Contains(p5.Text, "\n") {
			t.Errorf("%s: point 5) of part 7: %v %q", lang, err, p5.Text)
		}
	}
}

// TestIndentedPartNearMisses: the same line in a quotation the point opened
// stays text of the point (a final provision quoting an article's parts);
// outside one, a number that is not the next part's is an error with its
// place, never a guess.
func TestIndentedPartNearMisses(t *testing.T) {
	for lang, c := range indentedPart {
		// Point 5) quotes: «… изложить в следующей редакции: "Статья 5. …», unclosed.
		quoted := strings.Replace(c.md, "   5) ", "   5) изложить в следующей редакции:\n\n      \"Статья 5. Заголовок\n\n      ", 1)
		conv := newConverter()
		conv.file(lang+".md", []byte(quoted))
		text, err := conv.text()
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		if !strings.Contains(text, "\n  8. Прокурор") {
			t.Errorf("%s: in a quotation, part 8 is not text of the point:\n%s", lang, text)
		}
		// Part 9 after part 7, no quotation open: an error.
		conv = newConverter()
		conv.file(lang+".md", []byte(strings.Replace(c.md, "      8. ", "      9. ", 1)))
		_, err = conv.text()
		want := lang + ".md:9:7: an indented part \"9. Прокурор"
		if got := strings.Join(corpus.ErrorLines(err), "\n"); !strings.HasPrefix(got, want) ||
			!strings.HasSuffix(got, "in no quotation, and not the next part (the last part is 7): zan cannot tell a part from a paragraph of the point above it") {
			t.Errorf("%s: err = %s", lang, got)
		}
	}
}

// TestFollows: the numbers that come right after a part's.
func TestFollows(t *testing.T) {
	for _, c := range []struct {
		last, n string
		want    bool
	}{
		{"", "1", true}, {"7", "8", true}, {"7", "7-1", true}, {"4-3", "5", true}, {"4-3", "4-4", true}, {"4-3", "4-3-1", true},
		{"", "2", false}, {"7", "9", false}, {"7", "7", false}, {"7", "6", false}, {"4-3", "4-5", false}, {"7", "7-2", false}, {"3", "1", false},
	} {
		if got := follows(c.last, c.n); got != c.want {
			t.Errorf("follows(%q, %q) = %v", c.last, c.n, got)
		}
	}
}
