package main

import (
	"fmt"
	"slices"
	"strings"
)

type timelineCmd struct {
	Corpus string `help:"Corpus directory holding codes/*.txt and laws/*.txt (default: the embedded corpus)." placeholder:"DIR"`
	Code   string `help:"Only laws amending this code (its id)." placeholder:"ID"`
}

func (c *timelineCmd) Run(env *env) error {
	out := env.stdout
	cp, err := loadCorpus(c.Corpus)
	if err != nil {
		return err
	}
	if c.Code != "" {
		if _, err := cp.Code(c.Code); err != nil {
			return err
		}
	}
	for _, e := range cp.Timeline() {
		if c.Code != "" && !slices.Contains(e.Codes(), c.Code) {
			continue
		}
		m := e.Law.Meta
		inForce, published := e.InForce.String(), m.Published.String()
		if e.Err != nil {
			inForce = "unknown"
		}
		if published == "" {
			published = "unknown"
		}
		fmt.Fprintf(out, "%s\tdated %s\tpublished %s\tin force %s\t%s\n", m.Number, m.Date, published, inForce,
			strings.Join(e.Codes(), ", "))
		fmt.Fprintf(out, "\trule: %s\n", e.Law.Explain())
		if e.Law.InForce.Clause != "" {
			fmt.Fprintf(out, "\tclause (%s): %s\n", e.Law.InForce.Pos, e.Law.InForce.Clause)
		}
	}
	return nil
}
