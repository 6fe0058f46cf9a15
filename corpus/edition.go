package corpus

import (
	"errors"
	"fmt"
	"go/scanner"
	"slices"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
)

// Edition is one code as in force on a date, with the change log.
type Edition struct {
	Doc     *codes.Doc
	Date    codes.Date
	Changes []amend.Change
}

// Failure is a part of a law (an entry of the timeline) that cannot be
// applied to a code. A law is atomic across the codes it amends: the
// failing part changes none of them, and no edition from its date on can
// be given.
type Failure struct {
	Entry Entry
	Code  string
	Err   error
}

func (f Failure) Error() string { return f.Err.Error() }
func (f Failure) Unwrap() error { return f.Err }

// history is one code's editions: its base, then one edition per day on
// which laws changed it, each folded onto the one before. A corpus keeps
// only the base and the last edition of each code (with every change since
// the base): a thousand editions of a whole code do not stay in memory for
// the one edition most runs give.
type history struct {
	editions []*Edition // [0] is the base edition; then all, or only the last
	entries  []Entry    // the entries that change the code after its base date, in order
	undated  []Entry    // entries on the code that cannot be placed in time
	failures []Failure  // entries that fail on this code (in this fold)
}

// fold computes every code's history. An entry that fails on one code is
// left out of all of them, so the codes it was applied to are folded again
// without it, until no new failure turns up.
func (c *Corpus) fold() {
	c.histories = map[string]*history{}
	isExcluded := func(e Entry) bool { return slices.ContainsFunc(c.excluded, e.same) }
	todo := make([]string, 0, len(c.Codes))
	for _, d := range c.Codes {
		todo = append(todo, d.Meta.ID)
	}
	for len(todo) > 0 {
		var fresh []Entry
		for _, id := range todo {
			h := c.foldCode(id, func(e Entry) bool { return !isExcluded(e) }, false)
			c.histories[id] = h
			for _, f := range h.failures {
				if !slices.ContainsFunc(fresh, f.Entry.same) {
					fresh = append(fresh, f.Entry)
				}
				c.failures = append(c.failures, f)
			}
		}
		c.excluded = append(c.excluded, fresh...)
		// Codes that took a part of a law that failed elsewhere are folded again.
		todo = todo[:0]
		for _, d := range c.Codes {
			h := c.histories[d.Meta.ID]
			if slices.ContainsFunc(h.entries, func(e Entry) bool {
				return slices.ContainsFunc(fresh, e.same) && !slices.ContainsFunc(h.failures, func(f Failure) bool { return f.Entry.same(e) })
			}) {
				todo = append(todo, d.Meta.ID)
			}
		}
	}
}

// foldCode folds, over the code's base edition, the entries that change it
// and that keep accepts. An entry that fails is recorded and left out. With
// all, every edition is kept; else the base and the last, whose change log
// holds every change since the base.
func (c *Corpus) foldCode(id string, keep func(Entry) bool, all bool) *history {
	base, _ := c.Code(id)
	h := &history{editions: []*Edition{{Doc: base, Date: base.Meta.Edition}}}
	for _, e := range c.timeline {
		ops := e.opsFor(id)
		switch {
		case len(ops) == 0:
			continue
		case e.Err != nil:
			h.undated = append(h.undated, e)
			continue
		case !e.InForce.After(base.Meta.Edition):
			continue // already in the base edition's text
		}
		h.entries = append(h.entries, e)
		if !keep(e) {
			continue
		}
		last := h.editions[len(h.editions)-1]
		doc, changes, err := amend.ApplyOps(last.Doc, e.Law, ops)
		if err != nil {
			err = onCode(e.Law, id, err)
			h.failures = append(h.failures, Failure{Entry: e, Code: id, Err: err})
			continue
		}
		switch {
		case e.InForce == last.Date:
		case all || len(h.editions) == 1:
			last = &Edition{Date: e.InForce}
			h.editions = append(h.editions, last)
		default:
			last.Date = e.InForce
		}
		last.Doc, last.Changes = doc, append(last.Changes, changes...)
	}
	for _, ed := range h.editions[1:] {
		ed.Doc = ed.Doc.Clone()
		ed.Doc.Meta.Edition = ed.Date
		ed.Doc.Freeze()
	}
	return h
}

// errorsAsOf returns why the code has no edition on date: laws amending it,
// signed by then, that cannot be placed in time, and parts of laws amending
// it, in force by then, that fail on some code. With a zero date, every
// such law counts.
func (c *Corpus) errorsAsOf(id string, h *history, date codes.Date) error {
	var errs []error
	for _, e := range h.undated {
		if date.IsZero() || e.signedBy(date) {
			errs = append(errs, e.Err)
		}
	}
	amends := func(law *amend.Law) bool {
		return slices.ContainsFunc(h.entries, func(e Entry) bool { return e.Law == law })
	}
	for _, f := range c.failures {
		if amends(f.Entry.Law) && (date.IsZero() || !date.Before(f.Entry.InForce) && f.Entry.signedBy(date)) {
			errs = append(errs, f)
		}
	}
	return errors.Join(errs...)
}

