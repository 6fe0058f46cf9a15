package markdown

import (
	"slices"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// TestPlacesAddresses checks that the addresses and anchors Places builds
// step by step are codes.AddressOf's, anchors used once, for the full-size
// code and for units in unusual places (a part under the act, a chapter
// inside an article, a repeated article, two lists of points).
func TestPlacesAddresses(t *testing.T) {
	full, _, err := codestest.FullSizeDoc()
	if err != nil {
		t.Fatal(err)
	}
	odd := &codes.Unit{Kind: codes.Act, Children: []*codes.Unit{
		{Kind: codes.Part, Num: "1"},
		{Kind: codes.Chapter, Num: "2", Children: []*codes.Unit{
			{Kind: codes.Part, Num: "1"},
			{Kind: codes.Article, Num: "5", Children: []*codes.Unit{
				{Kind: codes.Chapter, Num: "3", Children: []*codes.Unit{{Kind: codes.Part, Num: "1"}}},
				{Kind: codes.Note},
			}},
			{Kind: codes.Article, Num: "5"},
			{Kind: codes.Article, Num: "6", Children: []*codes.Unit{
				{Kind: codes.Part, Num: "1", Children: []*codes.Unit{
					{Kind: codes.Point, Num: "1"}, {Kind: codes.Point, Num: "2", Children: []*codes.Unit{{Kind: codes.Subpoint, Num: "а"}}},
					{Kind: codes.Point, Num: "1"}, {Kind: codes.Point, Num: "2", Children: []*codes.Unit{{Kind: codes.Subpoint, Num: "а"}}},
				}},
			}},
		}},
	}}
	for _, root := range []*codes.Unit{full.Root, odd} {
		var want []Place
		used := map[string]bool{}
		codes.WalkPaths(root, func(path []*codes.Unit, a codes.Address) bool {
			if u := path[len(path)-1]; u != root {
				p := Place{Unit: u, Address: a}
				if a := p.Address.Anchor(); !used[a] {
					p.Anchor, used[a] = a, true
				}
				want = append(want, p)
			}
			return true
		})
		got := Places(root)
		if len(got) != len(want) {
			t.Fatalf("%d places, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i].Unit != want[i].Unit || !slices.Equal(got[i].Address, want[i].Address) || got[i].Anchor != want[i].Anchor {
				t.Errorf("place %d: %s %q, want %s %q", i, got[i].Address, got[i].Anchor, want[i].Address, want[i].Anchor)
			}
		}
	}
}
