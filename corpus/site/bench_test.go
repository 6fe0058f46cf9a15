package site

import (
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/corpustest"
)

// BenchmarkBuildGenerated builds the site of the full-size code with a
// history of 200 laws: 201 edition pages, 200 law pages and the indexes.
// The figure includes corpus.Editions (folding the laws), not loading the
// corpus or writing the files.
func BenchmarkBuildGenerated(b *testing.B) {
	fsys, _, err := corpustest.Generated(500, 200, 10)
	if err != nil {
		b.Fatal(err)
	}
	cp, err := corpus.Load(fsys, "generated")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := Build(cp, Options{Render: codes.RenderOptions{Provenance: true}}, func(File) error { n++; return nil })
		if err != nil {
			b.Fatal(err)
		}
		if n != 201+200+3 {
			b.Fatalf("%d files", n)
		}
	}
}
