package codes_test

import (
	"testing"

	"github.com/zan-law/zan/codes"
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
		codes.ParseText(text, 1)
	}
}

func BenchmarkRenderFullSize(b *testing.B) {
	text, err := codestest.FullSize()
	if err != nil {
		b.Fatal(err)
	}
	root := codes.ParseText(text, 1)
	if got := codes.RenderText(root, codes.RenderOptions{}); got != codes.Normalise(text) {
		b.Fatal("the generated code does not round-trip")
	}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		codes.RenderText(root, codes.RenderOptions{})
	}
}
