package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
)

// Corpus is a set of base editions of codes and the laws amending them.
type Corpus struct {
	Codes []*codes.Doc
	Laws  []*amend.Law
	// targets lists, per law (same index as Laws) and per act the law
	// names, the ids of the codes that act resolves to.
	targets [][][]string
}

// Load reads codes/*.txt and laws/*.txt from fsys. Every file is read and
// every error reported, not just the first.
func Load(fsys fs.FS, name string) (*Corpus, error) {
	c := &Corpus{}
	var errs []error
	codeFiles, err := fs.Glob(fsys, "codes/*.txt")
	if err != nil {
		return nil, err
	}
	lawFiles, err := fs.Glob(fsys, "laws/*.txt")
	if err != nil {
		return nil, err
	}
	if len(codeFiles) == 0 {
		return nil, fmt.Errorf("%s: no codes (want files codes/*.txt)", name)
	}
	ids := map[string]string{}
	for _, f := range codeFiles {
		src, err := fs.ReadFile(fsys, f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		d, err := codes.Parse(path.Join(name, f), src)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, dup := ids[d.Meta.ID]; dup {
			errs = append(errs, fmt.Errorf("%s: code id %q is also used by %s", d.File, d.Meta.ID, prev))
			continue
		}
		ids[d.Meta.ID] = d.File
		c.Codes = append(c.Codes, d)
	}
	for _, f := range lawFiles {
		src, err := fs.ReadFile(fsys, f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		law, err := amend.Parse(path.Join(name, f), src)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		targets, err := c.resolve(law)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		c.Laws = append(c.Laws, law)
		c.targets = append(c.targets, targets)
	}
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
			if Matches(d, act, law.Meta.Language) {
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

// Matches reports whether the code d is the act a law names.
func Matches(d *codes.Doc, act amend.ActRef, language string) bool {
	return strings.EqualFold(d.Meta.Title, act.Title) && d.Meta.Date == act.Date && d.Meta.Language == language
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

// Entry is a law placed in time.
type Entry struct {
	Law     *amend.Law
	InForce codes.Date // zero when it cannot be computed (see Err)
	Err     error      // why the date is unknown (no publication date)
	Acts    [][]string // per act named by the law, the code ids it resolved to
}

// Codes returns the ids of the codes the law amends.
func (e Entry) Codes() []string {
	var out []string
	for _, ids := range e.Acts {
		for _, id := range ids {
			if !contains(out, id) {
				out = append(out, id)
			}
		}
	}
	return out
}

// Timeline returns the laws ordered by entry into force, then law date,
// then number; laws whose date cannot be computed come last, with Err set.
func (c *Corpus) Timeline() []Entry {
	out := make([]Entry, len(c.Laws))
	for i, law := range c.Laws {
		d, err := law.Date()
		out[i] = Entry{Law: law, InForce: d, Err: err, Acts: c.targets[i]}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if (a.Err == nil) != (b.Err == nil) {
			return a.Err == nil
		}
		if c := a.InForce.Compare(b.InForce); c != 0 {
			return c < 0
		}
		if c := a.Law.Meta.Date.Compare(b.Law.Meta.Date); c != 0 {
			return c < 0
		}
		return a.Law.Meta.Number < b.Law.Meta.Number
	})
	return out
}

// Edition is one code as in force on a date, with the change log.
type Edition struct {
	Doc     *codes.Doc
	Changes []amend.Change
	Laws    []*amend.Law // the laws applied, in order
}

// Edition folds every law in force by date over the code's base edition.
func (c *Corpus) Edition(id string, date codes.Date) (*Edition, error) {
	base, err := c.Code(id)
	if err != nil {
		return nil, err
	}
	if date.Before(base.Meta.Edition) {
		return nil, fmt.Errorf("%s: the corpus holds %s as of %s; no earlier text for %s", base.File, id, base.Meta.Edition, date)
	}
	timeline := c.Timeline()
	var errs []error
	for _, e := range timeline {
		if e.Err != nil && contains(e.Codes(), id) {
			errs = append(errs, e.Err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	ed := &Edition{Doc: base}
	for _, e := range timeline {
		if e.Err != nil {
			continue
		}
		if date.Before(e.InForce) || !e.InForce.After(base.Meta.Edition) {
			continue
		}
		for act, ids := range e.Acts {
			if !contains(ids, id) {
				continue
			}
			doc, changes, err := amend.Apply(ed.Doc, e.Law, act)
			if err != nil {
				return nil, fmt.Errorf("law %s (%s) on %s: %w", e.Law.Meta.Number, e.Law.File, id, err)
			}
			ed.Doc = doc
			ed.Changes = append(ed.Changes, changes...)
			ed.Laws = append(ed.Laws, e.Law)
		}
	}
	ed.Doc = ed.Doc.Clone()
	ed.Doc.Meta.Edition = date
	return ed, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
