package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
)

type timelineCmd struct {
	Corpus string `help:"Corpus directory holding codes/*.txt and laws/*.txt (default: the embedded corpus)." placeholder:"DIR"`
	Code   string `help:"Only laws amending this code (its id)." placeholder:"ID"`
}

func (c *timelineCmd) Run(e *env) error {
	cp, err := loadCorpus(c.Corpus)
	if err != nil {
		return err
	}
	if c.Code != "" {
		if _, err := cp.Code(c.Code); err != nil {
			return err
		}
	}
	type row struct {
		law   *amend.Law
		date  codes.Date
		known bool
	}
	var rows []row
	for _, law := range cp.Laws {
		if c.Code != "" && !slices.Contains(cp.CodesOf(law), c.Code) {
			continue
		}
		d, err := law.Date()
		rows = append(rows, row{law, d, err == nil})
	}
	slices.SortStableFunc(rows, func(a, b row) int {
		if a.known != b.known {
			if a.known {
				return -1
			}
			return 1
		}
		if c := a.date.Compare(b.date); c != 0 {
			return c
		}
		if c := a.law.Meta.Date.Compare(b.law.Meta.Date); c != 0 {
			return c
		}
		return strings.Compare(a.law.Meta.Number, b.law.Meta.Number)
	})
	for _, r := range rows {
		m := r.law.Meta
		inForce := "unknown"
		if r.known {
			inForce = r.date.String()
		}
		published := m.Published.String()
		if published == "" {
			published = "unknown"
		}
		fmt.Fprintf(e.stdout, "%s\tdated %s\tpublished %s\tin force %s\t%s\n", m.Number, m.Date, published, inForce,
			strings.Join(cp.CodesOf(r.law), ", "))
		fmt.Fprintf(e.stdout, "\trule: %s\n", r.law.Explain())
		if r.law.InForce.Clause != "" {
			fmt.Fprintf(e.stdout, "\tclause (%s): %s\n", r.law.InForce.Pos, r.law.InForce.Clause)
		}
	}
	return nil
}
