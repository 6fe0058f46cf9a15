package corpus

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus/corpustest"
)

var update = flag.Bool("update", false, "rewrite the want.txt / want.err sections of testdata/*.txtar")

// TestGolden runs the cross-package cases in testdata/*.txtar and
// testdata/real/*.txtar. Each holds
// a small corpus (codes/*.txt, laws/*.txt), optionally "as-of" (a date;
// default 2100-01-01), and what every code of the corpus reads as on that
// date ("want.txt", the code files one after the other) or the errors
// ("want.err", one per line). With several dates in "as-of", one per
// line, each has its own section: "want@2026-03-07.txt" (or .err).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.txtar")
	real, _ := filepath.Glob("../testdata/real/*.txtar") // real instructions, with their sources
	files = append(files, real...)
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden cases: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			fsys := corpustest.FS(ar)
			dates := []codes.Date{codes.NewDate(2100, 1, 1)}
			for _, f := range ar.Files {
				switch {
				case f.Name == "as-of":
					dates = nil
					for _, field := range strings.Fields(string(f.Data)) {
						d, err := codes.ParseDate(field)
						if err != nil {
							t.Fatal(err)
						}
						dates = append(dates, d)
					}
				}
			}
			for _, date := range dates {
				suffix := ""
				if len(dates) > 1 {
					suffix = "@" + date.String()
				}
				got, gotErr := consolidateAll(fsys, date)
				section, content := "want"+suffix+".txt", got
				if gotErr != nil {
					section, content = "want"+suffix+".err", strings.Join(ErrorLines(gotErr), "\n")+"\n"
				}
				if *update {
					setSection(ar, suffix, section, content)
					continue
				}
				want, ok := getSection(ar, section)
				if !ok {
					t.Fatalf("no %s section; got:\n%s", section, content)
				}
				if diff := cmp.Diff(want, content); diff != "" {
					t.Errorf("%s mismatch (-want +got):\n%s", section, diff)
				}
			}
			if *update {
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// consolidateAll renders every code of the corpus as of date.
func consolidateAll(fsys fstest.MapFS, date codes.Date) (string, error) {
	c, err := Load(fsys, "corpus")
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, d := range c.Codes {
		ed, err := c.Edition(d.Meta.ID, date, true)
		if err != nil {
			return "", err
		}
		out, err := codes.Render(ed.Doc, codes.RenderOptions{Provenance: true, Pending: true})
		if err != nil {
			return "", err
		}
		b.Write(out)
	}
	return b.String(), nil
}

func getSection(ar *txtar.Archive, name string) (string, bool) {
	for _, f := range ar.Files {
		if f.Name == name {
			return string(f.Data), true
		}
	}
	return "", false
}

// setSection replaces the want sections of one date by the one given.
func setSection(ar *txtar.Archive, suffix, name, content string) {
	files := ar.Files[:0]
	for _, f := range ar.Files {
		if f.Name != "want"+suffix+".txt" && f.Name != "want"+suffix+".err" {
			files = append(files, f)
		}
	}
	ar.Files = append(files, txtar.File{Name: name, Data: []byte(content)})
}
