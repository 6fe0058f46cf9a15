package official

import (
	"slices"
	"strings"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/diff"
)

// FootnoteDiffers is the change of a unit whose footnotes differ while
// its text may agree.
const FootnoteDiffers diff.Kind = "footnotes differ"

// Compare compares zan's consolidation with the official edition, unit by
// unit: their text (codes/diff, old = zan, new = official), and their
// footnotes when the official edition has any — footnotes are provenance,
// and an official edition without them says nothing of it. Footnotes are
// compared as rendered with zan's provenance (codes.RenderOptions
// Provenance): every entry a law added.
func Compare(zan, official *codes.Doc) []diff.Unit {
	units := diff.Diff(zan, official)
	if !hasFootnotes(official.Root) {
		return units
	}
	opt := codes.RenderOptions{Provenance: true}
	var article string
	codes.WalkPaths(official.Root, func(path []*codes.Unit, addr codes.Address) bool {
		u := path[len(path)-1]
		if u.Kind == codes.Article {
			article = u.Label + u.Heading
		}
		mine := zan.Root // the act's own footnotes ("Throughout the text …")
		if u.Kind != codes.Act {
			var err error
			if mine, err = zan.Find(addr); err != nil {
				return true // a unit zan lacks: the text diff reports it
			}
		}
		if z, o := footnotes(mine, opt), footnotes(u, opt); z != o {
			units = append(units, diff.Unit{
				Address: addr, Change: FootnoteDiffers, Article: article,
				Old: z, New: o, Words: diff.Words(z, o),
			})
		}
		return true
	})
	return units
}

// hasFootnotes reports whether the edition has provenance footnotes, the
// ones footnotes compares (notes on changes to come are not).
func hasFootnotes(root *codes.Unit) bool {
	found := false
	codes.Walk(root, func(u *codes.Unit, entering bool) bool {
		found = found || slices.ContainsFunc(u.Footnotes, func(f codes.Footnote) bool { return !f.Pending })
		return !found
	})
	return found
}

// footnotes are a unit's footnote lines as rendered, one per line.
func footnotes(u *codes.Unit, opt codes.RenderOptions) string {
	var lines []string
	for _, f := range u.Footnotes {
		if f.Pending {
			continue // a note on changes to come is zan's, not the edition's
		}
		if s, ok := f.Shown(opt); ok {
			lines = append(lines, s)
		}
	}
	return strings.Join(lines, "\n")
}
