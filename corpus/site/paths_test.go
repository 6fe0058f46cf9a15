package site

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/corpustest"
)

// historyWith returns the corpus of testdata/corpus-history.txtar with
// each of edit's files changed: each old → new pair in its text replaced,
// or the file added whole (the one new text) when it is not there. Only
// the files named in keep stay, when keep is given.
func historyWith(t *testing.T, edit map[string][]string, keep ...string) *corpus.Corpus {
	t.Helper()
	fsys, err := corpustest.Load("../../testdata/corpus-history.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if keep != nil {
		for name := range fsys {
			if !slices.Contains(keep, name) {
				delete(fsys, name)
			}
		}
	}
	for name, e := range edit {
		f, ok := fsys[name]
		if !ok {
			fsys[name] = &fstest.MapFile{Data: []byte(e[0])}
			continue
		}
		data := f.Data
		for i := 0; i+1 < len(e); i += 2 {
			if !bytes.Contains(data, []byte(e[i])) {
				t.Fatalf("%s has no %q", name, e[i])
			}
			data = bytes.Replace(data, []byte(e[i]), []byte(e[i+1]), 1)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	cp, err := corpus.Load(fsys, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	return cp
}

// buildErr builds the site and returns its error, checking that nothing
// was given after it.
func buildErr(cp *corpus.Corpus) error {
	return Build(cp, Options{}, func(File) error { return nil })
}

// TestBadFrontMatterPaths checks that a front matter value that would
// lead out of the site's folder is an error naming the file and the
// field, before any page of it is made.
func TestBadFrontMatterPaths(t *testing.T) {
	for _, c := range []struct {
		file, old, new, want string
	}{
		{"codes/criminal-code.txt", "id: criminal-code", "id: ../../escaped",
			`corpus/codes/criminal-code.txt: front matter field id: "../../escaped" cannot name a file or folder (want lower-case Latin letters and digits joined by hyphens)`},
		{"laws/911-T.txt", "number: 911-T", "number: /../../../escaped",
			`corpus/laws/911-T.txt: front matter field number: "/../../../escaped" cannot name a page (want letters and digits, e.g. 252-VIII)`},
		{"laws/911-T.txt", "number: 911-T", `number: 911\T`,
			`corpus/laws/911-T.txt: front matter field number: "911\\T" cannot name a page ('\\' is not a letter, digit, space, hyphen, slash or dot)`},
	} {
		edit := []string{c.old, c.new}
		if strings.HasPrefix(c.old, "number: ") { // the number is in the heading too
			edit = append(edit, "No. 911-T", "No. "+strings.TrimPrefix(c.new, "number: "))
		}
		err := buildErr(historyWith(t, map[string][]string{c.file: edit}))
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: %s: %v, want %s", c.file, c.new, err, c.want)
		}
	}
}

// TestBadLanguage checks the language of a code, which names its pages:
// "/../../../escaped" is refused, not written outside the site. (A law in
// such a language does not load at all: amend has no words for it.)
func TestBadLanguage(t *testing.T) {
	for _, lang := range []string{"/../../../escaped", "EN", "e n"} {
		cp := historyWith(t, map[string][]string{
			"codes/criminal-procedure-code.txt": {"language: en", "language: " + lang},
		}, "codes/criminal-procedure-code.txt")
		want := `corpus/codes/criminal-procedure-code.txt: front matter field language: "` + lang + `" cannot name a file or folder (want lower-case Latin letters and digits joined by hyphens)`
		if err := buildErr(cp); err == nil || err.Error() != want {
			t.Errorf("%q: %v, want %s", lang, err, want)
		}
	}
}

// TestLawPageNames checks the pages of laws whose numbers are not slugs:
// Cyrillic letters are spelled in Latin, spaces become hyphens.
func TestLawPageNames(t *testing.T) {
	for number, page := range map[string]string{
		"292-VІ":     "laws/2026-02-01-292-vi.en.criminal-procedure-code.html", // Cyrillic І
		"12-VII ЗРК": "laws/2026-02-01-12-vii-zrk.en.criminal-procedure-code.html",
	} {
		files := build(t, historyWith(t, map[string][]string{"laws/911-T.txt": {"number: 911-T", "number: " + number, "No. 911-T", "No. " + number}}))
		if files[page] == nil {
			t.Errorf("%s: no page %s", number, page)
		}
		if !bytes.Contains(files[timelinePage], []byte(`<a href="`+page+`" lang="en">changes to criminal-procedure-code</a>`)) {
			t.Errorf("%s: the timeline does not link %s", number, page)
		}
	}
}

// law917 is a law that repeats another law's number (911-T) and date.
const law917 = `---
kind: law
number: 911-T
title: On amendments to the Criminal Procedure Code of the Republic of Kazakhstan
date: 2026-02-01
published: 2026-06-02
language: en
source: constructed example
---
On amendments to the Criminal Procedure Code of the Republic of Kazakhstan
The Law of the Republic of Kazakhstan dated February 1, 2026 No. 911-T
Article 1. To make the following addition to the Criminal Procedure Code of the Republic of Kazakhstan dated July 4, 2014:
add the words "233-2" to part three of Article 191 after the numbers "233-1".
Article 2. This Law shall enter into force ten calendar days after the date of its first official publication.
`

// TestLawPageCollision checks that two laws with the same number, date
// and language, or whose numbers give the same page name, are an error
// naming both files, not one page written over the other; and that the
// same number on two dates gives two pages.
func TestLawPageCollision(t *testing.T) {
	cp := historyWith(t, map[string][]string{"laws/917.txt": {law917}})
	want := "law 911-T (corpus/laws/911-T.txt) and law 911-T (corpus/laws/917.txt) would both be the page laws/2026-02-01-911-t.en.criminal-procedure-code.html of the site"
	if err := buildErr(cp); err == nil || err.Error() != want {
		t.Errorf("same number: %v, want %s", err, want)
	}

	cp = historyWith(t, map[string][]string{"laws/917.txt": {strings.ReplaceAll(law917, "911-T", "911 t")}})
	want = "law 911-T (corpus/laws/911-T.txt) and law 911 t (corpus/laws/917.txt) would both be the page laws/2026-02-01-911-t.en.criminal-procedure-code.html of the site"
	if err := buildErr(cp); err == nil || err.Error() != want {
		t.Errorf("same page name: %v, want %s", err, want)
	}

	files := build(t, historyWith(t, map[string][]string{"laws/917.txt": {strings.Replace(strings.Replace(law917, "date: 2026-02-01", "date: 2026-05-30", 1), "February 1, 2026", "May 30, 2026", 1)}}))
	for _, p := range []string{"laws/2026-02-01-911-t.en.criminal-procedure-code.html", "laws/2026-05-30-911-t.en.criminal-procedure-code.html"} {
		if files[p] == nil {
			t.Errorf("same number, two dates: no %s", p)
		}
	}
	if got, want := string(files["laws/2026-05-30-911-t.en.criminal-procedure-code.html"]), "<ins>233-2, </ins>"; !strings.Contains(got, want) {
		t.Errorf("the second law's page has no %s", want)
	}
}

// TestProgress checks the progress lines of a slow build, on a clock that
// advances 100 ms per reading (one at the start, one per edition and law:
// 5 + 6 editions, 6 laws): none in the first second, then at most one per
// 250 ms, and the last line of a count that was shown; a fast build
// writes none.
func TestProgress(t *testing.T) {
	cp := corpora(t)["history"]
	var out bytes.Buffer
	now := time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC)
	clock := func() time.Time { now = now.Add(100 * time.Millisecond); return now }
	if err := Build(cp, Options{Progress: &out, clock: clock}, func(File) error { return nil }); err != nil {
		t.Fatal(err)
	}
	want := `site: criminal-procedure-code 5/6 editions
site: criminal-procedure-code 6/6 editions
site: laws 3/6
site: laws 6/6
`
	if out.String() != want {
		t.Errorf("progress:\n%s\nwant:\n%s", out.String(), want)
	}

	out.Reset()
	fixed := func() time.Time { return now }
	if err := Build(cp, Options{Progress: &out, clock: fixed}, func(File) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 {
		t.Errorf("a fast build wrote %q", out.String())
	}
}

// TestEmitError checks that an error writing a page stops the build and is
// returned as it is, whether the page is an edition's, a law's or an index.
func TestEmitError(t *testing.T) {
	cp := corpora(t)["history"]
	for _, page := range []string{"criminal-code/2026-03-21.html", "laws/2026-03-18-913-t.en.criminal-procedure-code.html", timelinePage, indexPage} {
		full := errors.New("disk full")
		var after []string
		failed := false
		err := Build(cp, Options{}, func(f File) error {
			if failed {
				after = append(after, f.Path)
			}
			if f.Path == page {
				failed = true
				return full
			}
			return nil
		})
		if err != full || after != nil {
			t.Errorf("%s: %v, and %v given after it; want disk full, nothing after", page, err, after)
		}
	}
}
