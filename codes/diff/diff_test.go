package diff

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"golang.org/x/net/html"

	"github.com/zan-law/zan/codes"
)

func TestWordsConcatenateToTheTexts(t *testing.T) {
	for _, c := range []struct{ old, new string }{
		{"377, 380, 380-1, 380-2, 382 (part two)", "377, 380, 380-1, 380-2, 380-3 (parts four, five and six), 382 (part two)"},
		{"by investigators of internal affairs bodies.", "by investigators."},
		{"", "new text"},
		{"Статья 380-2. Применение насилия", "Статья 380-21. Применение силы"},
	} {
		if o, n := wordsMake(Words(c.old, c.new)); o != c.old || n != c.new {
			t.Errorf("words of %q → %q give %q → %q", c.old, c.new, o, n)
		}
	}
}

func TestWordsNeverSplitNumbers(t *testing.T) {
	ws := Words("Articles 380-2, 381", "Articles 380-21, 381")
	for _, w := range ws {
		if w.Op == "insert" && w.Text != "380-21" {
			t.Errorf("inserted %q; want the whole number 380-21 (words %+v)", w.Text, ws)
		}
	}
}

func readDoc(t *testing.T, text string) *codes.Doc {
	t.Helper()
	return &codes.Doc{Root: codes.ParseText(text, 1)}
}

