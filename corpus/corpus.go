package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
)

// Corpus is a set of base editions of codes and the laws amending them,
// with every code's history folded once, when the corpus is made. It is
// not changed after that, so it may be read from several goroutines.
type Corpus struct {
	Codes []*codes.Doc
	Laws  []*amend.Law
	// targets holds, per law and per act the law names, the ids of the
	// codes that act resolves to.
	targets map[*amend.Law][][]string
	// timeline is every law's entries in order of entry into force.
	timeline []Entry
	// histories holds each code's editions, by code id.
	histories map[string]*history
	// failures are the parts of laws that fail on a code; excluded are
	// their entries, which change no code.
	failures []Failure
	excluded []Entry
}

// Load reads codes/*.txt and laws/*.txt from fsys and folds the laws over
// the codes. Every file is read and every error reported, not just the
// first. A law that fails on a code is not an error of Load: it is the
// error of every edition it would be in (see Edition and Editions).
func Load(fsys fs.FS, name string) (*Corpus, error) {
	codeFiles, err := textFiles(fsys, "codes")
	if err != nil {
		return nil, fmt.Errorf("%s/%w", name, err)
	}
	lawFiles, err := textFiles(fsys, "laws")
	if err != nil {
		return nil, fmt.Errorf("%s/%w", name, err)
	}
	if len(codeFiles) == 0 {
		return nil, fmt.Errorf("%s: no codes (want files codes/*.txt)", name)
	}
	// Codes and laws are read together: the code, the largest file, is
	// parsed while the laws are.
	type file struct {
		doc *codes.Doc
		law *amend.Law
	}
	files, errs := readAll(append(codeFiles, lawFiles...), func(f string) (file, error) {
		if strings.HasPrefix(f, "codes/") {
			d, err := readCode(fsys, f, path.Join(name, f))
			return file{doc: d}, err
		}
		law, err := readLaw(fsys, f, path.Join(name, f))
		return file{law: law}, err
	})
	var docs []*codes.Doc
	var laws []*amend.Law
	for _, f := range files {
		if f.doc != nil {
			docs = append(docs, f.doc)
		} else {
			laws = append(laws, f.law)
		}
	}
	c, err := New(docs, laws)
	if err != nil {
		errs = append(errs, err)
	}
	return c, errors.Join(errs...)
}

// readAll reads the files with read, on every processor at once, and
// returns what was read and the errors, both in the order of files.
func readAll[T any](files []string, read func(string) (T, error)) ([]T, []error) {
	vals := make([]T, len(files))
	errs := make([]error, len(files))
	var next atomic.Int64 // the index of the next file to read
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < len(files); i = int(next.Add(1) - 1) {
				vals[i], errs[i] = read(files[i])
			}
		})
	}
	wg.Wait()
	var out []T
	var bad []error
	for i := range files {
		if errs[i] != nil {
			bad = append(bad, errs[i])
			continue
		}
		out = append(out, vals[i])
	}
	return out, bad
}

func readCode(fsys fs.FS, f, name string) (*codes.Doc, error) {
	src, err := ReadFile(fsys, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	return codes.Parse(name, src)
}

func readLaw(fsys fs.FS, f, name string) (*amend.Law, error) {
	src, err := ReadFile(fsys, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	return amend.Parse(name, src)
}

// New makes a corpus of the given base editions and laws: it resolves each
// law's target acts to codes and folds the laws over them. Two codes with
// one id, and a law naming an act that is none of the codes, are errors;
// the corpus returned with them holds the rest.
func New(docs []*codes.Doc, laws []*amend.Law) (*Corpus, error) {
	c := &Corpus{targets: map[*amend.Law][][]string{}}
	var errs []error
	ids := map[string]string{}
	for _, d := range docs {
		if prev, dup := ids[d.Meta.ID]; dup {
			errs = append(errs, fmt.Errorf("%s: code id %q is also used by %s", d.File, d.Meta.ID, prev))
			continue
		}
		ids[d.Meta.ID] = d.File
		c.Codes = append(c.Codes, d)
	}
	for _, law := range laws {
		targets, err := c.resolve(law)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.Laws = append(c.Laws, law)
		c.targets[law] = targets
	}
	c.timeline = c.order()
	c.fold()
	return c, errors.Join(errs...)
}

// resolve finds, for each act a law names, the codes with that title and
// adoption date in the law's language. An act that matches no code is an
// error: the law cannot be consolidated.
func (c *Corpus) resolve(law *amend.Law) ([][]string, error) {
	out := make([][]string, len(law.Acts))
	var errs []error
	for i, act := range law.Acts {
		for _, d := range c.Codes {
			if matches(d, act, law.Meta.Language) {
				out[i] = append(out[i], d.Meta.ID)
			}
		}
		if len(out[i]) == 0 {
			errs = append(errs, fmt.Errorf("%s: unknown target act %q dated %s: no code in the corpus has that title and date in language %q",
				act.Pos, act.Title, act.Date, law.Meta.Language))
		}
	}
	return out, errors.Join(errs...)
}

// matches reports whether the code d is the act a law names. Titles
// compare with the Latin "i" and the Kazakh «і» as one letter, and any run
// of spaces as one: Adilet's Kazakh title of both Criminal Codes is
// «Қазақстан Республикасының Қылмыстық кодексi», with the Latin letter, and
// a law names it «… Қылмыстық кодексіне» with either; Adilet's text of Law
// No. 363 of 21.12.2002 names «Уголовный кодекс  Республики Казахстан», two
// spaces where a link was.
func matches(d *codes.Doc, act amend.ActRef, language string) bool {
	return act.Titled(d.Meta.Title) && d.Meta.Date == act.Date && d.Meta.Language == language
}

// Targets returns, per act the law names, the ids of the codes of the
// corpus that act is (none for an act the corpus does not hold). The law
// need not be in the corpus: a draft under review is resolved the same way.
func (c *Corpus) Targets(law *amend.Law) [][]string {
	if t, ok := c.targets[law]; ok {
		return t
	}
	t, _ := c.resolve(law)
	return t
}

// Amends returns the ids of the codes the law's operations amend, in the
// order the law names them.
func (c *Corpus) Amends(law *amend.Law) []string {
	var out []string
	for act, ids := range c.Targets(law) {
		if !slices.ContainsFunc(law.Ops, func(op amend.Op) bool { return op.Act == act }) {
			continue
		}
		for _, id := range ids {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// OpsOn returns the law's operations on the code with the given id.
func (c *Corpus) OpsOn(law *amend.Law, id string) []*amend.Op {
	targets := c.Targets(law)
	var out []*amend.Op
	for i := range law.Ops {
		if slices.Contains(targets[law.Ops[i].Act], id) {
			out = append(out, &law.Ops[i])
		}
	}
	return out
}

// Code returns the base edition with the given id.
func (c *Corpus) Code(id string) (*codes.Doc, error) {
	var known []string
	for _, d := range c.Codes {
		if d.Meta.ID == id {
			return d, nil
		}
		known = append(known, d.Meta.ID)
	}
	return nil, fmt.Errorf("no code %q in the corpus (codes: %s)", id, strings.Join(known, ", "))
}
