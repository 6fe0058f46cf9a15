package corpus

import (
	"slices"
	"sort"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
)

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

// same reports whether e and f are the same part of the same law.
func (e Entry) same(f Entry) bool { return e.Law == f.Law && e.Exception == f.Exception }

// signedBy reports whether the entry's law was signed by the date.
func (e Entry) signedBy(date codes.Date) bool { return !date.Before(e.Law.Meta.Date) }

// Timeline returns the laws ordered by entry into force, then law date,
// then number; a law with exceptions gives one entry per date. Laws whose
// date cannot be computed come last, with Err set.
func (c *Corpus) Timeline() []Entry { return slices.Clone(c.timeline) }

// order computes the timeline.
func (c *Corpus) order() []Entry {
	var out []Entry
	for _, law := range c.Laws {
		byException := map[*amend.Exception]*Entry{}
		var order []*amend.Exception
		main := &Entry{Law: law, Acts: c.targets[law]}
		main.InForce, main.Err = law.Date()
		byException[nil], order = main, append(order, nil)
		for j := range law.Ops {
			op := &law.Ops[j]
			ex := law.ExceptionOf(op)
			e, ok := byException[ex]
			if !ok {
				e = &Entry{Law: law, Acts: c.targets[law], Exception: ex}
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
	for _, e := range c.timeline {
		if e.Exception == nil {
			out = append(out, e)
		}
	}
	return out
}