func TestDiffStructure(t *testing.T) {
	old := readDoc(t, "Chapter 1. A\nArticle 1. One\n1. first part\n2. second part\nArticle 2. Two\ntext\nArticle 3. Three\ngone\nArticle 4. Four\nrenumbered\n")
	new := readDoc(t, "Chapter 1. A\nArticle 1. One\n1. first part\n2. second part, amended\n2-1. a new part\nArticle 2. Two\ntext\n"+
		"Article 3. Excluded by the Law of the RK dated 01.02.2026 No. 1-VIII.\nArticle 5. Four\nrenumbered\n")
	var got []string
	for _, u := range Diff(old, new) {
		s := string(u.Change) + " " + u.Address.String()
		if u.From != nil {
			s += " from " + u.From.String()
		}
		got = append(got, s)
	}
	want := []string{
		"changed article:1/part:2",
		"added article:1/part:2-1",
		"changed article:3",
		"moved article:5 from article:4",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("diff:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A unit gone for good is listed where it stood.
	gone := Diff(old, readDoc(t, "Chapter 1. A\nArticle 1. One\n1. first part\n2. second part\nArticle 2. Two\ntext\nArticle 4. Four\nrenumbered\n"))
	if len(gone) != 1 || gone[0].Change != Removed || gone[0].Address.String() != "article:3" || gone[0].Old != "Article 3. Three\ngone" {
		t.Errorf("removal: %+v", gone)
	}
}

// TestDiffTwoLists: points of a part's two lists numbered alike are
// compared with the point of the same list, and named with it; a point
// gone from the first list is not taken for the second list's.
func TestDiffTwoLists(t *testing.T) {
	old := readDoc(t, "Article 190. A\n4-3. Head:\n1) agrees;\n2) refuses.\nThe head of department:\n1) sends;\n2) returns.\n")
	for _, c := range []struct{ new, want string }{
		{"Article 190. A\n4-3. Head:\n1) agrees;\n2) refuses.\nThe head of department:\n1) sends on;\n2) returns.\n",
			"changed article:190/part:4-3/list:2/point:1"},
		{"Article 190. A\n4-3. Head:\n1) agrees;\nThe head of department:\n1) sends;\n2) returns.\n",
			"changed article:190/part:4-3/list:1/point:1\nremoved article:190/part:4-3/list:1/point:2"},
	} {
		var got []string
		for _, u := range Diff(old, readDoc(t, c.new)) {
			got = append(got, string(u.Change)+" "+u.Address.String())
		}
		if strings.Join(got, "\n") != c.want {
			t.Errorf("diff:\n%s\nwant:\n%s", strings.Join(got, "\n"), c.want)
		}
	}
}

func TestDiffSeedLaw(t *testing.T) {
	units := seedDiff(t)
	if len(units) != 1 || units[0].Address.String() != "article:187/part:2" || units[0].Change != Changed {
		t.Fatalf("diff = %+v, want one change in article:187/part:2", units)
	}
	var inserted []string
	for _, w := range units[0].Words {
		if w.Op == "insert" {
			inserted = append(inserted, w.Text)
		}
		if w.Op == "delete" {
			t.Errorf("deleted %q", w.Text)
		}
	}
	if strings.Join(inserted, "|") != "380-3 (parts four, five and six), " {
		t.Errorf("inserted %q", inserted)
	}
}

func TestAddedUnitKeepsDocumentOrder(t *testing.T) {
	old := readDoc(t, "Article 1. One\ntext\n")
	new := readDoc(t, "Article 1. One\ntext\nArticle 2. Two\n1. The act, committed:\n1) repeatedly, –\nis punishable.\n")
	units := Diff(old, new)
	if len(units) != 1 || units[0].New != "Article 2. Two\n1. The act, committed:\n1) repeatedly, –\nis punishable." {
		t.Errorf("added article = %+v", units)
	}
}

// seedDiff is CPC 187(2) before and after Law No. 252-VIII.
func seedDiff(t *testing.T) []Unit {
	t.Helper()
	before, err := os.ReadFile("../../corpus/kz/codes/criminal-procedure-code.txt")
	if err != nil {
		t.Fatal(err)
	}
	old, err := codes.Parse("cpc.txt", before)
	if err != nil {
		t.Fatal(err)
	}
	new := &codes.Doc{Root: codes.ParseText(strings.Replace(codes.RenderText(old.Root, codes.RenderOptions{}),
		", 380-2, 382", ", 380-2, 380-3 (parts four, five and six), 382", 1), 1)}
	return Diff(old, new)
}

func TestJSONWordsMakeTheTexts(t *testing.T) {
	b, err := JSON(append(seedDiff(t), Unit{Address: codes.Address{{Kind: codes.Article, Num: "5"}}, Change: Added, New: "Article 5. New"}))
	if err != nil {
		t.Fatal(err)
	}
	var units []struct {
		Address, Change, Old, New string
		Words                     []Word
	}
	if err := json.Unmarshal(b, &units); err != nil {
		t.Fatal(err)
	}
	for _, u := range units {
		if o, n := wordsMake(u.Words); o != u.Old || n != u.New {
			t.Errorf("%s: words do not make old and new", u.Address)
		}
	}
}

func TestHTMLRedlineIsWellFormed(t *testing.T) {
	units := seedDiff(t)
	for name, page := range map[string][]byte{
		"redline": must(HTML(units, Options{Title: "CPC"})),
		"table":   must(Table(units, Options{Title: "CPC", Language: "ru"}, true)),
	} {
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		var ins, links []string
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				switch n.Data {
				case "ins", "b":
					ins = append(ins, text(n))
				case "a":
					for _, a := range n.Attr {
						if a.Key == "href" {
							links = append(links, a.Val)
						}
					}
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		if strings.Join(ins, "|") != "380-3 (parts four, five and six), " && strings.Join(ins, "|") != "380-3 (parts four, five and six)," {
			t.Errorf("%s: inserted words %q", name, ins)
		}
		if strings.Join(links, "|") != "#article-187-part-2" {
			t.Errorf("%s: links %q", name, links)
		}
	}
}

func text(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(text(c))
	}
	return b.String()
}

// The Markdown redline keeps the legal text as text: parts and points are
// not turned into lists, and emphasis characters stay characters.
func TestMarkdownRedlineStaysText(t *testing.T) {
	old := readDoc(t, "Article 1. One\ntext\n")
	new := readDoc(t, "Article 1. One\ntext\nArticle 2. Two *starred* and_under\n1. The act, committed:\n1) repeatedly, –\nis punishable.\n")
	var out bytes.Buffer
	if err := goldmark.Convert(Markdown(Diff(old, new), Options{}), &out); err != nil {
		t.Fatal(err)
	}
	page := out.String()
	for _, bad := range []string{"<ol", "<li>", "<em>"} {
		if strings.Contains(page, bad) {
			t.Errorf("the Markdown redline renders %s:\n%s", bad, page)
		}
	}
	for _, good := range []string{"1. The act, committed:", "1) repeatedly, –", "*starred*"} {
		if !strings.Contains(page, good) {
			t.Errorf("%q missing from the rendered redline:\n%s", good, page)
		}
	}
}

// A redline's text is escaped and keeps its line breaks.
func TestBrLines(t *testing.T) {
	if got, want := string(brLines("1. a <b> & \"c\"\n2. d")), "1. a &lt;b&gt; &amp; &#34;c&#34;<br>\n2. d"; got != want {
		t.Errorf("brLines = %q, want %q", got, want)
	}
}

// Bold in the Markdown table is read as bold: stars where CommonMark reads
// them, <b> where punctuation meets a letter.
func TestMarkdownCellBold(t *testing.T) {
	for _, c := range []struct {
		segs []segment
		want string
	}{
		{[]segment{{Text: "380-2, "}, {Text: "380-3 (parts four, five and six),", Bold: true}, {Text: " 382"}},
			"380-2, **380-3 (parts four, five and six),** 382"},
		{[]segment{{Text: "статья 5"}, {Text: ",", Bold: true}, {Text: " и 6"}}, "статья 5<b>,</b> и 6"},
		{[]segment{{Text: "статья "}, {Text: "6", Bold: true}, {Text: "(1)"}}, "статья **6**(1)"},
		{[]segment{{Text: "6"}, {Text: "(1)", Bold: true}}, "6<b>(1)</b>"},
	} {
		if got := markdownCell(c.segs); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
	// Through a row of the table, from the word diff: a comma inserted
	// against a letter is <b>, never stars CommonMark shows as stars.
	old, new := "статья 5 и 6", "статья 5, и 6"
	r := row(Unit{Address: codes.Address{{Kind: codes.Article, Num: "5"}}, Change: Changed, Old: old, New: new, Words: Words(old, new)}, codes.WordsFor("ru"))
	if got, want := markdownCell(r.Proposed), "статья 5<b>,</b> и 6"; got != want {
		t.Errorf("row's proposed cell %q, want %q", got, want)
	}
}
