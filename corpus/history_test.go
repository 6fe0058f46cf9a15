package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus/corpustest"
)

// historyCorpus loads the corpus of testdata/corpus-history.txtar.
func historyCorpus(t testing.TB) *Corpus {
	t.Helper()
	fsys, err := corpustest.Load("../testdata/corpus-history.txtar")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(fsys, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestEditionsAndConflicts(t *testing.T) {
	c := historyCorpus(t)
	eds, err := c.Editions("criminal-procedure-code")
	if err != nil {
		t.Fatal(err)
	}
	var dates []string
	for _, ed := range eds {
		dates = append(dates, ed.Date.String())
	}
	// 911-T, 912-T with 913-T, 915-T, 916-T (in_force), 914-T.
	want := []string{"2026-01-01", "2026-02-13", "2026-03-21", "2026-05-15", "2026-06-01", "2027-01-01"}
	if !slices.Equal(dates, want) {
		t.Errorf("editions on %v, want %v", dates, want)
	}
	conflicts := Conflicts(eds)
	if len(conflicts) != 1 || conflicts[0].Date.String() != "2026-03-21" ||
		conflicts[0].Address.String() != "article:187" || !slices.Equal(conflicts[0].Laws, []string{"912-T", "913-T"}) {
		t.Errorf("conflicts = %v, want 912-T then 913-T on article:187 on 2026-03-21", conflicts)
	}
	// Folding all editions at once gives the text of each single edition.
	for _, ed := range eds[1:] {
		one, err := c.Edition("criminal-procedure-code", ed.Date, false)
		if err != nil {
			t.Fatal(err)
		}
		opt := codes.RenderOptions{Provenance: true}
		if codes.RenderText(one.Doc.Root, opt) != codes.RenderText(ed.Doc.Root, opt) {
			t.Errorf("edition of %s differs between Edition and Editions", ed.Date)
		}
	}
}

func TestTimelineSplitsExceptions(t *testing.T) {
	c := historyCorpus(t)
	var got []string
	for _, e := range c.Timeline() {
		if e.Law.Meta.Number == "915-T" {
			got = append(got, e.InForce.String())
		}
	}
	if !slices.Equal(got, []string{"2026-05-15", "2026-07-01"}) {
		t.Errorf("915-T enters into force on %v, want 2026-05-15 and, for its exception, 2026-07-01", got)
	}
}

// atomicCorpus is the history corpus with one law, 999-T, whose instruction
// on the Criminal Code fits and whose instruction on the CPC does not.
func atomicCorpus(t *testing.T) *Corpus {
	t.Helper()
	fsys, err := corpustest.Load("../testdata/corpus-history.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for name := range fsys {
		if strings.HasPrefix(name, "laws/") {
			delete(fsys, name)
		}
	}
	fsys["laws/999-T.txt"] = &fstest.MapFile{Data: []byte("---\nkind: law\nnumber: 999-T\ntitle: T\ndate: 2026-02-01\npublished: 2026-02-02\nlanguage: en\nsource: constructed example\n---\n" +
		"T\nArticle 1. To make amendments to the following legislative acts of the Republic of Kazakhstan:\n" +
		"1. To the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" +
		"in part one of Article 379 the words \"in the course of mass riots\" shall be replaced by the words \"during mass riots\".\n" +
		"2. To the Criminal Procedure Code of the Republic of Kazakhstan dated July 4, 2014:\n" +
		"in part seven of Article 187 the words \"no such words\" shall be deleted.\n" +
		"Article 2. This Law shall enter into force ten calendar days after the date of its first official publication.\n")}
	c, err := Load(fsys, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A law is atomic across the codes it amends: when its instruction on the
// CPC fails, the Criminal Code's edition does not take its other half.
func TestLawAtomicAcrossCodes(t *testing.T) {
	c := atomicCorpus(t)
	_, err := c.Edition("criminal-code", codes.NewDate(2026, 3, 1), false)
	if err == nil || !strings.Contains(err.Error(), `words "no such words" not found in article:187/part:7`) {
		t.Errorf("the Criminal Code's edition took half of a failing law: %v", err)
	}
	if _, err := c.Edition("criminal-code", codes.NewDate(2026, 2, 12), false); err != nil {
		t.Errorf("before the law is in force the edition is fine, got %v", err)
	}
}

// The history of every edition (timeline, site) keeps the same rule as a
// single edition: the failing law is in none of the Criminal Code's
// editions, and it is the error of both codes' histories.
func TestEditionsLeaveOutFailingLaw(t *testing.T) {
	c := atomicCorpus(t)
	for _, id := range []string{"criminal-code", "criminal-procedure-code"} {
		eds, err := c.Editions(id)
		if len(eds) != 1 {
			t.Errorf("%s: %d editions, want only the base: the failing law changes no code", id, len(eds))
		}
		if err == nil || !strings.Contains(err.Error(), "corpus/laws/999-T.txt:15:1: law 999-T on criminal-procedure-code: words") {
			t.Errorf("%s: error %v, want the failure of 999-T on the CPC", id, err)
		}
	}
	out, _ := codes.Render(mustEditions(c, "criminal-code")[0].Doc, codes.RenderOptions{})
	if strings.Contains(string(out), "during mass riots") {
		t.Error("the Criminal Code's base edition shows the failing law's words")
	}
	f := c.Failures()
	if len(f) != 1 || f[0].Entry.Law.Meta.Number != "999-T" || f[0].Code != "criminal-procedure-code" {
		t.Errorf("failures %v, want 999-T on the CPC", f)
	}
	r, err := c.Report("")
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range r.Codes {
		if len(h.Editions) != 1 || len(h.Errors) != 1 || !strings.Contains(h.Errors[0], "999-T") {
			t.Errorf("report of %s: %d editions, errors %q; want the base and the failure of 999-T", h.ID, len(h.Editions), h.Errors)
		}
	}
}

func mustEditions(c *Corpus, id string) []*Edition {
	eds, _ := c.Editions(id)
	return eds
}

// The history gives what the corpus gives, edition by edition and law by
// law, without folding the codes again.
func TestHistoryAsCorpus(t *testing.T) {
	c := historyCorpus(t)
	h := c.History()
	render := func(d *codes.Doc) string {
		out, err := codes.Render(d, codes.RenderOptions{Provenance: true})
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	for _, law := range c.Laws {
		want, werr := c.LawChanges(law, codes.NewDate(2026, 11, 30))
		got, gerr := h.LawChanges(law, codes.NewDate(2026, 11, 30))
		if fmt.Sprint(werr) != fmt.Sprint(gerr) || len(got) != len(want) {
			t.Fatalf("law %s: %d changes, %v; want %d, %v", law.Meta.Number, len(got), gerr, len(want), werr)
		}
		for i := range want {
			if got[i].Code != want[i].Code || got[i].Before != want[i].Before || got[i].Last != want[i].Last ||
				render(got[i].Old) != render(want[i].Old) || render(got[i].New) != render(want[i].New) {
				t.Errorf("law %s on %s: the history's comparison differs from the corpus's", law.Meta.Number, want[i].Code)
			}
		}
	}
	for _, d := range c.Codes {
		want, _ := c.Editions(d.Meta.ID)
		got, _ := h.Editions(d.Meta.ID)
		if len(got) != len(want) {
			t.Errorf("%s: %d editions, want %d", d.Meta.ID, len(got), len(want))
		}
		// The edition on any date, with or without notes on changes to
		// come: each edition's day, the day before, and a late date.
		dates := []codes.Date{codes.NewDate(2100, 1, 1)}
		for _, ed := range want {
			dates = append(dates, ed.Date, ed.Date.AddDays(-1))
		}
		for _, date := range dates {
			for _, pending := range []bool{false, true} {
				w, werr := c.Edition(d.Meta.ID, date, pending)
				g, gerr := h.Edition(d.Meta.ID, date, pending)
				switch {
				case fmt.Sprint(werr) != fmt.Sprint(gerr):
					t.Errorf("%s on %s: error %v, want %v", d.Meta.ID, date, gerr, werr)
				case werr == nil && (render(g.Doc) != render(w.Doc) || len(g.Changes) != len(w.Changes)):
					t.Errorf("%s on %s (pending %v): the history's edition differs from the corpus's", d.Meta.ID, date, pending)
				}
			}
		}
	}
}
