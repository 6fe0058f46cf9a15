package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
)

// Corpus is a set of base editions of codes and the laws amending them.
// It remembers which laws fail (see failed), so it is not for concurrent use.
type Corpus struct {
	Codes []*codes.Doc
	Laws  []*amend.Law
	// targets lists, per law (same index as Laws) and per act the law
	// names, the ids of the codes that act resolves to.
	targets [][][]string
	// failures records, once computed, the laws that fail on some code
	// (see failed): a law is atomic across all the codes it amends.
	failures []failure
	checked  bool
}

// failure is a law's operations, in force on a date, that cannot be
// applied to one code.
type failure struct {
	law  *amend.Law
	date codes.Date
	err  error
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

// Entry is a law, or the part of it that an exception of its
// entry-into-force article sets apart, placed in time.
type Entry struct {
	Law       *amend.Law
	InForce   codes.Date       // zero when it cannot be computed (see Err)
	Err       error            // why the date is unknown (no publication date)
	Exception *amend.Exception // the exception these operations come under; nil for the main clause
	Ops       []*amend.Op      // the operations that enter into force on InForce
	Acts      [][]string       // per act named by the law, the code ids it resolved to
}

// Codes returns the ids of the codes the entry's operations amend.
func (e Entry) Codes() []string {
	var out []string
	for _, op := range e.Ops {
		for _, id := range e.Acts[op.Act] {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	if len(e.Ops) == 0 { // a law with no operations still names its acts
		for _, ids := range e.Acts {
			for _, id := range ids {
				if !slices.Contains(out, id) {
					out = append(out, id)
				}
			}
		}
	}
	return out
}

// opsFor returns the entry's operations on the given code.
func (e Entry) opsFor(id string) []*amend.Op {
	var out []*amend.Op
	for _, op := range e.Ops {
		if slices.Contains(e.Acts[op.Act], id) {
			out = append(out, op)
		}
	}
	return out
}

// Timeline returns the laws ordered by entry into force, then law date,
// then number; a law with exceptions gives one entry per date. Laws whose
// date cannot be computed come last, with Err set.
func (c *Corpus) Timeline() []Entry {
	var out []Entry
	for i, law := range c.Laws {
		byException := map[*amend.Exception]*Entry{}
		var order []*amend.Exception
		main := &Entry{Law: law, Acts: c.targets[i]}
		main.InForce, main.Err = law.Date()
		byException[nil], order = main, append(order, nil)
		for j := range law.Ops {
			op := &law.Ops[j]
			ex := law.ExceptionOf(op)
			e, ok := byException[ex]
			if !ok {
				e = &Entry{Law: law, Acts: c.targets[i], Exception: ex}
				e.InForce, e.Err = law.OpDate(op)
				byException[ex], order = e, append(order, ex)
			}
			e.Ops = append(e.Ops, op)
		}
		for _, ex := range order {
			if e := byException[ex]; ex == nil || len(e.Ops) > 0 {
				out = append(out, *e)
			}
		}
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
		return codes.CompareNums(a.Law.Meta.Number, b.Law.Meta.Number) < 0 // 99-T before 100-T
	})
	return out
}

// LawEntries returns one entry per law, its main clause's, in timeline order: a
// law's line in a list of laws (its exceptions are in its explanation).
func (c *Corpus) LawEntries() []Entry {
	var out []Entry
	for _, e := range c.Timeline() {
		if e.Exception == nil {
			out = append(out, e)
		}
	}
	return out
}

// Edition is one code as in force on a date, with the change log.
type Edition struct {
	Doc     *codes.Doc
	Date    codes.Date
	Changes []amend.Change
}

// Edition folds every operation in force by date over the code's base
// edition, and marks the units that laws signed by then will change later
// (Adilet's "IZPI's note!"), when pending is set.
func (c *Corpus) Edition(id string, date codes.Date, pending bool) (*Edition, error) {
	base, entries, err := c.entriesFor(id, date)
	if err != nil {
		return nil, err
	}
	ed := &Edition{Doc: base, Date: date}
	for _, e := range entries {
		if date.Before(e.InForce) {
			continue
		}
		if err := c.failed(e.Law, date); err != nil {
			return nil, err // it fails on another code it amends: it changes none
		}
		if err := ed.apply(id, e); err != nil {
			return nil, err
		}
	}
	ed.Doc = ed.Doc.Clone()
	ed.Doc.Meta.Edition = date
	if pending {
		for _, e := range entries {
			if date.Before(e.InForce) {
				if err := amend.MarkPending(ed.Doc, e.Law, e.opsFor(id), e.InForce); err != nil {
					return nil, fmt.Errorf("law %s (%s) on %s: %w", e.Law.Meta.Number, e.Law.File, id, err)
				}
			}
		}
	}
	return ed, nil
}

// failed returns the error of the law on any code it amends, for its
// operations in force by date. Each code's editions are folded once, on
// the first call, keeping going past a failing law to find every failure.
func (c *Corpus) failed(law *amend.Law, date codes.Date) error {
	if !c.checked {
		c.checked = true
		for _, d := range c.Codes {
			_, entries, err := c.entriesFor(d.Meta.ID, codes.Date{})
			if err != nil {
				continue // reported by the edition that needs it
			}
			ed := &Edition{Doc: d}
			for _, e := range entries {
				if err := ed.apply(d.Meta.ID, e); err != nil {
					c.failures = append(c.failures, failure{e.Law, e.InForce, err})
				}
			}
		}
	}
	for _, f := range c.failures {
		if f.law == law && !date.Before(f.date) {
			return f.err
		}
	}
	return nil
}

// Editions returns every edition of the code from its base: one per date
// on which a law changed it, each folded onto the one before.
func (c *Corpus) Editions(id string) ([]*Edition, error) {
	base, entries, err := c.entriesFor(id, codes.Date{})
	if err != nil {
		return nil, err
	}
	eds := []*Edition{{Doc: base, Date: base.Meta.Edition}}
	for _, e := range entries {
		last := eds[len(eds)-1]
		if e.InForce != last.Date {
			last = &Edition{Doc: last.Doc, Date: e.InForce}
			eds = append(eds, last)
		}
		if err := last.apply(id, e); err != nil {
			return nil, err
		}
	}
	for _, ed := range eds[1:] {
		ed.Doc = ed.Doc.Clone()
		ed.Doc.Meta.Edition = ed.Date
	}
	return eds, nil
}

// entriesFor returns the code's base edition and the entries that change
// it after its base date, in order. Laws signed after until (when set)
// are left out; a law that cannot be placed in time is an error.
func (c *Corpus) entriesFor(id string, until codes.Date) (*codes.Doc, []Entry, error) {
	base, err := c.Code(id)
	if err != nil {
		return nil, nil, err
	}
	if !until.IsZero() && until.Before(base.Meta.Edition) {
		return nil, nil, fmt.Errorf("%s: the corpus holds %s as of %s; no earlier text for %s", base.File, id, base.Meta.Edition, until)
	}
	var out []Entry
	var errs []error
	for _, e := range c.Timeline() {
		if !slices.Contains(e.Codes(), id) || (!until.IsZero() && until.Before(e.Law.Meta.Date)) {
			continue
		}
		if e.Err != nil {
			errs = append(errs, e.Err)
			continue
		}
		if e.InForce.After(base.Meta.Edition) && len(e.opsFor(id)) > 0 {
			out = append(out, e)
		}
	}
	return base, out, errors.Join(errs...)
}

// apply carries out the entry's operations on the code, atomically.
func (ed *Edition) apply(id string, e Entry) error {
	doc, changes, err := amend.ApplyOps(ed.Doc, e.Law, e.opsFor(id))
	if err != nil {
		return fmt.Errorf("law %s (%s) on %s: %w", e.Law.Meta.Number, e.Law.File, id, err)
	}
	ed.Doc = doc
	ed.Changes = append(ed.Changes, changes...)
	return nil
}

// CodesAmended returns the ids of the codes a law amends, in the order the
// law names them.
func (c *Corpus) CodesAmended(law *amend.Law) []string {
	var out []string
	for act, ref := range law.Acts {
		for _, d := range c.Codes {
			if !Matches(d, ref, law.Meta.Language) || slices.Contains(out, d.Meta.ID) {
				continue
			}
			for _, op := range law.Ops {
				if op.Act == act {
					out = append(out, d.Meta.ID)
					break
				}
			}
		}
	}
	return out
}
