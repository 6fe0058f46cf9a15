package corpus_test

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/html"
	"github.com/zan-law/zan/codes/markdown"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/corpustest"
	"github.com/zan-law/zan/corpus/kz"
	"github.com/zan-law/zan/corpus/official"
)

// The embedded base editions are the official consolidated texts: each
// embedded code file is, front matter aside, what zan import makes of the
// files of testdata/sources (kazakhstan-law/codes Markdown, transcribed and
// checked as testdata/sources/*/README.md say), byte for byte, with the
// command its source: line gives; every line of them placed.
func TestEmbeddedCodesAreImports(t *testing.T) {
	for _, tc := range []struct {
		file    string
		sources []string
		opt     official.Options
	}{
		{"ugolovnyi-kodeks.txt", []string{
			"../testdata/sources/ru/uk-sec007-006d21b1.special-part.md",
			"../testdata/sources/ru/uk-sec007-ch016-006d21b1.md",
			"../testdata/import/rus-sec007-ch018-st467.md",
		}, official.Options{Lang: "rus", ID: "ugolovnyi-kodeks", Title: "Уголовный кодекс Республики Казахстан", Number: "226-V",
			Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2025, 9, 16)}},
		{"qylmystyq-kodeks.txt", []string{
			"../testdata/sources/kk/qk-sec007-006d21b1.special-part.md",
			"../testdata/sources/kk/qk-sec007-ch016-006d21b1.md",
			"../testdata/sources/kk/qk-sec007-ch018-006d21b1.st467.md",
		}, official.Options{Lang: "kaz", ID: "qylmystyq-kodeks", Title: "Қазақстан Республикасының Қылмыстық кодексi", Number: "226-V",
			Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2025, 9, 16)}},
		{"ugolovno-protsessualnyi-kodeks.txt", []string{
			"../testdata/sources/ru/upk-sec006-239799e8.head.md",
			"../testdata/sources/ru/upk-ch024-239799e8.st187-191.md",
		}, official.Options{Lang: "rus", ID: "ugolovno-protsessualnyi-kodeks", Title: "Уголовно-процессуальный кодекс Республики Казахстан", Number: "231-V",
			Date: codes.NewDate(2014, 7, 4), Edition: codes.NewDate(2025, 12, 30)}},
		{"qylmystyq-prosestik-kodeks.txt", []string{
			"../testdata/sources/kk/qpk-sec006-239799e8.head.md",
			"../testdata/sources/kk/qpk-ch024-239799e8.st187-191.md",
		}, official.Options{Lang: "kaz", ID: "qylmystyq-prosestik-kodeks", Title: "Қазақстан Республикасының Қылмыстық-процестік кодексі", Number: "231-V",
			Date: codes.NewDate(2014, 7, 4), Edition: codes.NewDate(2025, 12, 30)}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			embedded, err := kz.FS.ReadFile("codes/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			res, err := official.Import(tc.sources, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if l := res.Lines; l.Read != l.Markup+l.Text {
				t.Errorf("import left lines unplaced: %+v", l)
			}
			_, want, _, err := codes.ParseFrontMatter(tc.file, string(res.File))
			if err != nil {
				t.Fatal(err)
			}
			doc, got, _, err := codes.ParseFrontMatter(tc.file, string(embedded))
			if err != nil {
				t.Fatal(err)
			}
			meta := doc.Meta
			if got != want {
				t.Errorf("the embedded text is not the import of its sources (%d and %d bytes)", len(got), len(want))
			}
			m := res.Doc.Meta
			if meta.ID != m.ID || meta.Title != m.Title || meta.Number != m.Number || meta.Date != m.Date || meta.Edition != m.Edition || meta.Language != m.Language {
				t.Errorf("front matter %+v, want that of the import %+v", meta, m)
			}
			if !strings.Contains(meta.Source, "Made by: zan import") {
				t.Errorf("source: %q does not give the command", meta.Source)
			}
			// Round trip: the corpus's edition on the base edition's own date
			// (no law in force, none signed yet) is that text, byte for byte.
			c := embeddedCorpus(t)
			ed, err := c.Edition(m.ID, m.Edition, true)
			if err != nil {
				t.Fatal(err)
			}
			out, err := codes.Render(ed.Doc, codes.RenderOptions{Provenance: true, Pending: true})
			if err != nil {
				t.Fatal(err)
			}
			if _, body, _, err := codes.ParseFrontMatter(tc.file, string(out)); err != nil || body != want {
				t.Errorf("consolidated on %s, the edition is not the official text (%v)", m.Edition, err)
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

// cpc187to191 are the official texts of the Criminal Procedure Code's
// Articles 187 to 191 (version of 30.12.2025) and what to import them as:
// the flags of README's zan import of them.
var cpc187to191 = map[string]struct {
	file string
	opt  official.Options
}{
	"ru": {"../testdata/sources/ru/upk-ch024-239799e8.st187-191.md", official.Options{Lang: "rus", ID: "ugolovno-protsessualnyi-kodeks",
		Title: "Уголовно-процессуальный кодекс Республики Казахстан", Date: codes.NewDate(2014, 7, 4), Edition: codes.NewDate(2025, 12, 30)}},
	"kk": {"../testdata/sources/kk/qpk-ch024-239799e8.st187-191.md", official.Options{Lang: "kaz", ID: "qylmystyq-prosestik-kodeks",
		Title: "Қазақстан Республикасының Қылмыстық-процестік кодексі", Date: codes.NewDate(2014, 7, 4), Edition: codes.NewDate(2025, 12, 30)}},
}

func importCPC(t *testing.T, lang string) *official.Result {
	t.Helper()
	src := cpc187to191[lang]
	res, err := official.Import([]string{src.file}, src.opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestArticle190 imports the real Articles 187 to 191 in Russian and
// Kazakh: the code file starts with the act's title, reads back and
// renders byte for byte; Article 190 has every part, 1 to 8, part 8 (six
// spaces indented in the source) among them, and its text is the source's
// line for line; part 4-3's two lists of points 1) and 2) have addresses
// and anchors of their own.
func TestArticle190(t *testing.T) {
	for lang := range cpc187to191 {
		t.Run(lang, func(t *testing.T) {
			res := importCPC(t, lang)
			if l := res.Lines; l.Read != l.Markup+l.Text {
				t.Errorf("import left lines unplaced: %+v", l)
			}
			doc, err := codes.Parse("upk.txt", res.File)
			if err != nil {
				t.Fatal(err)
			}
			_, body, _, _ := codes.ParseFrontMatter("upk.txt", string(res.File))
			if got := codes.RenderText(doc.Root, codes.RenderOptions{Provenance: true, Pending: true}); got != body {
				t.Error("the code file does not render byte for byte")
			}
			if first, _, _ := strings.Cut(body, "\n"); first != doc.Meta.Title {
				t.Errorf("first line %q, want the title", first)
			}
			art, err := doc.Find(codes.Address{{Kind: codes.Article, Num: "190"}})
			if err != nil {
				t.Fatal(err)
			}
			var parts []string
			for _, c := range art.Children {
				parts = append(parts, c.Kind.String()+":"+c.Num)
			}
			if got, want := strings.Join(parts, " "), "part:1 part:2 part:3 part:4 part:4-1 part:4-2 part:4-3 part:5 part:6 part:7 part:8"; got != want {
				t.Errorf("Article 190: %s, want %s", got, want)
			}
			if got, want := articleText(art), sourceArticle(t, cpc187to191[lang].file, "st190"); got != want {
				t.Errorf("Article 190 is not the source's text:\n got %q\nwant %q", got, want)
			}
			var got []string
			for _, p := range markdown.Places(doc.Root) {
				if p.Address.Holder().String() == "article:190" && len(p.Address) > 2 && p.Address[1].Num == "4-3" {
					got = append(got, p.Anchor)
				}
			}
			want := []string{
				"article-190-part-4-3-list-1-point-1", "article-190-part-4-3-list-1-point-2",
				"article-190-part-4-3-list-2-point-1", "article-190-part-4-3-list-2-point-2",
			}
			if !slices.Equal(got, want) {
				t.Errorf("part 4-3's points: %q", got)
			}
			checkAnchors(t, doc)
		})
	}
}

// checkAnchors renders doc as an HTML page: every unit has its anchor,
// each id once on the page.
func checkAnchors(t *testing.T, doc *codes.Doc) {
	t.Helper()
	page, err := html.Render(doc, codes.RenderOptions{Provenance: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range markdown.Places(doc.Root) {
		if p.Anchor == "" {
			t.Errorf("%s: no anchor", p.Address)
		} else if n := strings.Count(string(page), ` id="`+p.Anchor+`"`); n != 1 {
			t.Errorf("id %q %d times on the page", p.Anchor, n)
		}
	}
}

// sourceArticle is an article of a kazakhstan-law/codes Markdown file as
// Adilet plain text, taken from the Markdown by hand (not by zan import):
// the lines from its anchor to the next, blank lines and anchors dropped,
// heading marks, indentation and escapes removed, the footnote unwrapped
// and moved up to follow the heading.
func sourceArticle(t *testing.T, file, anchor string) string {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(src), `<a id="`+anchor+`"></a>`)
	if !ok {
		t.Fatalf("%s: no anchor %s", file, anchor)
	}
	rest, _, _ = strings.Cut(rest, "<a id=")
	var lines, footnotes []string
	for l := range strings.Lines(rest) {
		l = strings.ReplaceAll(strings.TrimSpace(l), `\)`, ")")
		switch {
		case l == "":
		case strings.HasPrefix(l, "## "):
			lines = append(lines, strings.TrimPrefix(l, "## "))
		case strings.HasPrefix(l, "> *"):
			footnotes = append(footnotes, strings.TrimSuffix(strings.TrimPrefix(l, "> *"), "*"))
		default:
			lines = append(lines, l)
		}
	}
	return strings.Join(slices.Concat(lines[:1], footnotes, lines[1:]), "\n") + "\n"
}

// TestArticle190Instructions: an instruction naming «пункт 1) части 4-3
// статьи 190» names two points (part 4-3 has two lists of points 1) and
// 2)): refused with its place, and its law with it, whose other
// instruction, on part 8 of Article 190, is carried out in a law of its
// own.
func TestArticle190Instructions(t *testing.T) {
	res := importCPC(t, "ru")
	law := func(instruction string) string {
		return "---\nkind: law\nnumber: 901-VIII\ntitle: О внесении изменений в Уголовно-процессуальный кодекс Республики Казахстан\n" +
			"date: 2026-02-01\npublished: 2026-02-03\nlanguage: ru\nsource: constructed example\n---\n" +
			"О внесении изменений в Уголовно-процессуальный кодекс Республики Казахстан\n" +
			"Закон Республики Казахстан от 1 февраля 2026 года № 901-VIII\n" +
			"Статья 1. Внести в Уголовно-процессуальный кодекс Республики Казахстан от 4 июля 2014 года следующие изменения:\n" +
			instruction + "\n" +
			"Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.\n"
	}
	edition := func(instruction string) (*corpus.Edition, error) {
		t.Helper()
		c, err := corpus.Load(fstest.MapFS{
			"codes/upk.txt":     {Data: res.File},
			"laws/901-VIII.txt": {Data: []byte(law(instruction))},
		}, "c")
		if err != nil {
			t.Fatal(err)
		}
		return c.Edition("ugolovno-protsessualnyi-kodeks", codes.NewDate(2026, 3, 1), false)
	}
	part8 := "2) в части восьмой статьи 190 слово «Прокурор» заменить словом «Прокурор района»;"
	_, err := edition("1) в пункте 1) части 4-3 статьи 190 слово «согласовывает» заменить словом «утверждает»;\n" + part8)
	want := "c/laws/901-VIII.txt:13:4: law 901-VIII on ugolovno-protsessualnyi-kodeks: article:190/part:4-3/point:1 is ambiguous: " +
		"article:190/part:4-3 has two points 1), one in each of its lists (article:190/part:4-3/list:1/point:1, article:190/part:4-3/list:2/point:1); " +
		"name the list (instruction: в пункте 1) части 4-3 статьи 190 слово «согласовывает» заменить словом «утверждает»;)"
	if got := strings.Join(corpus.ErrorLines(err), "\n"); got != want {
		t.Errorf("error:\n%s\nwant:\n%s", got, want)
	}
	ed, err := edition(part8)
	if err != nil {
		t.Fatal(err)
	}
	p8, err := ed.Doc.Find(codes.Address{{Kind: codes.Article, Num: "190"}, {Kind: codes.Part, Num: "8"}})
	if err != nil || !strings.HasPrefix(p8.Text, "Прокурор района обеспечивает вручение протокола") {
		t.Errorf("part 8: %v %q", err, p8.Text)
	}
}

// The Kazakh and Russian texts of a code have equal force and one
// structure: the embedded editions in the two languages have the same
// units, address for address, before the law and after it.
func TestLanguagesHaveOneStructure(t *testing.T) {
	c := embeddedCorpus(t)
	for _, pair := range [][2]string{{"ugolovnyi-kodeks", "qylmystyq-kodeks"}, {"ugolovno-protsessualnyi-kodeks", "qylmystyq-prosestik-kodeks"}} {
		for _, date := range []codes.Date{codes.NewDate(2026, 1, 1), codes.NewDate(2026, 3, 7)} {
			var addrs [2][]string
			for i, id := range pair {
				ed, err := c.Edition(id, date, false)
				if err != nil {
					t.Fatal(err)
				}
				codes.WalkPaths(ed.Doc.Root, func(path []*codes.Unit, a codes.Address) bool {
					addrs[i] = append(addrs[i], a.String()+" "+path[len(path)-1].Kind.String())
					return true
				})
			}
			if !slices.Equal(addrs[0], addrs[1]) {
				t.Errorf("%s and %s on %s: the units differ (%d and %d)", pair[0], pair[1], date, len(addrs[0]), len(addrs[1]))
			}
			if len(addrs[0]) < 50 {
				t.Errorf("%s on %s: only %d units", pair[0], date, len(addrs[0]))
			}
		}
	}
}

// The notes on changes to come zan writes (amend's wording) are read back
// as notes by the code parser (codes' list of their openings), in every
// language: an edition written with them parses to the same notes.
func TestPendingNotesReadBack(t *testing.T) {
	c := embeddedCorpus(t)
	langs := map[string]bool{}
	for _, d := range c.Codes {
		ed, err := c.Edition(d.Meta.ID, codes.NewDate(2026, 3, 6), true)
		if err != nil {
			t.Fatal(err)
		}
		out, err := codes.Render(ed.Doc, codes.RenderOptions{Provenance: true, Pending: true})
		if err != nil {
			t.Fatal(err)
		}
		back, err := codes.Parse(d.Meta.ID+".txt", out)
		if err != nil {
			t.Fatal(err)
		}
		pending := func(root *codes.Unit) (notes []string) {
			codes.Walk(root, func(u *codes.Unit, entering bool) bool {
				for _, f := range u.Footnotes {
					if entering && f.Pending {
						notes = append(notes, f.Text)
					}
				}
				return true
			})
			return notes
		}
		want, got := pending(ed.Doc.Root), pending(back.Root)
		if !slices.Equal(got, want) {
			t.Errorf("%s: notes written %q, read back %q", d.Meta.ID, want, got)
		}
		if len(want) > 0 {
			langs[d.Meta.Language] = true
		}
	}
	if len(langs) != 3 {
		t.Errorf("notes written in %v, want en, ru and kk", langs)
	}
}
