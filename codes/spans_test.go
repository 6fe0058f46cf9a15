package codes_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
	"github.com/zan-law/zan/codes/frontmatter"
)

// checkSpans asserts what diff's fast path relies on: the spans cover the
// text, one after another; each article span, parsed on its own, gives the
// very subtree (line numbers included) that the article has in the whole
// text's tree, and its HeadUnit that unit's head; ParseSpans gives ParseText's
// tree, and with every article skipped, that tree with the articles'
// heads only.
func checkSpans(t *testing.T, text string) {
	t.Helper()
	spans := codes.Spans(text, 1)
	at := 0
	var articles, heads []*codes.Unit
	for _, s := range spans {
		if s.Start != at || s.End < s.Start {
			t.Fatalf("span %+v does not start where the last one ended (%d) in %q", s, at, text)
		}
		at = s.End
		if line := 1 + strings.Count(text[:s.Start], "\n"); s.Line != line {
			t.Fatalf("span %+v starts on line %d", s, line)
		}
		if head := s.HeadUnit(text); (head == nil) != (s.Kind == codes.Act) || head != nil && head.Kind != s.Kind {
			t.Fatalf("span %+v has head %+v", s, head)
		}
		if s.Kind != codes.Article {
			continue
		}
		root := codes.ParseText(text[s.Start:s.End], s.Line)
		if len(root.Children) != 1 || root.Text != "" || root.WrapUp != "" || len(root.Footnotes) != 0 {
			t.Fatalf("article span %q parses to more than its article", text[s.Start:s.End])
		}
		articles, heads = append(articles, root.Children[0]), append(heads, s.HeadUnit(text))
	}
	if at != len(text) {
		t.Fatalf("the spans end at %d of %d bytes in %q", at, len(text), text)
	}
	whole := codes.ParseText(text, 1)
	if got := codes.ParseSpans(text, spans); !reflect.DeepEqual(got, whole) {
		t.Fatalf("ParseSpans with nothing skipped differs from ParseText on %q", text)
	}
	var inWhole []*codes.Unit
	codes.Walk(whole, func(u *codes.Unit, entering bool) bool {
		if entering && u.Kind == codes.Article {
			inWhole = append(inWhole, u)
		}
		return entering && u.Kind < codes.Article
	})
	if len(inWhole) != len(articles) {
		t.Fatalf("%d article spans, %d articles in the tree of %q", len(articles), len(inWhole), text)
	}
	for i, a := range inWhole {
		if !reflect.DeepEqual(a, articles[i]) {
			t.Fatalf("article %s parsed from its span differs from the whole text's in %q", a.Num, text)
		}
		head := &codes.Unit{Kind: a.Kind, Num: a.Num, Label: a.Label, Heading: a.Heading, Line: a.Line}
		if !reflect.DeepEqual(heads[i], head) {
			t.Fatalf("span head %+v, want %+v", heads[i], head)
		}
		*a = *head // what ParseSpans gives with the article skipped
	}
	for i := range spans {
		spans[i].Skip, spans[i].Head = true, spans[i].HeadUnit(text)
	}
	if got := codes.ParseSpans(text, spans); !reflect.DeepEqual(got, whole) {
		t.Fatalf("ParseSpans with the articles skipped is not the tree with their heads only on %q", text)
	}
}

func TestSpansParseAsInTheWholeText(t *testing.T) {
	full, err := codestest.FullSize()
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, full)
	files, _ := filepath.Glob("../corpus/kz/codes/*.txt")
	if len(files) == 0 {
		t.Fatal("no code files in the default corpus")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, body, _, err := codes.ParseFrontMatter(f, string(src))
		if err != nil {
			t.Fatal(err)
		}
		checkSpans(t, body)
	}
}

func TestSpansCut(t *testing.T) {
	text := "Code\nSPECIAL PART\nChapter 1. A\nintro\nArticle 1. One\n1. text\nNote. x\nArticle 1-1. Two\r\n\nСтатья 2. Три\nГЛАВА 2. Б\n"
	var got []string
	for _, s := range codes.Spans(text, 1) {
		got = append(got, s.Kind.String()+" "+text[s.Start:s.End])
	}
	want := []string{"act Code\n", "code-part SPECIAL PART\n", "chapter Chapter 1. A\nintro\n",
		"article Article 1. One\n1. text\nNote. x\n", "article Article 1-1. Two\r\n\n", "article Статья 2. Три\n", "chapter ГЛАВА 2. Б\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans\n%q\nwant\n%q", got, want)
	}
	if s := codes.Spans("Article 1. A", 1); len(s) != 1 || s[0].Kind != codes.Article || s[0].End != 12 || s[0].HeadUnit("Article 1. A").Num != "1" {
		t.Errorf("spans of one unterminated line: %+v", s)
	}
	if s := codes.Spans("", 1); len(s) != 0 {
		t.Errorf("spans of no text: %+v", s)
	}
}

func FuzzSpans(f *testing.F) {
	f.Add("Article 1. A\n1. b\n1) c\nd\n2) e\nArticle 2. B\nNote.\n1. x\n")
	f.Add("Note.\n1. x\nГлава 2. Y\nРаздел 1.\nСтатья 3. Z\nСноска. z\n  \n1. a\n")
	f.Add("Code\nFootnote. f\nGeneral Part\nSection 1. S\nArticle 5. Excluded\nArticle 5. Twice\nb) c\n")
	f.Fuzz(func(t *testing.T, text string) {
		checkSpans(t, text)
	})
}

// ParseFrontMatter splits the front matter from the file's first lines,
// however long it is, and gives the errors of splitting the whole file.
func TestParseFrontMatterFromFirstLines(t *testing.T) {
	head := "---\nkind: code\nid: c\ntitle: T\ndate: 2014-07-03\nlanguage: en\nedition: 2026-01-01\nsource: \"" + strings.Repeat("long source ", 1000) + "\"\n---\n"
	body := "Article 1. One\n" + strings.Repeat("text ", 2000) + "\n"
	d, got, line, err := codes.ParseFrontMatter("c.txt", head+body)
	if err != nil || got != body || line != 10 || d.Meta.ID != "c" || d.Root != nil {
		t.Errorf("ParseFrontMatter = %+v, body %d bytes (want %d), line %d, %v", d, len(got), len(body), line, err)
	}
	for _, src := range []string{
		"no front matter\n" + body,
		"---\nkind: code\n" + body, // not closed
		"---\nkind: code\n---" + strings.Repeat("-", 5000) + "\n" + body,
	} {
		_, _, _, err := codes.ParseFrontMatter("c.txt", src)
		_, _, _, want := frontmatter.Split("c.txt", []byte(src))
		if err == nil || want == nil || err.Error() != want.Error() {
			t.Errorf("ParseFrontMatter error %v, frontmatter.Split error %v", err, want)
		}
	}
}
