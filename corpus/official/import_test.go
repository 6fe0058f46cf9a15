package official

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
)

var update = flag.Bool("update", false, "rewrite the goldens in testdata/import")

// realFiles are the real source files of testdata/import (see its
// README.md) and what to import them as: the files are excerpts, read
// without their code's meta.yaml, so the front matter comes from flags.
var realFiles = []struct {
	file string
	opt  Options
}{
	{"kaz-sec007-ch008-part043.md", Options{Lang: "kaz", ID: "qylmystyq-kodeks", Title: "Қазақстан Республикасының Қылмыстық кодексi", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2025, 8, 31)}},
	{"kaz-sec006-part011-st233-1-236.md", Options{Lang: "kaz", ID: "qylmystyq-kodeks", Title: "Қазақстан Республикасының Қылмыстық кодексi", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2025, 9, 16)}},
	{"rus-sec007-ch008-part005-st243-246.md", Options{Lang: "rus", ID: "ugolovnyi-kodeks", Title: "Уголовный кодекс Республики Казахстан", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2025, 9, 16)}},
	{"rus-sec007-ch015-st367.md", Options{Lang: "rus", ID: "ugolovnyi-kodeks", Title: "Уголовный кодекс Республики Казахстан", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2023, 1, 1)}},
	{"rus-sec007-ch018-st467.md", Options{Lang: "rus", ID: "ugolovnyi-kodeks", Title: "Уголовный кодекс Республики Казахстан", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2024, 6, 14)}},
	{"rus-upk-sec001-st1.md", Options{Lang: "rus", ID: "ugolovno-protsessualnyi-kodeks", Title: "Уголовно-процессуальный кодекс Республики Казахстан", Date: codes.NewDate(2014, 7, 4), Edition: codes.NewDate(2025, 12, 30)}},
}

const importDir = "../../testdata/import"

// TestImportRealFiles imports each real file and compares the code file
// with its golden (<file>.txt); every source line is markup or a line of
// the text, and the code file reads back as the same tree.
func TestImportRealFiles(t *testing.T) {
	for _, rf := range realFiles {
		t.Run(rf.file, func(t *testing.T) {
			path := filepath.Join(importDir, rf.file)
			r, err := Import([]string{path}, rf.opt)
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(path, ".md") + ".txt"
			if *update {
				if err := os.WriteFile(golden, r.File, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if string(r.File) != string(want) {
				t.Errorf("import differs from %s (go test ./corpus/official -update rewrites it; review the diff)", golden)
			}
			// Zero lines unplaced: each line read is markup or text.
			if l := r.Lines; l.Read != l.Markup+l.Text {
				t.Errorf("lines: %d read, %d markup + %d text", l.Read, l.Markup, l.Text)
			}
			// Render → parse gives the same tree.
			back, err := codes.Parse(path, r.File)
			if err != nil {
				t.Fatal(err)
			}
			if a, b := treeJSON(t, r.Doc.Root), treeJSON(t, back.Root); a != b {
				t.Error("the code file reads back as another tree")
			}
		})
	}
}

func treeJSON(t *testing.T, u *codes.Unit) string {
	t.Helper()
	b, err := json.Marshal(codes.TreeJSON(u, codes.RenderOptions{Provenance: true, Pending: true}))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestImportErrors: what the importer cannot place is an error with
// file:line:col, all of them at once, never a line dropped.
func TestImportErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "sec001.md")
	src := "> *Сноска. Статья 1 с изменениями.*\n\n## Статья 1. Заголовок\n\n| a | b |\n\n### Что-то иное\n\n   > цитата\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Import([]string{file}, Options{ID: "x", Title: "X", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2014, 7, 3)})
	if err == nil {
		t.Fatal("no error")
	}
	want := []string{
		file + ":1:1: a footnote before any heading",
		file + ":5:1: markup zan cannot place in a code's text",
		file + ":7:1: heading \"Что-то иное\" is not a part, section, chapter or article of a code",
		file + ":9:4: a quotation that is not a footnote",
	}
	got := strings.Join(corpus.ErrorLines(err), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("errors:\n%s\nlack %q", got, w)
		}
	}
}

