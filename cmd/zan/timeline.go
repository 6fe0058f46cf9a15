package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/zan-law/zan/corpus"
)

type timelineCmd struct {
	Corpus string `help:"Corpus directory holding codes/*.txt and laws/*.txt (default: the embedded corpus)." placeholder:"DIR"`
	Code   string `help:"Only this code (its id): the laws amending it and its editions." placeholder:"ID"`
	Format string `help:"Output format: text or json." enum:"text,json" default:"text"`
}

// timeline is what zan timeline shows: the laws in order of entry into
// force with how each date was computed, then each code's editions with
// what each changed and the units two laws change on the same day.
type timeline struct {
	Laws  []timelineLaw  `json:"laws"`
	Codes []timelineCode `json:"codes"`
}

type timelineLaw struct {
	Number      string   `json:"number"`
	Date        string   `json:"date"`
	Published   string   `json:"published"`
	InForce     string   `json:"in_force"` // "unknown" when it cannot be computed
	Codes       []string `json:"codes"`
	Rule        string   `json:"rule"`
	Explanation string   `json:"explanation"`
	Clause      string   `json:"clause"`
	Position    string   `json:"position"`
}

type timelineCode struct {
	ID        string            `json:"id"`
	Editions  []timelineEdition `json:"editions"`
	Conflicts []string          `json:"conflicts"`
	Error     string            `json:"error,omitempty"` // why the editions could not be computed
}

type timelineEdition struct {
	Date    string   `json:"date"`
	Changes []string `json:"changes"` // "252-VIII insert article:187/part:2"
}

func (c *timelineCmd) Run(env *env) error {
	cp, err := loadCorpus(c.Corpus)
	if err != nil {
		return err
	}
	if c.Code != "" {
		if _, err := cp.Code(c.Code); err != nil {
			return err
		}
	}
	t := timeline{Laws: []timelineLaw{}, Codes: []timelineCode{}}
	for _, e := range cp.LawEntries() {
		if c.Code != "" && !slices.Contains(cp.CodesAmended(e.Law), c.Code) {
			continue
		}
		m := e.Law.Meta
		law := timelineLaw{
			Number: m.Number, Date: m.Date.String(), Published: m.Published.String(), InForce: e.InForce.String(),
			Codes: cp.CodesAmended(e.Law), Rule: string(e.Law.InForce.Rule), Explanation: e.Law.Explain(),
			Clause: e.Law.InForce.Clause, Position: e.Law.InForce.Pos.String(),
		}
		if e.Err != nil {
			law.InForce = "unknown"
		}
		if law.Published == "" {
			law.Published = "unknown"
		}
		t.Laws = append(t.Laws, law)
	}
	for _, d := range cp.Codes {
		if c.Code != "" && d.Meta.ID != c.Code {
			continue
		}
		code := timelineCode{ID: d.Meta.ID, Editions: []timelineEdition{}, Conflicts: []string{}}
		eds, err := cp.Editions(d.Meta.ID)
		if err != nil {
			code.Error = strings.Join(corpus.ErrorLines(err), "; ")
		}
		for _, ed := range eds {
			code.Editions = append(code.Editions, timelineEdition{Date: ed.Date.String(), Changes: corpus.Summary(ed)})
		}
		for _, cf := range corpus.Conflicts(eds) {
			code.Conflicts = append(code.Conflicts, cf.String())
		}
		t.Codes = append(t.Codes, code)
	}
	if c.Format == "json" {
		b, err := json.MarshalIndent(t, "", "  ")
		if err != nil {
			return err
		}
		_, err = env.stdout.Write(append(b, '\n'))
		return err
	}
	return t.write(env.stdout)
}

func (t timeline) write(w io.Writer) error {
	for _, l := range t.Laws {
		fmt.Fprintf(w, "%s\tdated %s\tpublished %s\tin force %s\t%s\n", l.Number, l.Date, l.Published, l.InForce,
			strings.Join(l.Codes, ", "))
		fmt.Fprintf(w, "\trule: %s\n", l.Explanation)
		if l.Clause != "" {
			fmt.Fprintf(w, "\tclause (%s): %s\n", l.Position, l.Clause)
		}
	}
	for _, c := range t.Codes {
		fmt.Fprintf(w, "\n%s editions:\n", c.ID)
		if c.Error != "" {
			fmt.Fprintf(w, "\tnot computed: %s\n", c.Error)
		}
		for i, ed := range c.Editions {
			if i == 0 {
				fmt.Fprintf(w, "\t%s\tbase edition\n", ed.Date)
				continue
			}
			fmt.Fprintf(w, "\t%s\t%s\n", ed.Date, strings.Join(ed.Changes, "; "))
		}
		for _, cf := range c.Conflicts {
			fmt.Fprintf(w, "\t! %s\n", cf)
		}
	}
	return nil
}
