package codes

import "testing"

func TestAddressForms(t *testing.T) {
	for _, s := range []string{"article:380-3/part:2/point:4", "article:5/note/part:1", "chapter:16", "article:1/part:1/point:2/subpoint:а"} {
		a, err := ParseAddress(s)
		if err != nil {
			t.Fatalf("ParseAddress(%q): %v", s, err)
		}
		if a.String() != s {
			t.Errorf("ParseAddress(%q).String() = %q", s, a)
		}
	}
	a, _ := ParseAddress("article:380-3/part:2/point:4")
	if got, want := a.Anchor(), "article-380-3-part-2-point-4"; got != want {
		t.Errorf("Anchor() = %q, want %q", got, want)
	}
	for _, bad := range []string{"", "article", "act:1", "note:1", "clause:3", "article:5//part:1"} {
		if _, err := ParseAddress(bad); err == nil {
			t.Errorf("ParseAddress(%q) succeeded; want an error", bad)
		}
	}
}