// TestImportNeedsFrontMatter: without meta.yaml and flags the error names
// the flags to give; the edition comes from the file's source: line when it
// names a version, the language from its part_of: line.
func TestImportNeedsFrontMatter(t *testing.T) {
	_, err := Import([]string{filepath.Join(importDir, realFiles[0].file)}, Options{})
	if err == nil || !strings.Contains(err.Error(), "no meta.yaml in the code's folder: give --id, --title, --date") {
		t.Fatalf("err = %v", err)
	}
	res, err := Import([]string{filepath.Join(importDir, realFiles[0].file)}, Options{ID: "x", Title: "X", Date: codes.NewDate(2014, 7, 3)})
	if err != nil || res.Doc.Meta.Edition != codes.NewDate(2025, 8, 31) || res.Doc.Meta.Language != "kk" {
		t.Fatalf("edition and language from the file's front matter: %v, %+v", err, res)
	}
	bare := filepath.Join(t.TempDir(), "ch.md")
	if err := os.WriteFile(bare, []byte("## Глава 1. А\n\n### Статья 1. Б\n\nТекст.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Import([]string{bare}, Options{})
	if err == nil || !strings.Contains(err.Error(), "give --id, --title, --date, --edition") {
		t.Fatalf("a file without front matter: err = %v", err)
	}
	_, err = Import([]string{filepath.Join(importDir, realFiles[0].file)}, Options{ID: "../x", Title: "X", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2014, 7, 3)})
	if err == nil || !strings.Contains(err.Error(), "cannot name a file or folder") {
		t.Fatalf("err = %v", err)
	}
}

// TestMarkdownForms: the forms of kazakhstan-law/codes Markdown the real
// files of testdata/import do not all show (made for this test, in the
// repository's form): numbered notes, an editor's note, an excluded point in
// italics, a list marker, a point's second paragraph.
func TestMarkdownForms(t *testing.T) {
	src := "## Глава 1. ГЛАВА\n\n> *Сноска. Заголовок главы 1 с изменениями.*\n\n" +
		"<a id=\"st5\"></a>\n\n### Статья 5. Заголовок\n\n1. Часть первая:\n\n   1) пункт первый;\n\n   *2) исключен Законом РК от 01.01.2020 № 1-VI;*\n\n   3\\) пункт третий:\n\n      второй абзац пункта третьего.\n\n" +
		"- наказывается штрафом.\n\n> ℹ *Примечание РЦПИ! Порядок введения см. ст. 467*\n\nПримечания.\n\n1. Первое примечание.\n\n2. Второе примечание.\n\n> *Сноска. Статья 5 с изменениями.*\n"
	c := newConverter()
	c.file("f.md", []byte(src))
	text, err := c.text()
	if err != nil {
		t.Fatal(err)
	}
	want := "Глава 1. ГЛАВА\nСноска. Заголовок главы 1 с изменениями.\nСтатья 5. Заголовок\nСноска. Статья 5 с изменениями.\n" +
		"1. Часть первая:\n1) пункт первый;\n2) исключен Законом РК от 01.01.2020 № 1-VI;\n3) пункт третий:\n  второй абзац пункта третьего.\n" +
		"наказывается штрафом.\nПримечание РЦПИ! Порядок введения см. ст. 467\nПримечания.\n1. Первое примечание.\n2. Второе примечание.\n"
	if text != want {
		t.Fatalf("text:\n%s\nwant:\n%s", text, want)
	}
	d := &codes.Doc{Root: codes.ParseText(text, 1)}
	p3, err := d.Find(codes.Address{{Kind: codes.Article, Num: "5"}, {Kind: codes.Part, Num: "1"}, {Kind: codes.Point, Num: "3"}})
	if err != nil || p3.Text != "пункт третий:\n  второй абзац пункта третьего." {
		t.Errorf("point 3): %v %q", err, p3.Text)
	}
	note, err := d.Find(codes.Address{{Kind: codes.Article, Num: "5"}, {Kind: codes.Note}})
	if err != nil || len(note.Children) != 2 || note.Children[1].Kind != codes.Part {
		t.Errorf("numbered notes: %v", err)
	}
	if l := c.Lines; l.Read != l.Markup+l.Text {
		t.Errorf("lines: %+v", l)
	}
}

// TestTOCPreamble: the real table of contents of the version of 16.09.2025
// (testdata/import/rus-toc.md): the act's preamble is its excluded
// table of contents' heading and footnote, the title, the act's footnote,
// «По всему тексту:» and its paragraphs; the list of files is not text.
func TestTOCPreamble(t *testing.T) {
	file := filepath.Join(importDir, "rus-toc.md")
	toc, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	c := newConverter()
	c.preamble = true
	tocPreamble(c, file, toc)
	text, err := c.text()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	want := []string{
		"ОГЛАВЛЕНИЕ",
		"Сноска. Оглавление исключено Законом РК от 02.07.2021 № 62-VII (вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования).",
		"Уголовный кодекс Республики Казахстан",
		"Сноска. Вводится в действие в соответствии со статьей 467 настоящего Кодекса.",
		"По всему тексту:",
	}
	if len(lines) != 9 {
		t.Fatalf("%d lines:\n%s", len(lines), text)
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d = %q, want %q", i+1, lines[i], w)
		}
	}
	if !strings.HasPrefix(lines[8], "слова «ущерба окружающей среде» заменены") {
		t.Errorf("last line %q", lines[8])
	}
	if l := c.Lines; l.Read != l.Markup+l.Text || l.Text != 9 {
		t.Errorf("lines: %+v", l)
	}
	// The files of the table, in its order; a listed file that is missing
	// is an error, not a gap in the text.
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "rus"), 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := tocFiles(file, toc, dir, "rus")
	if err != nil || len(files) != 18 || filepath.Base(files[0]) != "sec001.md" || filepath.Base(files[17]) != "sec007-ch018.md" {
		t.Fatalf("files %v, err %v", files, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "rus.md"), toc, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Import([]string{dir}, Options{ID: "x", Title: "X", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2025, 9, 16)})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "rus", "sec001.md")+": ") {
		t.Errorf("missing file: %v", err)
	}
}

