package amend

import (
	"fmt"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// BenchmarkApplySeedFullSize applies Law No. 252-VIII (both of its acts)
// to a generated full-size code.
func BenchmarkApplySeedFullSize(b *testing.B) {
	text, err := codestest.FullSize()
	if err != nil {
		b.Fatal(err)
	}
	law, _ := readSeed(b)
	doc := &codes.Doc{Root: codes.ParseText(text, 1)}
	b.ReportAllocs()
	for b.Loop() {
		d := doc
		for act := range law.Acts {
			if d, _, err = Apply(d, law, act); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseLaw reads a generated law of about 1 MB: the seed's
// instructions repeated over many target articles, in Russian and English
// drafting forms, with quoted parts of several lines.
func BenchmarkParseLaw(b *testing.B) {
	var body strings.Builder
	body.WriteString("---\nkind: law\nnumber: 1-VIII\ntitle: Generated\ndate: 2026-01-03\npublished: 2026-01-05\nlanguage: en\nsource: constructed example\n---\n")
	body.WriteString("Generated\nThe Law of the Republic of Kazakhstan dated January 3, 2026 No. 1-VIII\n")
	body.WriteString("Article 1. To make amendments to the Criminal Procedure Code of the Republic of Kazakhstan dated July 4, 2014:\n")
	for n := 1; body.Len() < 1<<20; n++ {
		fmt.Fprintf(&body, "%d) in Article %d:\n", n, n)
		body.WriteString("a) add the words \"380-3 (parts four, five and six)\" to the second part after the numbers \"380-2\";\n")
		body.WriteString("b) in part three the words \"internal affairs bodies\" shall be replaced by the words \"anti-corruption service\";\n")
		body.WriteString("c) part four shall be set out in the following wording:\n\"4. The act provided for in the third part of this Article, committed:\n1) in relation to two or more persons;\n2) repeatedly, –\nis punishable by imprisonment for a term of seven to twelve years.\";\n")
		body.WriteString("d) part five shall be excluded;\n")
	}
	body.WriteString("Article 2. This Law shall enter into force ten calendar days after the date of its first official publication.\n")
	src := []byte(body.String())
	law, err := Parse("law.txt", src)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d operations in %d bytes", len(law.Ops), len(src))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("law.txt", src); err != nil {
			b.Fatal(err)
		}
	}
}
