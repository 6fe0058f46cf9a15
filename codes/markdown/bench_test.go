package markdown

import (
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// BenchmarkRenderFullSize measures the Markdown of the generated full-size
// code (≈ 500 articles); MB/s is of the code's plain text.
func BenchmarkRenderFullSize(b *testing.B) {
	d, size, err := codestest.FullSizeDoc()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		Render(d, codes.RenderOptions{Provenance: true})
	}
}