// TestImportedUnits: the units the real files hold, as a legal editor reads
// them.
func TestImportedUnits(t *testing.T) {
	docs := map[string]*codes.Doc{}
	for _, rf := range realFiles {
		r, err := Import([]string{filepath.Join(importDir, rf.file)}, rf.opt)
		if err != nil {
			t.Fatal(err)
		}
		docs[rf.file] = r.Doc
	}
	find := func(file string, steps ...codes.Step) *codes.Unit {
		t.Helper()
		u, err := docs[file].Find(codes.Address(steps))
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		return u
	}
	art := func(n string) codes.Step { return codes.Step{Kind: codes.Article, Num: n} }
	part := func(n string) codes.Step { return codes.Step{Kind: codes.Part, Num: n} }
	point := func(n string) codes.Step { return codes.Step{Kind: codes.Point, Num: n} }

	// Numbered notes: Article 367's note holds items 1 and 2.
	note := find("rus-sec007-ch015-st367.md", art("367"), codes.Step{Kind: codes.Note})
	if len(note.Children) != 2 || note.Children[0].Num != "1" || note.Children[1].Num != "2" {
		t.Errorf("Article 367's notes: %d items", len(note.Children))
	}
	// Points not indented, and the sanction after them: part 3's wrap-up.
	if p := find("rus-sec007-ch015-st367.md", art("367"), part("3")); len(p.Children) != 3 || !strings.HasPrefix(p.WrapUp, "наказываются штрафом в размере от сорокакратной") {
		t.Errorf("Article 367 part 3: %d points, wrap-up %q", len(p.Children), p.WrapUp)
	}
	// An excluded article stays, with the footnote that excludes it.
	if a := find("kaz-sec006-part011-st233-1-236.md", art("235")); len(a.Children) != 0 || len(a.Footnotes) != 1 || !strings.Contains(a.Footnotes[0].Text, "235-бап алып тасталды") {
		t.Errorf("Article 235: %+v", a)
	}
	// Two footnotes of one article (its heading's, then the article's), in order.
	if a := find("kaz-sec006-part011-st233-1-236.md", art("236")); len(a.Footnotes) != 2 || !strings.Contains(a.Footnotes[0].Text, "тақырыбы жаңа редакцияда") {
		t.Errorf("Article 236's footnotes: %d", len(a.Footnotes))
	}
	// Kazakh: Article 249's part 2 has three points and the sanction.
	if p := find("kaz-sec007-ch008-part043.md", art("249"), part("2")); len(p.Children) != 3 || !strings.HasSuffix(p.WrapUp, "жазаланады.") {
		t.Errorf("Article 249 part 2: %d points, wrap-up %q", len(p.Children), p.WrapUp)
	}
	// The quoted Article 51 stays in point 1) of Article 467's part 3.
	if _, err := docs["rus-sec007-ch018-st467.md"].Find(codes.Address{art("51")}); err == nil {
		t.Error("the quoted Article 51 became an article")
	}
	p1 := find("rus-sec007-ch018-st467.md", art("467"), part("3"), point("1"))
	if !strings.Contains(p1.Text, "\n  \"Статья 51. Конфискация имущества\n  1. Конфискация имущества есть") || len(p1.Children) != 0 {
		t.Errorf("point 1): %q", p1.Text)
	}
	find("rus-sec007-ch018-st467.md", art("467"), part("3"), point("2"))
}

