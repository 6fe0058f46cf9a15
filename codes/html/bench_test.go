package html

import (
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// fullSize is the generated full-size code (≈ 500 articles) as an edition.
func fullSize(b *testing.B) (*codes.Doc, int) {
	d, size, err := codestest.FullSizeDoc()
	if err != nil {
		b.Fatal(err)
	}
	return d, size
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
