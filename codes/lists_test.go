package codes

import (
	"slices"
	"strings"
	"testing"
)

// twoLists is a part holding two lists of points numbered alike, laid out
// as part 4-3 of Article 190 of the Criminal Procedure Code is (shortened),
// then a part with one list.
const twoLists = "Статья 190. Ускоренное досудебное расследование\n" +
	"4-3. Начальник органа дознания производит одно из следующих действий:\n" +
	"1) согласовывает протокол;\n" +
	"2) отказывает в согласовании протокола.\n" +
	"Начальник следственного отдела производит одно из следующих действий:\n" +
	"1) направляет протокол прокурору;\n" +
	"2) возвращает уголовное дело;\n" +
	"3) третий пункт второго перечня.\n" +
	"5. Часть пятая:\n" +
	"1) первый;\n" +
	"2) второй.\n"

func mustAddress(t *testing.T, s string) Address {
	t.Helper()
	a, err := ParseAddress(s)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestListsAddresses: each point of the two lists has an address of its
// own, list step and all, and the text renders as it was read.
func TestListsAddresses(t *testing.T) {
	d := &Doc{Root: ParseText(twoLists, 1)}
	if got := RenderText(d.Root, RenderOptions{}); got != twoLists {
		t.Fatalf("render:\n%s", got)
	}
	var got []string
	WalkPaths(d.Root, func(path []*Unit, a Address) bool {
		if path[len(path)-1].Kind > Article {
			got = append(got, a.String())
		}
		return true
	})
	want := []string{
		"article:190/part:4-3",
		"article:190/part:4-3/list:1/point:1",
		"article:190/part:4-3/list:1/point:2",
		"article:190/part:4-3/list:2/point:1",
		"article:190/part:4-3/list:2/point:2",
		"article:190/part:4-3/list:2/point:3",
		"article:190/part:5",
		"article:190/part:5/point:1",
		"article:190/part:5/point:2",
	}
	if !slices.Equal(got, want) {
		t.Errorf("addresses:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for addr, text := range map[string]string{
		"article:190/part:4-3/list:1/point:1": "согласовывает протокол;",
		"article:190/part:4-3/list:2/point:1": "направляет протокол прокурору;",
		"article:190/part:4-3/list:2/point:2": "возвращает уголовное дело;",
		"article:190/part:4-3/point:3":        "третий пункт второго перечня.", // one list has a 3): no doubt which
		"article:190/part:5/point:2":          "второй.",
	} {
		u, err := d.Find(mustAddress(t, addr))
		if err != nil || u.Text != text {
			t.Errorf("%s: %v %q, want %q", addr, err, u.Text, text)
		}
	}
	if a := mustAddress(t, "article:190/part:4-3/list:2/point:1"); a.Anchor() != "article-190-part-4-3-list-2-point-1" || a.Parent().String() != "article:190/part:4-3" {
		t.Errorf("anchor %s, parent %s", a.Anchor(), a.Parent())
	}
	if got := WordsFor("ru").Name(mustAddress(t, "article:190/part:4-3/list:2/point:1")); got != "Статья 190, часть 4-3, перечень 2, пункт 1)" {
		t.Errorf("name: %q", got)
	}
}

// TestListsNearMisses: a number two lists have, named without its list, is
// an error naming both places, never the first; a list step where there
// is one list, or past the last list, names nothing; a new point has no one
// place among two lists.
func TestListsNearMisses(t *testing.T) {
	d := &Doc{Root: ParseText(twoLists, 1)}
	_, err := d.Find(mustAddress(t, "article:190/part:4-3/point:1"))
	want := "article:190/part:4-3/point:1 is ambiguous: article:190/part:4-3 has two points 1), one in each of its lists " +
		"(article:190/part:4-3/list:1/point:1, article:190/part:4-3/list:2/point:1); name the list"
	if _, ok := err.(*AmbiguousError); !ok || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
	if _, err := d.Find(mustAddress(t, "article:190/part:4-3/point:2/subpoint:а")); err == nil || !strings.Contains(err.Error(), "has two points 2)") {
		t.Errorf("below an ambiguous point: %v", err)
	}
	for addr, missing := range map[string]string{
		"article:190/part:5/list:1/point:1":   "article:190/part:5/list:1/point:1",
		"article:190/part:4-3/list:3/point:1": "article:190/part:4-3/list:3/point:1",
		"article:190/part:4-3/list:1/point:3": "article:190/part:4-3/list:1/point:3",
	} {
		_, err := d.Find(mustAddress(t, addr))
		if nf, ok := err.(*NotFoundError); !ok || nf.Missing.String() != missing {
			t.Errorf("%s: %v", addr, err)
		}
	}
	_, err = d.Insert(mustAddress(t, "article:190/part:4-3"), &Unit{Kind: Point, Num: "4", Label: "4) ", Text: "новый."})
	if err == nil || err.Error() != "article:190/part:4-3 has several lists of points: zan cannot tell which one the new point 4) joins" {
		t.Errorf("insert: %v", err)
	}
	if _, err := d.Insert(mustAddress(t, "article:190/part:5"), &Unit{Kind: Point, Num: "3", Label: "3) ", Text: "третий."}); err != nil {
		t.Errorf("insert into one list: %v", err)
	}
	for _, bad := range []string{"list:1/article:5", "article:5/part:1/list:2", "article:5/list:0/part:1", "article:5/list:02/part:1", "article:5/list:x/part:1", "article:5/list:1/note", "article:5/list:1/list:2/part:1"} {
		if _, err := ParseAddress(bad); err == nil {
			t.Errorf("ParseAddress(%q) succeeded; want an error", bad)
		}
	}
}

// TestLists: lists begin where a number repeats, per kind; a kind whose
// numbers are all different is one list (no list numbers).
func TestLists(t *testing.T) {
	u := func(k Kind, n string) *Unit { return &Unit{Kind: k, Num: n} }
	for _, c := range []struct {
		children []*Unit
		want     []int
	}{
		{[]*Unit{u(Point, "1"), u(Point, "2"), u(Point, "3")}, nil},
		{[]*Unit{u(Point, "1"), u(Point, "2"), u(Point, "1"), u(Point, "2")}, []int{1, 1, 2, 2}},
		{[]*Unit{u(Point, "1"), u(Point, "2"), u(Point, "2"), u(Point, "3")}, []int{1, 1, 2, 2}},
		{[]*Unit{u(Part, "1"), u(Point, "1"), u(Part, "2"), u(Point, "1"), {Kind: Note}}, []int{0, 1, 0, 2, 0}},
		{[]*Unit{u(Article, "5"), u(Article, "5")}, nil}, // articles are not lists
		{[]*Unit{{Kind: Note}, {Kind: Note}}, nil},
	} {
		if got := Lists(&Unit{Kind: Part, Children: c.children}); !slices.Equal(got, c.want) {
			t.Errorf("%v: %v, want %v", c.children, got, c.want)
		}
	}
	var long []*Unit // past the nested loop's length: the set
	for _, n := range []string{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "1"} {
		long = append(long, u(Point, n))
	}
	if got := Lists(&Unit{Kind: Part, Children: long}); got == nil || got[16] != 1 || got[17] != 2 {
		t.Errorf("long: %v", got)
	}
}

// FuzzAddresses: in any text, the address of every part, point and
// subpoint of an article (the first with its number) names that unit.
func FuzzAddresses(f *testing.F) {
	f.Add(twoLists)
	f.Add("Article 1. A\n1. b\n1) c\n1) d\nа) e\nа) f\n1. g\n")
	f.Add("Статья 5. А\nПримечание.\n1. x\n1. y\nПримечание.\n")
	f.Fuzz(func(t *testing.T, text string) {
		d := &Doc{Root: ParseText(Normalise(text), 1)}
		WalkPaths(d.Root, func(path []*Unit, a Address) bool {
			u := path[len(path)-1]
			if !listed(u) || len(a) == 0 || a[0].Kind != Article || slices.ContainsFunc(a, func(s Step) bool { return s.Kind == Note }) {
				return true
			}
			if art, err := d.Find(a[:1]); err != nil || !slices.Contains(path, art) {
				return true // an article repeating an earlier one's number
			}
			if got, err := d.Find(a); err != nil || got != u {
				t.Fatalf("%s names %v (%v), not the unit %q", a, got, err, u.Label+u.Text)
			}
			if _, err := ParseAddress(a.String()); err != nil {
				t.Fatal(err)
			}
			return true
		})
	})
}
