package html

import (
	"bytes"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
	"github.com/zan-law/zan/codes/markdown"
)

// TestRendererSameAsWhole checks that a Renderer's page, block by block
// from its cache, is byte for byte goldmark's page of the whole Markdown:
// for the default editions, a text full of Markdown syntax and the
// full-size code, with and without footnotes, on a cold and a warm cache,
// and that the warm one converts nothing new.
func TestRendererSameAsWhole(t *testing.T) {
	docs := defaultEditions(t)
	escaped, err := codes.Parse("test.txt", []byte(escapedSource))
	if err != nil {
		t.Fatal(err)
	}
	full, _, err := codestest.FullSizeDoc()
	if err != nil {
		t.Fatal(err)
	}
	docs = append(docs, escaped, full)
	r := NewRenderer()
	for _, opt := range []codes.RenderOptions{allNotes, {}} {
		for _, d := range docs {
			want, err := Render(d, opt)
			if err != nil {
				t.Fatal(err)
			}
			for _, warm := range []bool{false, true} {
				before := len(r.blocks) + len(r.notes)
				got, _, err := r.RenderPage(d, opt, nil)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Errorf("%s %+v (warm %v): the page differs from Render's at byte %d", d.Meta.ID, opt, warm, firstDiff(got, want))
				}
				if warm && len(r.blocks)+len(r.notes) != before {
					t.Errorf("%s %+v: a warm cache converted %d blocks", d.Meta.ID, opt, len(r.blocks)+len(r.notes)-before)
				}
			}
		}
	}
	if r.wholes != 0 {
		t.Errorf("%d pages converted whole", r.wholes)
	}
	if !strings.Contains(string(must(r.RenderPage(docs[0], allNotes, nil))), `<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>`) {
		t.Error("no footnote reference 1")
	}
}

// TestRendererShiftedFootnotes checks the case the cache is for: an
// edition with a footnote more near its start, which shifts the numbers of
// all the footnotes after it, reuses the blocks and numbers them anew.
func TestRendererShiftedFootnotes(t *testing.T) {
	d := defaultEditions(t)[0]
	r := NewRenderer()
	if _, _, err := r.RenderPage(d, allNotes, nil); err != nil {
		t.Fatal(err)
	}
	e := d.Clone()
	first := e.Root
	for len(first.Children) > 0 {
		first = first.Children[0]
	}
	first.Footnotes = append(first.Footnotes, codes.Footnote{Text: "Footnote. A new one."})
	want, err := Render(e, allNotes)
	if err != nil {
		t.Fatal(err)
	}
	before := len(r.blocks) + len(r.notes)
	got, _, err := r.RenderPage(e, allNotes, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the page differs from Render's at byte %d", firstDiff(got, want))
	}
	if n := len(r.blocks) + len(r.notes) - before; n != 2 { // the changed block and the new footnote
		t.Errorf("%d blocks converted, want 2", n)
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func must(b []byte, _ []markdown.Place, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// TestRendererWhole checks that text holding the mark a Renderer uses for
// footnote references is converted whole, giving Render's page.
func TestRendererWhole(t *testing.T) {
	d, err := codes.Parse("test.txt", []byte(strings.Replace(escapedSource, "Part one:", "Part \uE000 one:", 1)))
	if err != nil {
		t.Fatal(err)
	}
	want, err := Render(d, allNotes)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRenderer()
	got, _, err := r.RenderPage(d, allNotes, nil)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("%v; the page differs from Render's at byte %d", err, firstDiff(got, want))
	}
	if r.wholes != 1 || len(r.blocks)+len(r.notes) != 0 {
		t.Errorf("%d pages converted whole, %d blocks; want 1, 0", r.wholes, len(r.blocks)+len(r.notes))
	}
}

// TestMarkRefs checks which "[^n]" are footnote references: not escaped
// ones, and each the number after the last.
func TestMarkRefs(t *testing.T) {
	for _, c := range []struct {
		in, want string
		next     int
		refs     int
		ok       bool
	}{
		{`Article 1. A\[^1\] [^3] b [x] \\[^4]` + "\n", `Article 1. A\[^1\] ` + refMark + ` b [x] \\` + refMark + "\n", 3, 2, true},
		{`no references [`, `no references [`, 1, 0, true},
		{`a [^2] b`, ``, 1, 0, false},
		{`a [^1 b`, ``, 1, 0, false},
		{`a [^x] b`, ``, 1, 0, false},
	} {
		got, refs, ok := markRefs([]byte(c.in), c.next)
		if string(got) != c.want || refs != c.refs || ok != c.ok {
			t.Errorf("markRefs(%q, %d) = %q, %d, %v; want %q, %d, %v", c.in, c.next, got, refs, ok, c.want, c.refs, c.ok)
		}
	}
}