// TestTitleHeading: the act's title heading (# …) and the lines before it
// («## ОГЛАВЛЕНИЕ» and its footnote) may head the first file of the text,
// as in the Criminal Procedure Code's rus/sec001.md (the real head of it,
// testdata/import/rus-upk-sec001-st1.md): they are the act's preamble, the
// title written once. Files without a title heading get the title line
// from --title (or meta.yaml): a code file starts with the act's title.
func TestTitleHeading(t *testing.T) {
	first := func(r *Result, n int) []string {
		t.Helper()
		text := codes.RenderText(r.Doc.Root, codes.RenderOptions{Provenance: true})
		return strings.SplitN(text, "\n", n+1)[:n]
	}
	rf := realFiles[len(realFiles)-1]
	r, err := Import([]string{filepath.Join(importDir, rf.file)}, rf.opt)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"ОГЛАВЛЕНИЕ",
		"Сноска. Оглавление исключено Законом РК от 29.06.2021 № 58-VII (вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования).",
		"Уголовно-процессуальный кодекс Республики Казахстан",
		"Общая часть",
		"Раздел 1. Основные положения",
	}
	if got := first(r, 5); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("sec001: %q", got)
	}
	if n := strings.Count(string(r.File), "\nУголовно-процессуальный кодекс Республики Казахстан\n"); n != 1 {
		t.Errorf("the title line %d times", n)
	}
	if _, err := r.Doc.Find(codes.Address{{Kind: codes.Article, Num: "1"}, {Kind: codes.Part, Num: "4"}, {Kind: codes.Point, Num: "2"}}); err != nil {
		t.Error(err)
	}
	for _, rf := range realFiles[:len(realFiles)-1] {
		r, err := Import([]string{filepath.Join(importDir, rf.file)}, rf.opt)
		if err != nil {
			t.Fatal(err)
		}
		if got := first(r, 1)[0]; got != rf.opt.Title {
			t.Errorf("%s: first line %q, want the title %q", rf.file, got, rf.opt.Title)
		}
	}
}

