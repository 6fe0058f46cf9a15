package corpus

import (
	"fmt"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
)

// Conflict is a unit that two laws change on the same day. They apply in
// the timeline's order (law date, then number); an editor should check
// that the second still reads as its drafters meant.
type Conflict struct {
	Date    codes.Date
	Address codes.Address // the article (or higher unit) both change
	Laws    []string      // law numbers, in the order applied
}

func (c Conflict) String() string {
	return fmt.Sprintf("%s: %s is changed by laws %v on the same day; applied in that order", c.Date, c.Address, c.Laws)
}

// Conflicts lists, for the editions of a code, the units changed by more
// than one law on the same day.
func Conflicts(eds []*Edition) []Conflict {
	var out []Conflict
	for _, ed := range eds {
		laws := map[string][]string{}
		var order []string
		for _, ch := range ed.Changes {
			key := ch.Address.Holder().String()
			if len(laws[key]) == 0 {
				order = append(order, key)
			}
			if n := len(laws[key]); n == 0 || laws[key][n-1] != ch.Law {
				laws[key] = append(laws[key], ch.Law)
			}
		}
		for _, key := range order {
			if len(laws[key]) > 1 {
				addr, _ := codes.ParseAddress(key)
				out = append(out, Conflict{Date: ed.Date, Address: addr, Laws: laws[key]})
			}
		}
	}
	return out
}

// Summary lists what an edition's changes did, one line per operation:
// "252-VIII insert article:187/part:2".
func Summary(ed *Edition) []string {
	out := []string{}
	for _, ch := range ed.Changes {
		line := ch.Law + " " + ch.Op.Kind.String() + " " + ch.Address.String()
		if ch.Op.Everywhere {
			line = ch.Law + " " + ch.Op.Kind.String() + " throughout the text"
		}
		if ch.Count > 1 {
			line += fmt.Sprintf(" (%d places)", ch.Count)
		}
		out = append(out, line)
	}
	return out
}

// ChangeLine says what one change did, as a reader names the unit, in the
// words w: "252-VIII: Article 187, part 2 — added", «252-VIII: Статья 187,
// часть 2 — слова заменены (3)».
func ChangeLine(ch amend.Change, w codes.PageWords) string {
	where := w.Name(ch.Address)
	if ch.Op.Everywhere {
		where = w.Throughout
	}
	line := ch.Law + ": " + where + " — " + w.Did[ch.Op.Kind.String()]
	if ch.Count > 1 {
		line += fmt.Sprintf(" (%d)", ch.Count)
	}
	if ch.Spelling != "" {
		line += "; " + fmt.Sprintf(w.Spelling, ch.Spelling)
	}
	return line
}

// LawChange is what one law does to one code: the edition just before the
// law's first provision enters into force, and that edition with the whole
// law applied (exceptions included), whatever the date.
type LawChange struct {
	Code     string
	Before   codes.Date // the old edition's date
	Last     codes.Date // the last day a provision of the law on this code enters into force (zero if unknown)
	Old, New *codes.Doc
}

// LawChanges compares, for each code of the corpus the law amends, the
// edition just before it with the law applied. The law need not be in the
// corpus. A law that cannot be placed in time is compared with the edition
// in force on today's date (the error says so, with the changes).
func (c *Corpus) LawChanges(law *amend.Law, today codes.Date) ([]LawChange, error) {
	return c.lawChanges(law, today, func(id string, date codes.Date) (*Edition, error) {
		return c.Edition(id, date, false)
	})
}

// lawChanges is LawChanges taking the editions from editionAt.
func (c *Corpus) lawChanges(law *amend.Law, today codes.Date, editionAt func(id string, date codes.Date) (*Edition, error)) ([]LawChange, error) {
	before, _, dateErr := law.Span()
	if dateErr == nil {
		before = before.AddDays(-1)
	} else {
		before = today
	}
	var out []LawChange
	for _, id := range c.Amends(law) {
		d, _ := c.Code(id)
		ops := c.OpsOn(law, id)
		var last codes.Date
		for _, op := range ops {
			if date, err := law.OpDate(op); err == nil && date.After(last) {
				last = date
			}
		}
		if before.Before(d.Meta.Edition) {
			continue // already in the base edition
		}
		old, err := editionAt(id, before)
		if err != nil {
			return nil, err
		}
		new, _, err := amend.ApplyOps(old.Doc, law, ops)
		if err != nil {
			return nil, fmt.Errorf("%s on %s: %w", law.File, id, err)
		}
		out = append(out, LawChange{Code: id, Before: before, Last: last, Old: old.Doc, New: new})
	}
	if dateErr != nil {
		return out, fmt.Errorf("%w; compared with the edition in force on %s", dateErr, today)
	}
	return out, nil
}

// History is every edition of every code of a corpus, folded once, for
// readers of many editions: the site shows them all, and what each law
// changes, which would otherwise fold the codes again for every law.
type History struct {
	c    *Corpus
	eds  map[string][]*Edition
	errs map[string]error
}

// History folds every edition of every code (see Editions).
func (c *Corpus) History() *History {
	h := &History{c: c, eds: map[string][]*Edition{}, errs: map[string]error{}}
	for _, d := range c.Codes {
		h.eds[d.Meta.ID], h.errs[d.Meta.ID] = c.Editions(d.Meta.ID)
	}
	return h
}

// Editions is Corpus.Editions, folded once.
func (h *History) Editions(id string) ([]*Edition, error) {
	if _, ok := h.eds[id]; !ok {
		return h.c.Editions(id) // not a code of the corpus: its error
	}
	return h.eds[id], h.errs[id]
}

// Edition is Corpus.Edition, the edition taken from the history's editions
// instead of folding the code again (a date before the last edition).
func (h *History) Edition(id string, date codes.Date, pending bool) (*Edition, error) {
	return h.c.edition(id, date, pending, h.eds[id])
}

// LawChanges is Corpus.LawChanges, with the editions before the law taken
// from the history.
func (h *History) LawChanges(law *amend.Law, today codes.Date) ([]LawChange, error) {
	return h.c.lawChanges(law, today, func(id string, date codes.Date) (*Edition, error) {
		ed, _, err := h.c.editionAt(id, date, h.eds[id])
		if err != nil {
			return nil, err
		}
		ed.Doc.Freeze()
		return ed, nil
	})
}
