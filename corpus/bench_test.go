package corpus

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus/corpustest"
)

// generatedCorpus is a full-size code (≈ 500 articles) and n laws of ten
// word replacements each, in force on successive days from 2 February 2026.
func generatedCorpus(b *testing.B, n int) (fstest.MapFS, int) {
	b.Helper()
	fsys, ops, err := corpustest.Generated(500, n, 10)
	if err != nil {
		b.Fatal(err)
	}
	return fsys, ops
}

// BenchmarkEditionGenerated loads a corpus of the full-size code and n
// laws (10 n word replacements) and gives the edition of the last date: the
// first (cold) edition, which is what a run of zan consolidate pays, less
// reading files and rendering. 50, 100 and 200 laws show how the time grows.
func BenchmarkEditionGenerated(b *testing.B) {
	for _, n := range []int{50, 100, 200} {
		b.Run(fmt.Sprintf("laws=%d", n), func(b *testing.B) {
			fsys, _ := generatedCorpus(b, n)
			b.ReportAllocs()
			for b.Loop() {
				coldEdition(b, fsys)
			}
		})
	}
}

// BenchmarkEditionLarge is the cold edition of a corpus of 10,000 laws
// (100,000 word replacements) on a code of 5,000 articles.
func BenchmarkEditionLarge(b *testing.B) {
	fsys, _, err := corpustest.Generated(5000, 10000, 10)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		coldEdition(b, fsys)
	}
}

func coldEdition(b *testing.B, fsys fstest.MapFS) {
	c, err := Load(fsys, "generated")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := c.Edition("generated", codes.NewDate(2100, 1, 1), false); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkEditionsGenerated loads the corpus of 200 laws and lists all
// 201 editions of the code.
func BenchmarkEditionsGenerated(b *testing.B) {
	fsys, _ := generatedCorpus(b, 200)
	b.ReportAllocs()
	for b.Loop() {
		c, err := Load(fsys, "generated")
		if err != nil {
			b.Fatal(err)
		}
		eds, err := c.Editions("generated")
		if err != nil || len(eds) != 201 {
			b.Fatalf("%d editions, %v", len(eds), err)
		}
	}
}
