package corpus_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/kz"
	"github.com/zan-law/zan/corpus/official"
)

// The Kazakh seed law (Law No. 252-VIII in the state language) gives the
// official texts after the law, applied
//
//   - to the embedded Kazakh editions (the official texts of 16.09.2025 and
//     30.12.2025, before the law), and
//   - to code files made by zan import from the Criminal Code's Chapter 16
//     as published at commit 0554b686, after the law was signed: it shows
//     Article 380-3 by its heading and «Ескерту. Алғашқы ресми жарияланған
//     күнінен кейін … – ҚР 03.01.2026 № 252-VIII Заңымен.», which the law
//     fills on its day; and the CPC's Articles 187 to 191 (239799e8).
//
// After the law, Article 380-3 must follow Article 380-2 and be the official
// text of commit af5927f7; part 2 of CPC Articles 187 and 191 and their
// footnotes the official texts of commit c476acc7.
func TestKazakhSeedLawOfficial(t *testing.T) {
	for name, c := range map[string]*corpus.Corpus{"embedded": embeddedCorpus(t), "announced": kazakhSeedCorpus(t)} {
		t.Run(name, func(t *testing.T) {
			before, after := kazakhEdition(t, c, "qylmystyq-kodeks", 6), kazakhEdition(t, c, "qylmystyq-kodeks", 7)
			article := codes.Address{{Kind: codes.Article, Num: "380-3"}}
			// The day before, Article 380-3 is not there, or only announced.
			if u, err := before.Find(article); err == nil && (name != "announced" || u.Text != "" || len(u.Children) > 0) {
				t.Errorf("article 380-3 in force on 2026-03-06")
			}
			path, err := after.Path(article)
			if err != nil {
				t.Fatal(err)
			}
			u := path[len(path)-1]
			if sib := path[len(path)-2].Children; indexOf(sib, u) < 1 || sib[indexOf(sib, u)-1].Num != "380-2" {
				t.Errorf("article 380-3 does not follow article 380-2")
			}
			want := officialText(t, "kk", "qk-ch016-af5927f7.st380-3.md")
			footnote := want[len(want)-1]
			want = want[:len(want)-1]
			got := strings.Split(strings.TrimSuffix(codes.RenderText(&codes.Unit{Kind: codes.Act, Children: []*codes.Unit{u}},
				codes.RenderOptions{}), "\n"), "\n")
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("article 380-3 differs from the official text:\n got %q\nwant %q", got, want)
			}
			// The footnote, byte for byte («толықтырылды – ҚР», with «–»).
			if len(u.Footnotes) != 1 {
				t.Fatalf("article 380-3 has %d footnotes, want 1", len(u.Footnotes))
			}
			if got := u.Footnotes[0].Text; got != footnote {
				t.Errorf("footnote of article 380-3:\n got %s\nwant %s", got, footnote)
			}

			cpcBefore, cpcAfter := kazakhEdition(t, c, "qylmystyq-prosestik-kodeks", 6), kazakhEdition(t, c, "qylmystyq-prosestik-kodeks", 7)
			for _, tc := range []struct{ article, file, inserted string }{
				{"187", "qpk-ch024-c476acc7.st187-p2.md", ", 380-3 (төртінші, бесінші және алтыншы бөліктерінде)"},
				{"191", "qpk-ch024-c476acc7.st191-p2.md", ", 380-3 (бірінші, екінші және үшінші бөліктерінде)"},
			} {
				official := officialText(t, "kk", tc.file)
				part := codes.Address{{Kind: codes.Article, Num: tc.article}, {Kind: codes.Part, Num: "2"}}
				for _, v := range []struct {
					doc  *codes.Doc
					want string
				}{{cpcBefore, strings.Replace(official[0], tc.inserted, "", 1)}, {cpcAfter, official[0]}} {
					u, err := v.doc.Find(part)
					if err != nil {
						t.Fatal(err)
					}
					if got := u.Label + u.Text; got != v.want {
						t.Errorf("%s as of %s:\n got %s\nwant %s", part, v.doc.Meta.Edition, got, v.want)
					}
				}
				art, err := cpcAfter.Find(part[:1])
				if err != nil {
					t.Fatal(err)
				}
				if len(art.Footnotes) != 1 {
					t.Fatalf("article %s has %d footnotes, want 1", tc.article, len(art.Footnotes))
				}
				if got, want := art.Footnotes[0].Text, official[len(official)-1]; got != want {
					t.Errorf("footnote of article %s:\n got %s\nwant %s", tc.article, got, want)
				}
			}
		})
	}
}

