package corpus_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus/official"
)

// The Russian consolidation of Law No. 252-VIII must equal the official
// consolidated texts kept in testdata/sources/ru (kazakhstan-law/codes,
// versions before and after the law), byte for byte.

// officialText reads a kazakhstan-law/codes Markdown excerpt of
// testdata/sources/LANG as Adilet plain text: anchors and blank lines
// dropped, heading marks and indentation removed, the footnote's emphasis
// unwrapped.
func officialText(t *testing.T, lang, name string) []string {
	t.Helper()
	src, err := os.ReadFile("../testdata/sources/" + lang + "/" + name)
	if err != nil {
		t.Fatal(err)
	}
	mark := regexp.MustCompile(`^(#+ |> \*)`)
	var out []string
	for l := range strings.Lines(string(src)) {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "<a id=") {
			continue
		}
		if m := mark.FindString(l); m != "" {
			l = l[len(m):]
			if m == "> *" {
				l = strings.TrimSuffix(l, "*")
			}
		}
		out = append(out, l)
	}
	return out
}

func russianEdition(t *testing.T, id string, date codes.Date) *codes.Doc {
	t.Helper()
	ed, err := embeddedCorpus(t).Edition(id, date, false)
	if err != nil {
		t.Fatal(err)
	}
	return ed.Doc
}

func TestOfficialRussianCPC(t *testing.T) {
	before := russianEdition(t, "ugolovno-protsessualnyi-kodeks", codes.NewDate(2026, 3, 6))
	after := russianEdition(t, "ugolovno-protsessualnyi-kodeks", codes.NewDate(2026, 3, 7))
	for _, c := range []struct{ article, beforeFile, afterFile string }{
		{"187", "upk-ch024-239799e8.st187-p2.md", "upk-ch024-c476acc7.st187-p2.md"},
		{"191", "upk-ch024-239799e8.st191-p2.md", "upk-ch024-c476acc7.st191-p2.md"},
	} {
		addr := codes.Address{{Kind: codes.Article, Num: c.article}, {Kind: codes.Part, Num: "2"}}
		for _, v := range []struct {
			doc  *codes.Doc
			file string
		}{{before, c.beforeFile}, {after, c.afterFile}} {
			u, err := v.doc.Find(addr)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := u.Label+u.Text, officialText(t, "ru", v.file)[0]; got != want {
				t.Errorf("%s as of %s differs from %s:\n got %s\nwant %s", addr, v.doc.Meta.Edition, v.file, got, want)
			}
		}
		// After the law, the article's footnote lists it last, as the
		// official consolidation does.
		art, _ := after.Find(addr[:1])
		official := officialText(t, "ru", c.afterFile)
		if got, want := art.Footnotes[0].Text, official[len(official)-1]; got != want {
			t.Errorf("footnote of article %s:\n got %s\nwant %s", c.article, got, want)
		}
		if len(art.Footnotes) != 1 {
			t.Errorf("article %s has %d footnotes, want the one", c.article, len(art.Footnotes))
		}
	}
}

func TestOfficialRussianArticle380_3(t *testing.T) {
	doc := russianEdition(t, "ugolovnyi-kodeks", codes.NewDate(2026, 3, 7))
	path, err := doc.Path(codes.Address{{Kind: codes.Article, Num: "380-3"}})
	if err != nil {
		t.Fatal(err)
	}
	article := path[len(path)-1]
	if prev := path[len(path)-2].Children; prev[indexOf(prev, article)-1].Num != "380-2" {
		t.Errorf("article 380-3 does not follow 380-2")
	}
	want := officialText(t, "ru", "uk-ch016-af5927f7.st380-3.md")
	// The official text has the footnote last; Adilet plain text has it
	// right after the heading.
	footnote := want[len(want)-1]
	want = append([]string{want[0], footnote}, want[1:len(want)-1]...)
	got := strings.Split(strings.TrimSuffix(codes.RenderText(&codes.Unit{Kind: codes.Act, Children: []*codes.Unit{article}},
		codes.RenderOptions{Provenance: true}), "\n"), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("article 380-3 differs from the official consolidation:\n got %q\nwant %q", got, want)
	}
}

// Before Law No. 252-VIII is in force, zan shows the article it will add
// as Adilet does, by its heading and a footnote announcing it: the
// consolidation of 2026-03-06 (notes on changes to come written) is, unit
// for unit, the official Chapter 16 published in that period (commit
// 0554b686, testdata/sources/{ru,kk}), the announcement included.
func TestAnnouncedArticleAsOfficial(t *testing.T) {
	c := embeddedCorpus(t)
	for _, tc := range []struct {
		id, file string
		opt      official.Options
	}{
		{"ugolovnyi-kodeks", "../testdata/sources/ru/uk-ch016-0554b686.md", official.Options{Lang: "rus"}},
		{"qylmystyq-kodeks", "../testdata/sources/kk/qk-ch016-0554b686.st372-393.md", official.Options{Lang: "kaz"}},
	} {
		t.Run(tc.id, func(t *testing.T) {
			ed, err := c.Edition(tc.id, codes.NewDate(2026, 3, 6), true)
			if err != nil {
				t.Fatal(err)
			}
			opt := tc.opt
			opt.ID, opt.Title, opt.Date, opt.Edition = tc.id, ed.Doc.Meta.Title, ed.Doc.Meta.Date, codes.NewDate(2026, 3, 6)
			res, err := official.Import([]string{tc.file}, opt)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			codes.Walk(res.Doc.Root, func(u *codes.Unit, entering bool) bool {
				if !entering || u.Kind != codes.Article {
					return true
				}
				n++
				addr := codes.Address{{Kind: codes.Article, Num: u.Num}}
				got, err := ed.Doc.Find(addr)
				if err != nil {
					t.Errorf("%s: %v", addr, err)
					return false
				}
				if g, w := articleText(got), articleText(u); g != w {
					t.Errorf("%s differs from the official text:\n got %q\nwant %q", addr, g, w)
				}
				return false
			})
			if n < 20 {
				t.Errorf("only %d articles compared", n)
			}
		})
	}
}
