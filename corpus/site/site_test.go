package site

import (
	"bytes"
	"net/url"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	nethtml "golang.org/x/net/html"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/corpustest"
	"github.com/zan-law/zan/corpus/kz"
)

// corpora are the corpora a site is built of in the tests: the embedded
// one, and the six-law history of testdata/corpus-history.txtar (many
// editions, exceptions, a same-day conflict).
func corpora(t *testing.T) map[string]*corpus.Corpus {
	t.Helper()
	embedded, err := corpus.Load(kz.FS, "corpus/kz")
	if err != nil {
		t.Fatal(err)
	}
	fsys, err := corpustest.Load("../../testdata/corpus-history.txtar")
	if err != nil {
		t.Fatal(err)
	}
	history, err := corpus.Load(fsys, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*corpus.Corpus{"embedded": embedded, "history": history}
}

// TestFiles checks that the site has an index, a timeline, per code an
// index and a page per edition, and per law and code it amends a page of
// what the law changes.
func TestFiles(t *testing.T) {
	for name, cp := range corpora(t) {
		t.Run(name, func(t *testing.T) {
			files := build(t, cp)
			want := []string{indexPage, timelinePage}
			for _, d := range cp.Codes {
				eds, err := cp.Editions(d.Meta.ID)
				if err != nil {
					t.Fatal(err)
				}
				want = append(want, d.Meta.ID+"/"+indexPage)
				for _, ed := range eds {
					want = append(want, d.Meta.ID+"/"+ed.Date.String()+".html")
				}
			}
			for _, law := range cp.Laws {
				for _, id := range cp.Amends(law) {
					want = append(want, "laws/"+law.Meta.Date.String()+"-"+strings.ToLower(law.Meta.Number)+"."+law.Meta.Language+"."+id+".html")
				}
			}
			for _, p := range want {
				if files[p] == nil {
					t.Errorf("no %s", p)
				}
			}
			if len(files) != len(want) {
				t.Errorf("%d files, want %d", len(files), len(want))
			}
		})
	}
}

// TestLinks checks that every link of the site is relative and leads to a
// file of the site, and to an id on that page when it names one.
func TestLinks(t *testing.T) {
	for name, cp := range corpora(t) {
		t.Run(name, func(t *testing.T) {
			files := build(t, cp)
			ids := map[string]map[string]bool{}
			links := map[string][]string{}
			for p, data := range files {
				root, err := nethtml.Parse(bytes.NewReader(data))
				if err != nil {
					t.Fatalf("%s: %v", p, err)
				}
				ids[p] = map[string]bool{}
				for n := range root.Descendants() {
					for _, a := range n.Attr {
						switch a.Key {
						case "id":
							ids[p][a.Val] = true
						case "href", "src":
							links[p] = append(links[p], a.Val)
						}
					}
				}
			}
			n := 0
			for p, hrefs := range links {
				for _, href := range hrefs {
					n++
					u, err := url.Parse(href)
					if err != nil || u.IsAbs() || u.Host != "" || strings.HasPrefix(u.Path, "/") {
						t.Errorf("%s: link %q is not relative", p, href)
						continue
					}
					target := p
					if u.Path != "" {
						target = path.Join(path.Dir(p), u.Path)
					}
					if files[target] == nil {
						t.Errorf("%s: link %q: no file %s in the site", p, href, target)
						continue
					}
					if u.Fragment != "" && !ids[target][u.Fragment] {
						t.Errorf("%s: link %q: no id %q in %s", p, href, u.Fragment, target)
					}
				}
			}
			if n == 0 {
				t.Error("no links at all")
			}
		})
	}
}

// TestPages checks what the indexes say: each code's editions with what
// each changed, the laws with their rules, the same-day conflict.
func TestPages(t *testing.T) {
	files := build(t, corpora(t)["history"])
	for _, tc := range []struct{ file, want string }{
		{indexPage, `<a href="criminal-code/index.html" lang="en">Criminal Code of the Republic of Kazakhstan</a>`},
		{"criminal-procedure-code/index.html", `<a href="2026-02-13.html#article-191-part-3">911-T: Article 191, part 3 — added</a>`},
		{"criminal-procedure-code/index.html", `2026-03-21: article:187 is changed by laws [912-T 913-T] on the same day; applied in that order`},
		{timelinePage, `<strong>No. 916-T</strong>`},
		{timelinePage, `<a href="criminal-code/2027-01-01.html">2027-01-01</a>`},
		{"criminal-procedure-code/2026-03-21.html", `<a href="2026-02-13.html">← 2026-02-13</a>`},
		{"criminal-procedure-code/2026-03-21.html", `<a href="2026-05-15.html">2026-05-15 →</a>`},
		{"criminal-code/2026-03-21.html", `<p id="article-379-part-1" class="part">1. `},
	} {
		if !bytes.Contains(files[tc.file], []byte(tc.want)) {
			t.Errorf("%s: no %s", tc.file, tc.want)
		}
	}
}

// TestBadCodeID checks that a code id that cannot name a folder is an
// error, not a path out of the site.
func TestBadCodeID(t *testing.T) {
	src := []byte("---\nkind: code\nid: ../escape\ntitle: T\ndate: 2014-07-03\nlanguage: en\nedition: 2026-01-01\n---\nT\nArticle 1. A\nText.\n")
	cp, err := corpus.Load(fstest.MapFS{"codes/t.txt": {Data: src}}, "c")
	if err != nil {
		t.Fatal(err)
	}
	want := `c/codes/t.txt: front matter field id: "../escape" cannot name a file or folder (want lower-case Latin letters and digits joined by hyphens)`
	if err := Build(cp, Options{}, func(File) error { return nil }); err == nil || err.Error() != want {
		t.Errorf("Build: %v, want %s", err, want)
	}
}

func build(t *testing.T, cp *corpus.Corpus) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := Build(cp, Options{Render: codes.RenderOptions{Provenance: true}}, func(f File) error {
		if files[f.Path] != nil {
			t.Errorf("%s written twice", f.Path)
		}
		files[f.Path] = f.Data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestWordsByLanguage checks that a code's pages and a law's pages speak
// the code's or the law's language: the Russian edition, its index and the
// Russian law's page of changes, laid out by the site's template, and the
// Kazakh edition and law page.
func TestWordsByLanguage(t *testing.T) {
	files := build(t, corpora(t)["embedded"])
	for _, tc := range []struct{ file, want string }{
		{"ugolovnyi-kodeks/2026-03-07.html", `<nav class="bar"><a href="../index.html">Все кодексы</a><a href="index.html">Редакции</a><a href="../timeline.html">Хронология</a><a href="2025-09-16.html">← 2025-09-16</a></nav>`},
		{"ugolovnyi-kodeks/index.html", `<html lang="ru">`},
		{"ugolovnyi-kodeks/index.html", `<title>Уголовный кодекс Республики Казахстан — редакции</title>`},
		{"ugolovnyi-kodeks/index.html", `<p class="muted">Принят 2014-07-03, № 226-V. Редакции: текст, действующий с каждой даты до следующей.</p>`},
		{"ugolovnyi-kodeks/index.html", `<thead><tr><th class="date">Действует с</th><th>Что изменено</th></tr></thead>`},
		{"ugolovnyi-kodeks/index.html", `<footer class="source"><p>Сделано zan из кодексов и изменяющих законов корпуса. Редакции вычислены, это не официальные тексты.</p></footer>`},
		{"laws/2026-01-03-252-viii.ru.ugolovnyi-kodeks.html", `<html lang="ru">`},
		{"laws/2026-01-03-252-viii.ru.ugolovnyi-kodeks.html", `<title>Закон № 252-VIII от 03.01.2026: изменения в ugolovnyi-kodeks</title>`},
		{"laws/2026-01-03-252-viii.ru.ugolovnyi-kodeks.html", `<nav class="bar"><a href="../index.html">Все кодексы</a><a href="../timeline.html">Хронология</a></nav>`},
		{"laws/2026-01-03-252-viii.ru.ugolovnyi-kodeks.html", `<p><a href="../ugolovnyi-kodeks/2026-03-07.html">Редакция с изменениями закона</a></p>`},
		{"laws/2026-01-03-252-viii.ru.ugolovnyi-kodeks.html", "<h2>Сравнительная таблица</h2>\n\n<table class=\"list compare\">\n<thead><tr><th>Структурный элемент</th><th>Действующая редакция</th><th>Предлагаемая редакция</th></tr></thead>"},
		{"laws/2026-01-03-252-viii.ru.ugolovnyi-kodeks.html", "<h3><a href=\"../ugolovnyi-kodeks/2026-03-07.html#article-380-3\">Статья 380-3 — дополнено</a></h3>\n<p><ins>Статья 380-3. Угроза или применение насилия в отношении медицинского работника или водителя транспортного средства скорой медицинской помощи<br>\n"},
		{"laws/2026-01-03-252-viii.en.criminal-code.html", `<title>Law No. 252-VIII of 2026-01-03: changes to criminal-code</title>`},
		{"criminal-code/2026-03-07.html", `<nav class="bar"><a href="../index.html">All codes</a><a href="index.html">Editions of this code</a><a href="../timeline.html">Timeline</a><a href="2026-01-01.html">← 2026-01-01</a></nav>`},
		{timelinePage, `<a href="laws/2026-01-03-252-viii.ru.ugolovnyi-kodeks.html" lang="ru">изменения в ugolovnyi-kodeks</a>`},
		{"qylmystyq-kodeks/2026-03-07.html", `<html lang="kk">`},
		{"qylmystyq-kodeks/2026-03-07.html", `<nav class="bar"><a href="../index.html">Барлық кодекстер</a><a href="index.html">Редакциялар</a><a href="../timeline.html">Хронология</a><a href="2025-09-16.html">← 2025-09-16</a></nav>`},
		{"laws/2026-01-03-252-viii.kk.qylmystyq-kodeks.html", `<title>03.01.2026 № 252-VIII Заң: qylmystyq-kodeks өзгерістер</title>`},
		{"laws/2026-01-03-252-viii.kk.qylmystyq-kodeks.html", `<thead><tr><th>Құрылымдық элемент</th><th>Қолданыстағы редакция</th><th>Ұсынылып отырған редакция</th></tr></thead>`},
		{"laws/2026-01-03-252-viii.kk.qylmystyq-kodeks.html", `<h3><a href="../qylmystyq-kodeks/2026-03-07.html#article-380-3">380-3-бап — толықтырылды</a></h3>`},
	} {
		if !bytes.Contains(files[tc.file], []byte(tc.want)) {
			t.Errorf("%s: no %s", tc.file, tc.want)
		}
	}
}
