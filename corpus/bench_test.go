package corpus

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// generatedCorpus is a full-size code (≈ 500 articles) and n laws of ten
// operations each, in force on successive days from 1 February 2026.
func generatedCorpus(b *testing.B, n int) (*Corpus, int) {
	b.Helper()
	text, err := codestest.FullSize()
	if err != nil {
		b.Fatal(err)
	}
	fsys := fstest.MapFS{"codes/generated.txt": {Data: []byte("---\nkind: code\nid: generated\n" +
		"title: Generated Code of the Republic of Kazakhstan\ndate: 2014-07-03\nlanguage: en\nedition: 2026-01-01\n" +
		"source: constructed example\n---\n" + text)}}
	ops := 0
	for k := 1; k <= n; k++ {
		var law strings.Builder
		inForce := codes.NewDate(2026, 2, 1).AddDays(k)
		fmt.Fprintf(&law, "---\nkind: law\nnumber: %d-T\ntitle: Generated\ndate: 2026-01-15\nlanguage: en\nsource: constructed example\n---\n", k)
		fmt.Fprintf(&law, "Generated\nThe Law of the Republic of Kazakhstan dated January 15, 2026 No. %d-T\n", k)
		law.WriteString("Article 1. To make the following amendments to the Generated Code of the Republic of Kazakhstan dated July 3, 2014:\n")
		for i := range 10 {
			article := (k*10+i)%500 + 1
			if article == 187 || article == 191 { // the CPC's text: no sanctions
				article++
			}
			fmt.Fprintf(&law, "%d) in Article %d the words \"punishable\" shall be replaced by the words \"punishable\";\n", i+1, article)
			ops++
		}
		fmt.Fprintf(&law, "Article 2. This Law shall enter into force from %s %d, %d.\n", inForce.Month(), inForce.Day(), inForce.Year())
		fsys[fmt.Sprintf("laws/%03d.txt", k)] = &fstest.MapFile{Data: []byte(law.String())}
	}
	c, err := Load(fsys, "generated")
	if err != nil {
		b.Fatal(err)
	}
	return c, ops
}

// BenchmarkEditionGenerated folds n laws (10 n operations) over the
// full-size code: the edition of the last date. 50, 100 and 200 laws show
// how the time grows with the number of operations.
func BenchmarkEditionGenerated(b *testing.B) {
	for _, n := range []int{50, 100, 200} {
		b.Run(fmt.Sprintf("laws=%d", n), func(b *testing.B) {
			c, _ := generatedCorpus(b, n)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := c.Edition("generated", codes.NewDate(2027, 1, 1), false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEditionsGenerated builds all 201 editions of the code in one pass.
func BenchmarkEditionsGenerated(b *testing.B) {
	c, _ := generatedCorpus(b, 200)
	b.ReportAllocs()
	for b.Loop() {
		eds, err := c.Editions("generated")
		if err != nil || len(eds) != 201 {
			b.Fatalf("%d editions, %v", len(eds), err)
		}
	}
}
