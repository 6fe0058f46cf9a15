package corpus_test

import (
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/corpustest"
	"github.com/zan-law/zan/corpus/kz"
	"github.com/zan-law/zan/corpus/official"
)

// The embedded base editions are the official consolidated texts: each
// article of the embedded edition, footnotes and all, is the same article
// of testdata/sources (kazakhstan-law/codes Markdown, transcribed and checked
// as testdata/sources/ru/README.md says) read by zan import, byte for byte.
func TestEmbeddedArticlesAreOfficial(t *testing.T) {
	c, err := corpus.Load(kz.FS, "kz")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id      string
		sources []string
	}{
		{"ugolovno-protsessualnyi-kodeks", []string{
			"../testdata/sources/ru/upk-sec006-239799e8.head.md",
			"../testdata/sources/ru/upk-ch024-239799e8.st187-191.md",
		}},
		{"ugolovnyi-kodeks", []string{"../testdata/sources/ru/uk-ch016-0554b686.md"}},
	} {
		t.Run(tc.id, func(t *testing.T) {
			code, err := c.Code(tc.id)
			if err != nil {
				t.Fatal(err)
			}
			ed, err := c.Edition(tc.id, code.Meta.Edition, false)
			if err != nil {
				t.Fatal(err)
			}
			res, err := official.Import(tc.sources, official.Options{
				ID: tc.id, Title: code.Meta.Title, Date: code.Meta.Date, Edition: code.Meta.Edition,
			})
			if err != nil {
				t.Fatal(err)
			}
			if l := res.Lines; l.Read != l.Markup+l.Text {
				t.Errorf("import left lines unplaced: %+v", l)
			}
			articles := 0
			codes.Walk(ed.Doc.Root, func(u *codes.Unit, entering bool) bool {
				if !entering || u.Kind != codes.Article {
					return true
				}
				articles++
				addr := codes.Address{{Kind: codes.Article, Num: u.Num}}
				want, err := res.Doc.Find(addr)
				if err != nil {
					t.Errorf("%s: not in the official text: %v", addr, err)
					return false
				}
				if got, want := articleText(u), articleText(want); got != want {
					t.Errorf("%s differs from the official text:\n got %q\nwant %q", addr, got, want)
				}
				return false
			})
			if articles == 0 {
				t.Error("no articles in the embedded edition")
			}
		})
	}
}

// articleText is an article as Adilet plain text, its footnotes after the
// heading.
func articleText(article *codes.Unit) string {
	act := &codes.Unit{Kind: codes.Act, Children: []*codes.Unit{article}}
	return codes.RenderText(act, codes.RenderOptions{Provenance: true})
}

// The Kazakh texts of testdata/sources/kk are read whole by zan import:
// every line placed, the articles in order, excluded ones and the notice of
// Article 380-3 kept as articles.
func TestKazakhSourcesImport(t *testing.T) {
	for _, tc := range []struct {
		file, id, title string
		date            codes.Date
		articles        string
	}{
		{"qk-ch016-0554b686.st372-393.md", "qylmystyq-kodeks", "Қазақстан Республикасының Қылмыстық кодексі",
			codes.NewDate(2014, 7, 3),
			"372 373 374 375 376 377 378 379 380 380-1 380-2 380-3 381 382 383 384 385 386 387 388 388-1 389 390 391 392 393"},
		{"qpk-ch024-239799e8.st187-191.md", "qylmystyq-prosestik-kodeks", "Қазақстан Республикасының Қылмыстық-процестік кодексі",
			codes.NewDate(2014, 7, 4), "187 188 189 190 191"},
	} {
		t.Run(tc.file, func(t *testing.T) {
			res, err := official.Import([]string{"../testdata/sources/kk/" + tc.file}, official.Options{
				Lang: "kaz", ID: tc.id, Title: tc.title, Date: tc.date, Edition: codes.NewDate(2026, 1, 1),
			})
			if err != nil {
				t.Fatal(err)
			}
			if l := res.Lines; l.Read != l.Markup+l.Text {
				t.Errorf("import left lines unplaced: %+v", l)
			}
			var got []string
			codes.Walk(res.Doc.Root, func(u *codes.Unit, entering bool) bool {
				if entering && u.Kind == codes.Article {
					got = append(got, u.Num)
					return false
				}
				return true
			})
			if strings.Join(got, " ") != tc.articles {
				t.Errorf("articles %v, want %s", got, tc.articles)
			}
		})
	}
}

// An announced article filled by its law is the official text of the
// version after the law: Article 380-3 of testdata/announced-ru-article.txtar
// as of 2026-03-07 is, footnote and all, Article 380-3 of the official
// Criminal Code of 12.06.2026 (testdata/sources/ru/uk-ch016-af5927f7.st380-3.md).
func TestAnnouncedArticleFilledAsOfficial(t *testing.T) {
	ar, err := txtar.ParseFile("../testdata/announced-ru-article.txtar")
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.Load(corpustest.FS(ar), ".")
	if err != nil {
		t.Fatal(err)
	}
	ed, err := c.Edition("ugolovnyi-kodeks", codes.NewDate(2026, 3, 7), false)
	if err != nil {
		t.Fatal(err)
	}
	res, err := official.Import([]string{"../testdata/sources/ru/uk-ch016-af5927f7.st380-3.md"}, official.Options{
		ID: "ugolovnyi-kodeks", Title: "Уголовный кодекс Республики Казахстан", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2026, 6, 12),
	})
	if err != nil {
		t.Fatal(err)
	}
	addr := codes.Address{{Kind: codes.Article, Num: "380-3"}}
	got, err := ed.Doc.Find(addr)
	if err != nil {
		t.Fatal(err)
	}
	want, err := res.Doc.Find(addr)
	if err != nil {
		t.Fatal(err)
	}
	if g, w := articleText(got), articleText(want); g != w {
		t.Errorf("Article 380-3 differs from the official text:\n got %q\nwant %q", g, w)
	}
}