// The Kazakh seed law reads into the operations of the Russian one: the
// same kinds, units, anchors and target acts (the Kazakh titles of the
// same codes, of the same dates), in force on the same day.
func TestKazakhSeedLawReadsAsRussian(t *testing.T) {
	ru := parseLaw(t, kz.FS, "laws/252-VIII-ru.txt")
	kk := kazakhSeedLaw(t)
	want := []string{"Қазақстан Республикасының Қылмыстық кодексі", "Қазақстан Республикасының Қылмыстық-процестік кодексі"}
	if len(kk.Acts) != len(ru.Acts) || len(kk.Acts) != len(want) {
		t.Fatalf("acts %v, want %v", kk.Acts, ru.Acts)
	}
	for i, act := range kk.Acts {
		if act.Title != want[i] || act.Date != ru.Acts[i].Date {
			t.Errorf("act %d: %s, want %s of %s", i+1, act, want[i], ru.Acts[i].Date)
		}
	}
	if len(kk.Ops) != 3 || len(ru.Ops) != 3 {
		t.Fatalf("%d and %d operations, want 3 each", len(kk.Ops), len(ru.Ops))
	}
	for i := range kk.Ops {
		k, r := kk.Ops[i], ru.Ops[i]
		if k.Kind != r.Kind || k.Act != r.Act || k.Target.String() != r.Target.String() || k.Position != r.Position ||
			k.Anchor != r.Anchor || k.Numbers != r.Numbers || (k.Unit == nil) != (r.Unit == nil) {
			t.Errorf("operation %d: %+v\nwant the Russian %+v", i+1, k, r)
		}
	}
	// The article added: the same parts and points, in order.
	if got, want := unitShape(kk.Ops[0].Unit), unitShape(ru.Ops[0].Unit); got != want {
		t.Errorf("article 380-3: %s, want %s", got, want)
	}
	for _, law := range []*amend.Law{ru, kk} {
		d, err := law.Date()
		if err != nil {
			t.Fatal(err)
		}
		if d != codes.NewDate(2026, 3, 7) {
			t.Errorf("%s: in force %s, want 2026-03-07", law.File, d)
		}
	}
}

// unitShape lists the addresses of a unit's descendants.
func unitShape(u *codes.Unit) string {
	var out []string
	var walk func(u *codes.Unit, prefix string)
	walk = func(u *codes.Unit, prefix string) {
		for _, c := range u.Children {
			a := prefix + "/" + c.Kind.String() + ":" + c.Num
			out = append(out, a)
			walk(c, a)
		}
	}
	walk(u, u.Kind.String()+":"+u.Num)
	return strings.Join(out, " ")
}

func parseLaw(t *testing.T, fsys fs.FS, name string) *amend.Law {
	t.Helper()
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		t.Fatal(err)
	}
	law, err := amend.Parse(name, src)
	if err != nil {
		t.Fatal(err)
	}
	return law
}

// kazakhSeedLaw is Law No. 252-VIII in Kazakh, from the embedded corpus.
func kazakhSeedLaw(t *testing.T) *amend.Law {
	t.Helper()
	return parseLaw(t, kz.FS, "laws/252-VIII-kk.txt")
}

// embeddedCorpus is the embedded default corpus.
func embeddedCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	c, err := corpus.Load(kz.FS, "kz")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// kazakhSeedCorpus is a corpus of the Kazakh seed law and two Kazakh code
// files made from testdata/sources/kk: Chapter 16 up to Article 393 as
// published after the law was signed (Article 380-3 announced), and CPC
// Articles 187 to 191.
func kazakhSeedCorpus(t *testing.T) *corpus.Corpus {
	t.Helper()
	var docs []*codes.Doc
	for _, tc := range []struct {
		file, id, title string
		date            codes.Date
	}{
		{"../testdata/sources/kk/qk-ch016-0554b686.st372-393.md", "qylmystyq-kodeks", "Қазақстан Республикасының Қылмыстық кодексi", codes.NewDate(2014, 7, 3)},
		{"../testdata/sources/kk/qpk-ch024-239799e8.st187-191.md", "qylmystyq-prosestik-kodeks",
			"Қазақстан Республикасының Қылмыстық-процестік кодексі", codes.NewDate(2014, 7, 4)},
	} {
		res, err := official.Import([]string{tc.file}, official.Options{
			Lang: "kaz", ID: tc.id, Title: tc.title, Date: tc.date, Edition: codes.NewDate(2026, 1, 6),
		})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := codes.Parse(tc.id+".txt", res.File)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	c, err := corpus.New(docs, []*amend.Law{kazakhSeedLaw(t)})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func kazakhEdition(t *testing.T, c *corpus.Corpus, id string, march int) *codes.Doc {
	t.Helper()
	ed, err := c.Edition(id, codes.NewDate(2026, 3, march), false)
	if err != nil {
		t.Fatal(err)
	}
	return ed.Doc
}

func indexOf(list []*codes.Unit, u *codes.Unit) int {
	for i, x := range list {
		if x == u {
			return i
		}
	}
	return -1
}
