package markdown

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/kz"
)

var update = flag.Bool("update", false, "rewrite testdata/*.md")

// edition returns a code of the embedded corpus as in force on 7 March
// 2026, the day Law No. 252-VIII entered into force.
func edition(t *testing.T, id string) *codes.Doc {
	t.Helper()
	cp, err := corpus.Load(kz.FS, "corpus/kz")
	if err != nil {
		t.Fatal(err)
	}
	ed, err := cp.Edition(id, codes.NewDate(2026, 3, 7), true)
	if err != nil {
		t.Fatal(err)
	}
	return ed.Doc
}

var withFootnotes = codes.RenderOptions{Provenance: true, Pending: true}

// TestGolden compares the Markdown of the Criminal Code as in force on
// 7 March 2026 with testdata/criminal-code@2026-03-07.md (go test -update
// rewrites it; check it against the code's text before committing).
func TestGolden(t *testing.T) {
	got := Render(edition(t, "criminal-code"), withFootnotes)
	const file = "testdata/criminal-code@2026-03-07.md"
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("Markdown differs from %s (go test -update rewrites it):\n%s", file, got)
	}
}

// TestHeadings checks that each code part, section, chapter and article
// is a heading of its kind's level ending in its id, and nothing else is.
func TestHeadings(t *testing.T) {
	for _, id := range []string{"criminal-code", "criminal-procedure-code", "ugolovnyi-kodeks"} {
		d := edition(t, id)
		md := string(Render(d, withFootnotes))
		heading := regexp.MustCompile(`(?m)^(#+) .*\{#([a-z0-9-]+)\}$`)
		got := map[string]int{}
		for _, m := range heading.FindAllStringSubmatch(md, -1) {
			got[m[2]] = len(m[1])
		}
		n := 0
		for _, p := range Places(d.Root) {
			if level := HeadingLevel(p.Unit.Kind); level > 0 {
				n++
				if got[p.Anchor] != level {
					t.Errorf("%s: %s is at level %d, want a heading of level %d {#%s}", id, p.Address, got[p.Anchor], level, p.Anchor)
				}
			}
		}
		if len(got) != n {
			t.Errorf("%s: %d headings with ids, want %d", id, len(got), n)
		}
		if !strings.HasPrefix(md, "# "+d.Meta.Title+"\n") {
			t.Errorf("%s: the Markdown does not start with the title", id)
		}
	}
}

// TestParagraphs checks that each part, point, subpoint and note starts a
// paragraph with its anchor, its label escaped so that Markdown does not
// read it as a list item.
func TestParagraphs(t *testing.T) {
	d := edition(t, "criminal-code")
	md := string(Render(d, withFootnotes))
	for _, want := range []string{
		"\n\n##### Article 380-3. Threatening or using violence against a medical professional or an ambulance driver[^6] {#article-380-3}\n\n",
		"\n\n<a id=\"article-380-3-part-2\"></a>2\\. The act provided for in the first part of this Article, committed:\n\n",
		"\n\n<a id=\"article-380-3-part-2-point-4\"></a>4\\) in an emergency situation or during mass riots;\n\n",
		"\n\nis punishable by restriction of liberty for a term of two to three years or imprisonment for the same term.\n\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q in the Markdown", want)
		}
	}
	anchors := 0
	for _, p := range Places(d.Root) {
		if HeadingLevel(p.Unit.Kind) == 0 {
			anchors++
			if !strings.Contains(md, "\n\n<a id=\""+p.Anchor+"\"></a>"+escapeParagraph(p.Unit.Label)) {
				t.Errorf("%s: no paragraph starting with its anchor and label", p.Address)
			}
		}
	}
	if anchors == 0 {
		t.Error("no parts or points")
	}
	if list := regexp.MustCompile(`(?m)^\d+[.)] `); list.MatchString(md) {
		t.Errorf("a line reads as a list item: %q", list.FindString(md))
	}
}

