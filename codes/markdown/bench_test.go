package markdown

import (
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// BenchmarkRenderFullSize measures the Markdown of the generated full-size
// code (≈ 500 articles); MB/s is of the code's plain text.
func BenchmarkRenderFullSize(b *testing.B) {
	text, err := codestest.FullSize()
	if err != nil {
		b.Fatal(err)
	}
	d := &codes.Doc{
		Meta: codes.Meta{Kind: "code", ID: "generated-code", Title: "Generated Code of the Republic of Kazakhstan",
			Date: codes.NewDate(2014, 7, 3), Language: "en", Edition: codes.NewDate(2026, 3, 7)},
		Root: codes.ParseText(text, 1),
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Render(d, codes.RenderOptions{Provenance: true})
	}
}
