package codes

import (
	"encoding/json"
	"strings"
	"testing"
)

// finalProvisions is Article 467 of the Criminal Code as zan import writes
// it (abridged): point 1) of part 3 quotes a whole Article 51, its parts
// and its note, each line indented.
const finalProvisions = `ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ
Статья 467. О введении настоящего Кодекса в действие
1. Настоящий Кодекс вводится в действие с 1 января 2015 года.
3. Признать утратившими силу со дня введения в действие настоящего Кодекса:
1) Уголовный кодекс Республики Казахстан от 16 июля 1997 года, за исключением статьи 51, утрачивающей силу с 1 января 2016 года.
  При этом на период до 1 января 2016 года статью 51 изложить в следующей редакции:
  "Статья 51. Конфискация имущества
  1. Конфискация имущества есть принудительное безвозмездное изъятие.
  2) не подлежит;
  Примечание. Не подлежат конфискации деньги.
2) Закон Республики Казахстан от 16 июля 1997 года.
Сноска. Статья 467 с изменениями.
`

func TestQuotedBlockStaysInItsPoint(t *testing.T) {
	root := ParseText(finalProvisions, 1)
	if got := RenderText(root, RenderOptions{Provenance: true}); got != finalProvisions {
		t.Fatalf("round trip:\n%s", got)
	}
	d := &Doc{Root: root}
	if _, err := d.Find(Address{{Article, "51"}}); err == nil {
		t.Error("the quoted Article 51 became an article of the host")
	}
	part3, err := d.Find(Address{{Article, "467"}, {Part, "3"}})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(part3.Children); n != 2 {
		t.Fatalf("part 3 has %d points, want 2", n)
	}
	p1 := part3.Children[0]
	if !strings.Contains(p1.Text, "\n  \"Статья 51. Конфискация имущества\n  1. Конфискация") ||
		!strings.HasSuffix(p1.Text, "  Примечание. Не подлежат конфискации деньги.") {
		t.Errorf("point 1) text = %q, want the quoted block inside it", p1.Text)
	}
	if len(p1.Children) != 0 || part3.WrapUp != "" {
		t.Errorf("the quoted block made units or a wrap-up: %d children, wrap-up %q", len(p1.Children), part3.WrapUp)
	}
	// The footnote written at the article's end is text of the last
	// point's part, as any line there (import moves footnotes up).
	j, err := json.Marshal(TreeJSON(root, RenderOptions{}))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(j), `"kind":"point","num":"1","heading":"","text":"Уголовный кодекс Республики Казахстан от 16 июля 1997 года, за исключением статьи 51, утрачивающей силу с 1 января 2016 года.\n  При этом`) {
		t.Errorf("JSON does not show the quoted block inside point 1): %s", j)
	}
	if u, err := d.Find(Address{{CodePart, "final"}}); err != nil || u.Kind != CodePart {
		t.Errorf("final provisions: %v", err)
	}
}

func TestKazakhHeads(t *testing.T) {
	const text = "ЕРЕКШЕ БӨЛІМ\n8-тарау. ЭКОНОМИКАЛЫҚ ҚЫЗМЕТ САЛАСЫНДАҒЫ ҚЫЛМЫСТЫҚ ҚҰҚЫҚ БҰЗУШЫЛЫҚТАР\n235-1-бап. Валюталық құндылықтар\nЕскерту. 8-тарау 235-1-баппен толықтырылды.\n1. Бірінші бөлік –\n1-1. Екінші –\nжазаланады.\n2. Мынадай:\n1) бiрнеше рет;\nә) адам –\nЕскертпе. Босатылады.\n"
	root := ParseText(text, 1)
	if got := RenderText(root, RenderOptions{}); got != text {
		t.Fatalf("round trip:\n%s", got)
	}
	d := &Doc{Root: root}
	a, err := d.Find(Address{{Article, "235-1"}})
	if err != nil {
		t.Fatal(err)
	}
	if a.Heading != "Валюталық құндылықтар" || len(a.Footnotes) != 1 || len(a.Children) != 4 {
		t.Errorf("article 235-1: heading %q, %d footnotes, %d children", a.Heading, len(a.Footnotes), len(a.Children))
	}
	if _, err := d.Find(Address{{Article, "235-1"}, {Part, "2"}, {Point, "1"}, {Subpoint, "ә"}}); err != nil {
		t.Error(err)
	}
	if spans := Spans(text, 1); len(spans) != 3 || spans[2].Kind != Article {
		t.Errorf("spans = %+v", spans)
	}
}
