package html

import (
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// fullSize is the generated full-size code (≈ 500 articles) as an edition.
func fullSize(b *testing.B) (*codes.Doc, int) {
	text, err := codestest.FullSize()
	if err != nil {
		b.Fatal(err)
	}
	d := &codes.Doc{
		Meta: codes.Meta{Kind: "code", ID: "generated-code", Title: "Generated Code of the Republic of Kazakhstan",
			Date: codes.NewDate(2014, 7, 3), Language: "en", Edition: codes.NewDate(2026, 3, 7)},
		Root: codes.ParseText(text, 1),
	}
	return d, len(text)
}

// BenchmarkRenderFullSize measures the HTML page of a full-size code; MB/s
// is of the code's plain text.
func BenchmarkRenderFullSize(b *testing.B) {
	d, size := fullSize(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Render(d, codes.RenderOptions{Provenance: true}); err != nil {
			b.Fatal(err)
		}
	}
}
