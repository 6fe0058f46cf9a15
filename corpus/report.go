package corpus

import "slices"

// Report is what the corpus's history says, for people and programs: the
// laws in order of entry into force with how each date was computed, then
// each code's editions with what each changed, the units two laws change
// on the same day, and the laws that cannot be applied. zan timeline prints
// it; the site shows each law's line (LawLine).
type Report struct {
	Laws  []LawLine     `json:"laws"`
	Codes []CodeHistory `json:"codes"`
}

// LawLine is a law's line in the list of laws.
type LawLine struct {
	Number      string   `json:"number"`
	Title       string   `json:"title"`
	Language    string   `json:"language"`
	Date        string   `json:"date"`
	Published   string   `json:"published"` // "unknown" when the front matter has none
	InForce     string   `json:"in_force"`  // "unknown" when it cannot be computed
	Codes       []string `json:"codes"`
	Rule        string   `json:"rule"`
	Explanation string   `json:"explanation"`
	Clause      string   `json:"clause"`
	Position    string   `json:"position"`
}

// CodeHistory is a code's editions.
type CodeHistory struct {
	ID        string        `json:"id"`
	Editions  []EditionLine `json:"editions"`
	Conflicts []string      `json:"conflicts"`
	Errors    []string      `json:"errors,omitempty"` // laws left out: they cannot be placed in time, or fail
}

// EditionLine is an edition's line: its date and what it changed.
type EditionLine struct {
	Date    string   `json:"date"`
	Changes []string `json:"changes"` // "252-VIII insert article:187/part:2"
}

// Report returns the corpus's report; with code set, only that code and the
// laws that amend it.
func (c *Corpus) Report(code string) (*Report, error) {
	if code != "" {
		if _, err := c.Code(code); err != nil {
			return nil, err
		}
	}
	r := &Report{Laws: []LawLine{}, Codes: []CodeHistory{}}
	for _, e := range c.LawEntries() {
		if code == "" || slices.Contains(c.Amends(e.Law), code) {
			r.Laws = append(r.Laws, c.LawLine(e))
		}
	}
	for _, d := range c.Codes {
		if code != "" && d.Meta.ID != code {
			continue
		}
		eds, err := c.Editions(d.Meta.ID)
		h := CodeHistory{ID: d.Meta.ID, Editions: []EditionLine{}, Conflicts: []string{}, Errors: ErrorLines(err)}
		for _, ed := range eds {
			h.Editions = append(h.Editions, EditionLine{Date: ed.Date.String(), Changes: Summary(ed)})
		}
		for _, cf := range Conflicts(eds) {
			h.Conflicts = append(h.Conflicts, cf.String())
		}
		r.Codes = append(r.Codes, h)
	}
	return r, nil
}

// LawLine is the line of a law's main entry (see LawEntries) in the list
// of laws.
func (c *Corpus) LawLine(e Entry) LawLine {
	m := e.Law.Meta
	l := LawLine{
		Number: m.Number, Title: m.Title, Language: m.Language,
		Date: m.Date.String(), Published: orUnknown(m.Published.String()), InForce: e.InForce.String(),
		Codes: append([]string{}, c.Amends(e.Law)...), Rule: string(e.Law.InForce.Rule), Explanation: e.Law.Explain(),
		Clause: e.Law.InForce.Clause, Position: e.Law.InForce.Pos.String(),
	}
	if e.Err != nil {
		l.InForce = "unknown"
	}
	return l
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
