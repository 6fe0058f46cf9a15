package amend

import (
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