// TestFootnotes checks that each footnote shown has one reference and one
// definition, in order, and that footnotes not shown have neither.
func TestFootnotes(t *testing.T) {
	d := edition(t, "criminal-procedure-code")
	for _, opt := range []codes.RenderOptions{{}, withFootnotes} {
		md := string(Render(d, opt))
		var shown []string
		codes.Walk(d.Root, func(u *codes.Unit, entering bool) bool {
			for _, f := range u.Footnotes {
				if s, ok := f.Shown(opt); ok && entering {
					shown = append(shown, s)
				}
			}
			return true
		})
		for i, s := range shown {
			ref := fmt.Sprintf("[^%d]", i+1)
			if strings.Count(md, ref) != 2 {
				t.Errorf("%+v: %s occurs %d times, want a reference and a definition", opt, ref, strings.Count(md, ref))
			}
			if def := "\n" + ref + ": " + escapeParagraph(s) + "\n"; !strings.Contains(md, def) {
				t.Errorf("%+v: no definition %q", opt, def)
			}
		}
		if extra := fmt.Sprintf("[^%d]", len(shown)+1); strings.Contains(md, extra) {
			t.Errorf("%+v: %s refers to a footnote not shown", opt, extra)
		}
		provenance := strings.Contains(md, "252-VIII")
		if provenance != opt.Provenance {
			t.Errorf("%+v: the footnote of Law No. 252-VIII shown: %v", opt, provenance)
		}
	}
}

// TestPlaces checks addresses and anchors: two parts 1. of one article are
// told apart by their lists, each with its anchor; an article repeating an
// earlier article's number gets no anchor of its own.
func TestPlaces(t *testing.T) {
	root := codes.ParseText("Article 5. Heading\n1. First\n1) point\n2) point\n1. Again the first\nNote. A note\nArticle 5. Again\n", 1)
	var got []string
	for _, p := range Places(root) {
		got = append(got, p.Address.String()+" #"+p.Anchor)
	}
	want := []string{
		"article:5 #article-5",
		"article:5/list:1/part:1 #article-5-list-1-part-1",
		"article:5/list:1/part:1/point:1 #article-5-list-1-part-1-point-1",
		"article:5/list:1/part:1/point:2 #article-5-list-1-part-1-point-2",
		"article:5/list:2/part:1 #article-5-list-2-part-1",
		"article:5/note #article-5-note",
		"article:5 #",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("places:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestEscapeParagraph(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"1. The threat", `1\. The threat`},
		{"4) repeatedly;", `4\) repeatedly;`},
		{"380-3. not a list", `380-3. not a list`},
		{"1234567890. ten digits", `1234567890. ten digits`},
		{"- a dash", `\- a dash`},
		{"+ a plus", `\+ a plus`},
		{"    indented", `indented`},
		{"# heading", `\# heading`},
		{"> quote", `\> quote`},
		{"*x* _y_ `z` ~s~", "\\*x\\* \\_y\\_ \\`z\\` \\~s\\~"},
		{"[^1] [a](b)", `\[^1\] \[a\](b)`},
		{"<b> &amp; {#id} | \\", `\<b\> \&amp; \{\#id\} \| \\`},
		{"Article 380-3. Threatening – a dash", "Article 380-3. Threatening – a dash"},
	} {
		if got := escapeParagraph(tc.in); got != tc.want {
			t.Errorf("escapeParagraph(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEdition(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want string
	}{
		{"en", "Text as in force on 7 March 2026."},
		{"ru", "Редакция по состоянию на 07.03.2026."},
		{"kk", "07.03.2026 жағдай бойынша редакция."},
		{"uz", "Text as in force on 7 March 2026."}, // no words for the language: English
	} {
		if got := Edition(codes.Meta{Language: tc.lang, Edition: codes.NewDate(2026, 3, 7)}); got != tc.want {
			t.Errorf("Edition(%s) = %q, want %q", tc.lang, got, tc.want)
		}
	}
	if got := Edition(codes.Meta{Language: "en"}); got != "" {
		t.Errorf("Edition without a date = %q, want none", got)
	}
}
