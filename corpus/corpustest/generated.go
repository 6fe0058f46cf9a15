package corpustest

import (
	"fmt"
	"strings"
	"testing/fstest"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// Generated returns a corpus for benchmarks: a generated code with the
// given number of articles (see codestest.Generated), id "generated", and
// laws ("1-T" …) of ops word replacements each, in force on successive days
// from 2 February 2026, so the code has laws+1 editions. The replacements
// go through the articles with sanctions in turn, and every one changes the
// text: the first round makes "punishable" into "punishable (1)", the next
// "punishable (1)" into "punishable (2)", and so on. It also returns the
// number of operations.
func Generated(articles, laws, ops int) (fstest.MapFS, int, error) {
	text, err := codestest.Generated(articles)
	if err != nil {
		return nil, 0, err
	}
	fsys := fstest.MapFS{"codes/generated.txt": {Data: []byte("---\nkind: code\nid: generated\n" +
		"title: Generated Code of the Republic of Kazakhstan\ndate: 2014-07-03\nlanguage: en\nedition: 2026-01-01\n" +
		"source: constructed example\n---\n" + text)}}
	var eligible []int // the CPC's articles 187 and 191 have no sanctions
	for a := 1; a <= articles; a++ {
		if a != 187 && a != 191 {
			eligible = append(eligible, a)
		}
	}
	words := func(round int) string {
		if round == 0 {
			return "punishable"
		}
		return fmt.Sprintf("punishable (%d)", round)
	}
	total := 0
	for k := 1; k <= laws; k++ {
		var law strings.Builder
		inForce := codes.NewDate(2026, 2, 1).AddDays(k)
		fmt.Fprintf(&law, "---\nkind: law\nnumber: %d-T\ntitle: Generated\ndate: 2026-01-15\nlanguage: en\nsource: constructed example\n---\n", k)
		fmt.Fprintf(&law, "Generated\nThe Law of the Republic of Kazakhstan dated January 15, 2026 No. %d-T\n", k)
		law.WriteString("Article 1. To make the following amendments to the Generated Code of the Republic of Kazakhstan dated July 3, 2014:\n")
		for i := range ops {
			n := (k-1)*ops + i
			article, round := eligible[n%len(eligible)], n/len(eligible)
			fmt.Fprintf(&law, "%d) in Article %d the words \"%s\" shall be replaced by the words \"%s\";\n",
				i+1, article, words(round), words(round+1))
			total++
		}
		fmt.Fprintf(&law, "Article 2. This Law shall enter into force from %s %d, %d.\n", inForce.Month(), inForce.Day(), inForce.Year())
		fsys[fmt.Sprintf("laws/%05d.txt", k)] = &fstest.MapFile{Data: []byte(law.String())}
	}
	return fsys, total, nil
}
