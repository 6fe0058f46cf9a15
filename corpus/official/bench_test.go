package official

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/zan-law/zan/codes"
)

// BenchmarkImportChapter imports a chapter file the size of the Criminal
// Code's largest (sec007-ch008 is split at about 60 kB parts; a whole
// chapter file of the current layout is up to 90 kB): the real excerpts of
// testdata/import, Russian and Kazakh, repeated to 1 MB under one chapter
// heading. It measures the whole of Import: reading the file, converting
// the Markdown, parsing, rendering the code file and reading it back.
func BenchmarkImportChapter(b *testing.B) {
	var body bytes.Buffer
	body.WriteString("## Глава 8. УГОЛОВНЫЕ ПРАВОНАРУШЕНИЯ В СФЕРЕ ЭКОНОМИЧЕСКОЙ ДЕЯТЕЛЬНОСТИ\n\n")
	var parts [][]byte
	for _, f := range []string{"rus-sec007-ch008-part005-st243-246.md", "kaz-sec006-part011-st233-1-236.md", "kaz-sec007-ch008-part043.md"} {
		src, err := os.ReadFile(filepath.Join(importDir, f))
		if err != nil {
			b.Fatal(err)
		}
		if bytes.HasPrefix(src, []byte("---\n")) { // front matter: only at a file's start
			end := bytes.Index(src[4:], []byte("\n---\n"))
			src = src[4+end+5:]
		}
		parts = append(parts, src)
	}
	for body.Len() < 1<<20 {
		for _, p := range parts {
			body.Write(p)
			body.WriteString("\n")
		}
	}
	file := filepath.Join(b.TempDir(), "sec007-ch008.md")
	if err := os.WriteFile(file, body.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	opt := Options{ID: "ugolovnyi-kodeks", Title: "Уголовный кодекс Республики Казахстан", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2025, 9, 16)}
	b.SetBytes(int64(body.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import([]string{file}, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportRealChapter imports the Criminal Code's whole Chapter 16 as
// kazakhstan-law/codes keeps it (Russian, version of 16.09.2025, 97 kB).
func BenchmarkImportRealChapter(b *testing.B) {
	file := "../../testdata/sources/ru/uk-sec007-ch016-006d21b1.md"
	fi, err := os.Stat(file)
	if err != nil {
		b.Fatal(err)
	}
	opt := Options{ID: "ugolovnyi-kodeks", Title: "Уголовный кодекс Республики Казахстан", Date: codes.NewDate(2014, 7, 3), Edition: codes.NewDate(2025, 9, 16)}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import([]string{file}, opt); err != nil {
			b.Fatal(err)
		}
	}
}
