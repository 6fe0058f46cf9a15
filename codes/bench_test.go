package codes

import (
	"testing"

	"github.com/zan-law/zan/codes/codestest"
)

func BenchmarkParseFullSize(b *testing.B) {
	text, err := codestest.FullSize()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		ParseText(text, 1)
	}
}

func BenchmarkRenderFullSize(b *testing.B) {
	text, err := codestest.FullSize()
	if err != nil {
		b.Fatal(err)
	}
	root := ParseText(text, 1)
	if got := RenderText(root, RenderOptions{}); got != Normalise(text) {
		b.Fatal("the generated code does not round-trip")
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		RenderText(root, RenderOptions{})
	}
}