// TestTitleHeadingNearMisses: what the importer cannot place stays an
// error: a preamble with no title heading, a title heading after the text
// began (later in the file, or in a later file).
func TestTitleHeadingNearMisses(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		t.Helper()
		f := filepath.Join(dir, name)
		if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return f
	}
	opt := Options{ID: "x", Title: "Уголовно-процессуальный кодекс Республики Казахстан", Date: codes.NewDate(2014, 7, 4), Edition: codes.NewDate(2025, 12, 30)}
	noTitle := write("a.md", "## ОГЛАВЛЕНИЕ\n\n*Сноска. Оглавление исключено.*\n\n## Глава 1. Первая\n")
	late := write("b.md", "## Глава 1. Первая\n\n# Уголовно-процессуальный кодекс Республики Казахстан\n")
	chapter := write("c.md", "## Глава 2. Вторая\n\n### Статья 5. Заголовок\n\nТекст.\n")
	second := write("d.md", "# Уголовно-процессуальный кодекс Республики Казахстан\n\n## Глава 3. Третья\n")
	for _, c := range []struct {
		files []string
		want  []string
	}{
		{[]string{noTitle}, []string{
			noTitle + ":1:1: heading \"ОГЛАВЛЕНИЕ\" is not a part, section, chapter or article of a code",
			noTitle + ":3:1: text before the first heading",
		}},
		{[]string{late}, []string{late + ":3:1: heading \"Уголовно-процессуальный кодекс Республики Казахстан\" is not a part"}},
		{[]string{chapter, second}, []string{second + ":1:1: heading \"Уголовно-процессуальный кодекс Республики Казахстан\" is not a part"}},
	} {
		_, err := Import(c.files, opt)
		got := strings.Join(corpus.ErrorLines(err), "\n")
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v: errors:\n%s\nlack %q", c.files, got, w)
			}
		}
	}
}

// The edition defaults to the version the files' source: lines name, only
// when they all name the same one.
func TestVersionOf(t *testing.T) {
	for _, tc := range []struct {
		sources []string
		want    codes.Date
	}{
		{[]string{"https://zan.gov.kz/client/#!/doc/81164/rus/30.12.2025"}, codes.NewDate(2025, 12, 30)},
		{[]string{"https://zan.gov.kz/client/#!/doc/81164/kaz/30.12.2025", "https://zan.gov.kz/client/#!/doc/81164/kaz/30.12.2025"}, codes.NewDate(2025, 12, 30)},
		{[]string{"https://zan.gov.kz/client/#!/doc/81164/rus/30.12.2025", "https://zan.gov.kz/client/#!/doc/81164/rus/11.06.2026"}, codes.Date{}},
		{[]string{"https://zan.gov.kz/client/#!/doc/81164/rus/31.02.2025"}, codes.Date{}},
		{[]string{"https://example.org/30.12.2025"}, codes.Date{}},
		{nil, codes.Date{}},
	} {
		if got := versionOf(tc.sources); got != tc.want {
			t.Errorf("versionOf(%q) = %v, want %v", tc.sources, got, tc.want)
		}
	}
}

// A table of contents given first among .md files gives the act's
// preamble, as for a folder: the real rus.md of 16.09.2025 and the real
// final provisions; its list of files is not text, and the files it lists
// but that were not given are not looked for.
func TestTOCAmongFiles(t *testing.T) {
	res, err := Import([]string{filepath.Join(importDir, "rus-toc.md"), filepath.Join(importDir, "rus-sec007-ch018-st467.md")},
		Options{ID: "uk", Title: "Уголовный кодекс Республики Казахстан", Number: "226-V", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2025, 9, 16)})
	if err != nil {
		t.Fatal(err)
	}
	text := res.Doc.Root.Text
	if !strings.HasPrefix(text, "ОГЛАВЛЕНИЕ\n") || !strings.Contains(text, "\nПо всему тексту:\n") || strings.Contains(text, "|") {
		t.Errorf("preamble:\n%s", text)
	}
	if _, err := res.Doc.Find(codes.Address{{Kind: codes.Article, Num: "467"}}); err != nil {
		t.Error(err)
	}
	if res.Doc.Meta.Number != "226-V" {
		t.Errorf("number %q", res.Doc.Meta.Number)
	}
	// Alone, a table of contents is a file of text like any other: its
	// table cannot be placed.
	if _, err := Import([]string{filepath.Join(importDir, "rus-toc.md")}, Options{ID: "uk", Title: "T", Date: codes.NewDate(2014, 7, 3)}); err == nil ||
		!strings.Contains(err.Error(), "markup zan cannot place") {
		t.Errorf("a table of contents alone: err = %v", err)
	}
}
