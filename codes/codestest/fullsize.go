// Package codestest builds test inputs for code-sized benchmarks: a
// full-size code (≈ 500 articles, ≈ 1.2 MB), or one of any number of
// articles, made of the real articles of the default corpus, renumbered.
package codestest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/zan-law/zan/codes"
)

// FullSize returns the plain text of a generated code with articles 1–500
// (and 380-1, 380-2) in 25 chapters. Bodies cycle through the real articles
// of the default corpus; articles 187 and 191 carry the real CPC text and
// 380-1, 380-2 the real Criminal Code text, so the seed law applies to it.
func FullSize() (string, error) { return Generated(500) }

// Generated is FullSize with articles 1–n (n ≥ 380), twenty to a chapter.
func Generated(n int) (string, error) {
	bodies, err := articleBodies()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.WriteString("Generated Code of the Republic of Kazakhstan\nSPECIAL PART\n")
	nums := make([]string, 0, n+2)
	for i := 1; i <= n; i++ {
		nums = append(nums, fmt.Sprint(i))
		if i == 380 {
			nums = append(nums, "380-1", "380-2")
		}
	}
	keys := []string{"379", "380", "380-1", "380-2", "381"}
	for i, n := range nums {
		if i%20 == 0 {
			fmt.Fprintf(&b, "Chapter %d. CHAPTER %d\n", i/20+1, i/20+1)
		}
		body, ok := bodies[n]
		if !ok || (n != "187" && n != "191" && n != "380-1" && n != "380-2") {
			body = bodies[keys[i%len(keys)]]
		}
		fmt.Fprintf(&b, "Article %s. %s\n%s", n, body.heading, body.text)
	}
	return b.String(), nil
}

type article struct{ heading, text string }

// articleBodies reads the articles of the default corpus by number.
func articleBodies() (map[string]article, error) {
	_, here, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(here), "..", "..", "corpus", "kz", "codes")
	out := map[string]article{}
	for _, f := range []string{"criminal-code.txt", "criminal-procedure-code.txt"} {
		src, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			return nil, err
		}
		var cur string
		for line := range strings.Lines(string(src)) {
			if rest, ok := strings.CutPrefix(line, "Article "); ok {
				num, heading, _ := strings.Cut(rest, ". ")
				cur = num
				out[cur] = article{heading: strings.TrimSuffix(heading, "\n")}
				continue
			}
			if strings.HasPrefix(line, "Chapter ") || strings.HasPrefix(line, "Section ") {
				cur = ""
			}
			if a, ok := out[cur]; ok && cur != "" {
				a.text += line
				out[cur] = a
			}
		}
	}
	return out, nil
}

// FullSizeDoc is FullSize as an edition with front matter, and the size of
// its text in bytes.
func FullSizeDoc() (*codes.Doc, int, error) {
	text, err := FullSize()
	if err != nil {
		return nil, 0, err
	}
	return &codes.Doc{
		Meta: codes.Meta{Kind: "code", ID: "generated-code", Title: "Generated Code of the Republic of Kazakhstan",
			Date: codes.NewDate(2014, 7, 3), Language: "en", Edition: codes.NewDate(2026, 3, 7)},
		Root: codes.ParseText(text, 1),
	}, len(text), nil
}
