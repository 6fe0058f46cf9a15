package codes

import (
	"strings"
	"testing"
)

const indexedText = `A Code
Chapter 1. ONE
Article 1. First
1. One.
Article 2. Second
1. Two.
Chapter 2. TWO
Article 3. Third
1. Three.
Article 2. Second again
1. Two again.
`

func indexedDoc() *Doc { return &Doc{Root: ParseText(indexedText, 1)} }

// A number that stands twice is found where it stands first, before and
// after the index is made, and whatever the index remembers.
func TestLocateFirstOfTwo(t *testing.T) {
	d := indexedDoc()
	for range 2 {
		u, err := d.Find(Address{{Article, "2"}})
		if err != nil || u.Heading != "Second" {
			t.Fatalf("article 2: %v %v, want the first, \"Second\"", u, err)
		}
	}
}

// Inserting an article moves its later siblings; the index still leads to
// each article, and to none that is not there.
func TestLocateAfterEdits(t *testing.T) {
	d := indexedDoc().Clone()
	if _, err := d.Find(Address{{Article, "3"}}); err != nil { // the index is made here
		t.Fatal(err)
	}
	if _, err := d.Insert(Address{{Chapter, "2"}}, &Unit{Kind: Article, Num: "2-1", Label: "Article 2-1. ", Heading: "New"}); err != nil {
		t.Fatal(err)
	}
	for num, heading := range map[string]string{"1": "First", "2-1": "New", "3": "Third"} {
		u, err := d.Find(Address{{Article, num}})
		if err != nil || u.Heading != heading {
			t.Errorf("article %s: %v %v, want %q", num, u, err, heading)
		}
	}
	orig := indexedDoc()
	if _, err := orig.Find(Address{{Article, "2-1"}}); err == nil {
		t.Error("article 2-1 found in a doc that does not have it")
	}
	// A chapter restated with an article that stands elsewhere too: the
	// first in document order is found.
	if err := d.Replace(Address{{Chapter, "1"}}, ParseText("Chapter 1. ONE\nArticle 3. Third, moved\n1. Three.\n", 1).Children[0]); err != nil {
		t.Fatal(err)
	}
	if u, err := d.Find(Address{{Article, "3"}}); err != nil || u.Heading != "Third, moved" {
		t.Errorf("article 3 after the chapter was restated: %v %v, want the one in chapter 1", u, err)
	}
}

// A clone's edits never show in the doc it was cloned from, however many
// edits the clone makes in place; a frozen doc's clones are apart too.
func TestCloneEditsApart(t *testing.T) {
	base := indexedDoc()
	before := RenderText(base.Root, RenderOptions{})
	a := base.Clone()
	for _, num := range []string{"1", "2", "1"} {
		u, err := a.EditTree(Address{{Article, num}})
		if err != nil {
			t.Fatal(err)
		}
		u.Children[0].Text += " (a)"
	}
	a.Freeze()
	b := a.Clone()
	u, err := b.Edit(Address{{Article, "1"}})
	if err != nil {
		t.Fatal(err)
	}
	u.Heading = "Changed in b"
	if got := RenderText(base.Root, RenderOptions{}); got != before {
		t.Errorf("the base changed:\n%s", got)
	}
	got := RenderText(a.Root, RenderOptions{})
	if strings.Contains(got, "Changed in b") || !strings.Contains(got, "1. One. (a) (a)") {
		t.Errorf("a's text:\n%s", got)
	}
	if got := RenderText(b.Root, RenderOptions{}); !strings.Contains(got, "Article 1. Changed in b\n1. One. (a) (a)") {
		t.Errorf("b's text:\n%s", got)
	}
}

// A doc being edited and cloned before it is frozen: its later edits never
// reach the clone (Clone freezes it).
func TestCloneOfAnEditedDoc(t *testing.T) {
	a := indexedDoc().Clone()
	u, err := a.Edit(Address{{Article, "1"}})
	if err != nil {
		t.Fatal(err)
	}
	u.Heading = "Edited in a"
	b := a.Clone()
	u, err = a.Edit(Address{{Article, "1"}})
	if err != nil {
		t.Fatal(err)
	}
	u.Heading = "Edited in a again"
	if got := RenderText(b.Root, RenderOptions{}); !strings.Contains(got, "Article 1. Edited in a\n") {
		t.Errorf("b's text:\n%s", got)
	}
}

// EditWhere copies the units it picks and those above them; the others stay
// shared with the doc cloned from, which never changes.
func TestEditWhere(t *testing.T) {
	base := indexedDoc()
	before := RenderText(base.Root, RenderOptions{})
	d := base.Clone()
	act, err := d.EditWhere(nil, func(u *Unit) bool { return strings.Contains(u.Text, "Three") })
	if err != nil {
		t.Fatal(err)
	}
	ch2 := act.Children[1]
	part := ch2.Children[0].Children[0]
	part.Text = strings.Replace(part.Text, "Three", "3", 1)
	if got := RenderText(base.Root, RenderOptions{}); got != before {
		t.Errorf("the base changed:\n%s", got)
	}
	if !strings.Contains(RenderText(d.Root, RenderOptions{}), "1. 3.") {
		t.Error("the edit is not in the clone")
	}
	if act.Children[0] != base.Root.Children[0] || ch2.Children[1] != base.Root.Children[1].Children[1] {
		t.Error("units without the words were copied; they should stay shared")
	}
}

// An article replaced by one of another number is found by its new number,
// and the old number leads to its other standing, never to the new one.
func TestReplaceRenumbers(t *testing.T) {
	d := indexedDoc().Clone()
	if _, err := d.Find(Address{{Article, "2"}}); err != nil { // the index is made
		t.Fatal(err)
	}
	if err := d.Replace(Address{{Article, "2"}}, &Unit{Kind: Article, Num: "9", Label: "Article 9. ", Heading: "Ninth"}); err != nil {
		t.Fatal(err)
	}
	if u, err := d.Find(Address{{Article, "9"}}); err != nil || u.Heading != "Ninth" {
		t.Errorf("article 9: %v %v", u, err)
	}
	if u, err := d.Find(Address{{Article, "2"}}); err != nil || u.Heading != "Second again" {
		t.Errorf("article 2: %v %v, want the one left, \"Second again\"", u, err)
	}
}
