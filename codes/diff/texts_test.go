package diff

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/zan-law/zan/codes"
)

// fullTrees is the comparison Texts stands for: both texts parsed whole.
func fullTrees(old, new string) []Unit {
	return Diff(&codes.Doc{Root: codes.ParseText(old, 1)}, &codes.Doc{Root: codes.ParseText(new, 1)})
}

// outputs writes units in every format.
func outputs(t *testing.T, units []Unit) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, lang := range []string{"en", "ru"} {
		opt := Options{Language: lang, Title: "old → new", Link: "edition.html"}
		for _, color := range []bool{false, true} {
			opt.Color = color
			var b bytes.Buffer
			if err := Text(&b, units, opt); err != nil {
				t.Fatal(err)
			}
			out[lang+" text"+map[bool]string{true: " colour"}[color]] = b.Bytes()
		}
		out[lang+" md"] = Markdown(units, opt)
		out[lang+" html"] = must(HTML(units, opt))
		out[lang+" table"] = must(Table(units, opt, false))
		out[lang+" table-html"] = must(Table(units, opt, true))
	}
	j, err := JSON(units)
	if err != nil {
		t.Fatal(err)
	}
	out["json"] = j
	return out
}

// checkSameAsFullTrees asserts that Texts gives the units, and so the
// output in every format, byte for byte, that comparing the whole trees
// gives; and whether it skipped the shared articles (fast).
func checkSameAsFullTrees(t *testing.T, name, old, new string, fast bool) {
	t.Helper()
	got, skipped := texts(old, new)
	want := fullTrees(old, new)
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s: Texts gives\n%+v\nthe whole trees give\n%+v", name, got, want)
	}
	g, w := outputs(t, got), outputs(t, want)
	for format := range w {
		if !bytes.Equal(g[format], w[format]) {
			t.Errorf("%s: the %s output differs", name, format)
		}
	}
	if skipped != fast {
		t.Errorf("%s: shared articles skipped = %v, want %v", name, skipped, fast)
	}
}

// The benchmark's editions: 50 sanction lines changed in a full-size code.
func TestTextsAsFullTreesFullSize(t *testing.T) {
	oldFile, newFile := sanctionEditions(t, 50)
	var bodies [2]string
	for i, src := range [][]byte{oldFile, newFile} {
		_, body, _, err := codes.ParseFrontMatter("edition.txt", string(src))
		if err != nil {
			t.Fatal(err)
		}
		bodies[i] = body
	}
	checkSameAsFullTrees(t, "full size", bodies[0], bodies[1], true)
	if n := len(Texts(bodies[0], bodies[1])); n != 50 {
		t.Errorf("%d units differ, want 50", n)
	}
}

// Every pair of editions in the golden cases (a code and its consolidated
// text, or two unrelated codes), both ways.
func TestTextsAsFullTreesGoldens(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden cases")
	}
	pairs := 0
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var names, bodies []string
		for _, file := range ar.Files {
			if !strings.HasPrefix(file.Name, "codes/") && !strings.HasPrefix(file.Name, "want") || filepath.Ext(file.Name) != ".txt" {
				continue
			}
			// A want holds every code of the corpus, one file after the
			// other: each is an edition.
			for k, text := range editionsOf(string(file.Data)) {
				body := text
				if _, b, _, err := codes.ParseFrontMatter(file.Name, text); err == nil {
					body = b
				}
				names, bodies = append(names, fmt.Sprintf("%s#%d", file.Name, k+1)), append(bodies, body)
			}
		}
		for i := range bodies {
			for j := range bodies {
				if i != j {
					checkSameAsFullTrees(t, filepath.Base(f)+": "+names[i]+" → "+names[j], bodies[i], bodies[j], true)
					pairs++
				}
			}
		}
	}
	if pairs < 100 {
		t.Errorf("only %d pairs of editions compared", pairs)
	}
}

// editionsOf splits code files written one after the other at the front
// matter that opens each.
func editionsOf(text string) []string {
	var out []string
	start := 0
	for i := strings.Index(text, "\n---\nkind: "); i >= 0; i = strings.Index(text[start:], "\n---\nkind: ") {
		out = append(out, text[start:start+i+1])
		start += i + 1
	}
	return append(out, text[start:])
}

// An article that is word for word the same in both editions but stands
// elsewhere, or a number given twice, makes the whole trees compared.
func TestTextsFallBackToFullTrees(t *testing.T) {
	for _, c := range []struct{ name, old, new string }{
		{"article moved to another chapter",
			"Chapter 1. A\nArticle 1. One\ntext\nArticle 2. Two\ntext\nChapter 2. B\nArticle 3. Three\n",
			"Chapter 1. A\nArticle 1. One\ntext\nChapter 2. B\nArticle 2. Two\ntext\nArticle 3. Three\n"},
		{"number given twice",
			"Article 1. One\ntext\nArticle 1. One\nother text\n",
			"Article 1. One\nother text\n"},
		{"chapter removed, its article kept in the chapter before",
			"Chapter 1. A\nArticle 1. One\ntext\nChapter 2. B\nArticle 2. Two\ntext\n",
			"Chapter 1. A\nArticle 1. One\ntext\nArticle 2. Two\ntext\n"},
	} {
		checkSameAsFullTrees(t, c.name, c.old, c.new, false)
	}
	// A chapter removed with its own articles needs no fallback.
	checkSameAsFullTrees(t, "chapter removed with its articles",
		"Chapter 1. A\nArticle 1. One\ntext\nChapter 2. B\nArticle 2. Two\ntext\n",
		"Chapter 1. A\nArticle 1. One\ntext\n", true)
}

func FuzzTexts(f *testing.F) {
	f.Add("Chapter 1. A\nArticle 1. One\n1. a\n2. b\nArticle 2. Two\ntext\n", "Chapter 1. A\nArticle 1. One\n1. a\n2. b, c\nArticle 2. Two\ntext\n")
	f.Add("Article 1. One\ntext\nArticle 1. One\nother\n", "Chapter 2. B\nArticle 1. One\ntext\n")
	f.Add("Code\nSection 1. S\nArticle 5. E\nNote. n\n1. x\n", "Code\nSection 1. S\nArticle 5. E\nNote. n\n1. y\nArticle 6. F\n")
	f.Fuzz(func(t *testing.T, old, new string) {
		got, want := Texts(old, new), fullTrees(old, new)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("Texts gives\n%+v\nthe whole trees give\n%+v", got, want)
		}
	})
}

// must is a page that zan's own templates make: an error is a bug.
func must(page []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return page
}