// Edition returns the code as in force on date: every operation in force
// by then folded over its base edition. With pending, the units that laws
// signed by then will change later carry a note on it (Adilet's "IZPI's
// note!"). A date before the corpus's text of the code, a law that cannot
// be placed in time and a law that fails (on any code it amends) are
// errors: an edition is given whole or not at all.
func (c *Corpus) Edition(id string, date codes.Date, pending bool) (*Edition, error) {
	return c.edition(id, date, pending, nil)
}

// edition is Edition taking the edition from all (see editionAt).
func (c *Corpus) edition(id string, date codes.Date, pending bool, all []*Edition) (*Edition, error) {
	ed, h, err := c.editionAt(id, date, all)
	if err != nil {
		return nil, err
	}
	if pending {
		for _, e := range h.entries {
			if date.Before(e.InForce) && e.signedBy(date) {
				if err := amend.MarkPending(ed.Doc, e.Law, e.opsFor(id), e.InForce); err != nil {
					return nil, onCode(e.Law, id, err)
				}
			}
		}
	}
	ed.Doc.Freeze()
	return ed, nil
}

// editionAt is Edition without notes on changes to come. all, when set, is
// every edition of the code (see Editions), to take the edition from.
func (c *Corpus) editionAt(id string, date codes.Date, all []*Edition) (*Edition, *history, error) {
	h, ok := c.histories[id]
	if !ok {
		_, err := c.Code(id)
		return nil, nil, err
	}
	base := h.editions[0].Doc
	if date.Before(base.Meta.Edition) {
		return nil, nil, fmt.Errorf("%s: the corpus holds %s as of %s (its base edition); it has no text in force on %s",
			base.File, id, base.Meta.Edition, date.Format("2006-01-02"))
	}
	if err := c.errorsAsOf(id, h, date); err != nil {
		return nil, nil, err
	}
	// The edition in force on the date: the last, or one of all, or the
	// code folded again up to the date, without what comes into force
	// later, and without a law signed after the date but in force before it
	// (with retroactive effect), which was not law on that date.
	last := h.editions[len(h.editions)-1]
	var changes []amend.Change
	retro := slices.ContainsFunc(h.entries, func(e Entry) bool { return !date.Before(e.InForce) && !e.signedBy(date) })
	switch {
	case all != nil && !retro:
		k := 0
		for k+1 < len(all) && !date.Before(all[k+1].Date) {
			k++
		}
		last = all[k]
		for _, ed := range all[1 : k+1] {
			changes = append(changes, ed.Changes...)
		}
	case date.Before(last.Date) || retro:
		excluded := func(e Entry) bool { return slices.ContainsFunc(c.excluded, e.same) }
		again := c.foldCode(id, func(e Entry) bool { return !date.Before(e.InForce) && e.signedBy(date) && !excluded(e) }, false)
		last = again.editions[len(again.editions)-1]
		if last != again.editions[0] {
			changes = slices.Clone(last.Changes)
		}
	case last != h.editions[0]:
		changes = slices.Clone(last.Changes)
	}
	ed := &Edition{Doc: last.Doc.Clone(), Date: date, Changes: changes}
	ed.Doc.Meta.Edition = date
	ed.Doc.DropNotesInForce(date) // notes that came with the base text, on changes now in force
	return ed, h, nil
}

// Editions returns every edition of the code from its base: one per date
// on which a law changed it, each folded onto the one before. Laws that
// cannot be placed in time and parts of laws that fail are left out of
// the editions and returned as the error, with them.
func (c *Corpus) Editions(id string) ([]*Edition, error) {
	h, ok := c.histories[id]
	if !ok {
		_, err := c.Code(id)
		return nil, err
	}
	all := c.foldCode(id, func(e Entry) bool { return !slices.ContainsFunc(c.excluded, e.same) }, true)
	return all.editions, c.errorsAsOf(id, h, codes.Date{})
}

// Failures returns the parts of laws that fail on some code, in the order
// they were found. Each changes none of the codes its law amends.
func (c *Corpus) Failures() []Failure { return slices.Clone(c.failures) }

// onCode says which law failed on which code, on every line of the error:
// "laws/901.txt:14:4: law 901-VIII on criminal-procedure-code: article:187/part:9 not found".
func onCode(law *amend.Law, id string, err error) error {
	prefix := fmt.Sprintf("law %s on %s: ", law.Meta.Number, id)
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		return fmt.Errorf("%s: %s%w", law.File, prefix, err)
	}
	out := make(scanner.ErrorList, len(list))
	for i, e := range list {
		out[i] = &scanner.Error{Pos: e.Pos, Msg: prefix + e.Msg}
	}
	return out
}
