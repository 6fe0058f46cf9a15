package official

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zan-law/zan/codes"
)

// FuzzConvert: any bytes give text or errors, never a panic; text read
// without error is every line's text or markup, and reads back as written.
func FuzzConvert(f *testing.F) {
	for _, rf := range realFiles {
		src, err := os.ReadFile(filepath.Join(importDir, rf.file))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte("## Статья 1. А\n\n1. Б:\n\n   1) в;\n\n      \"Статья 2. Г\n\n      1. Д\n"))
	for _, c := range indentedPart {
		f.Add([]byte(c.md))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c := newConverter()
		c.file("f.md", src)
		text, err := c.text()
		if err != nil {
			return
		}
		if l := c.Lines; l.Read != l.Markup+l.Text {
			t.Fatalf("lines: %+v", l)
		}
		if got := codes.RenderText(codes.ParseText(text, 1), codes.RenderOptions{Provenance: true, Pending: true}); got != codes.Normalise(text) {
			t.Fatalf("text does not read back:\n%q\n%q", text, got)
		}
	})
}
