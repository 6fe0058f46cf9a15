package corpustest

import (
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// Generated returns a corpus for benchmarks: the full-size code of
// codestest (≈ 500 articles) with id "generated", and n laws of ten
// replacements each ("1-T" … "n-T"), in force on successive days from
// 2 February 2026, so the code has n+1 editions.
func Generated(n int) (fstest.MapFS, error) {
	text, err := codestest.FullSize()
	if err != nil {
		return nil, err
	}
	fsys := fstest.MapFS{"codes/generated.txt": {Data: []byte("---\nkind: code\nid: generated\n" +
		"title: Generated Code of the Republic of Kazakhstan\ndate: 2014-07-03\nlanguage: en\nedition: 2026-01-01\n" +
		"source: constructed example\n---\n" + text)}}
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
		}
		fmt.Fprintf(&law, "Article 2. This Law shall enter into force from %s %d, %d.\n", inForce.Month(), inForce.Day(), inForce.Year())
		fsys[fmt.Sprintf("laws/%03d.txt", k)] = &fstest.MapFile{Data: []byte(law.String())}
	}
	return fsys, nil
}
