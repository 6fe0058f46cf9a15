package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/zan-law/zan/corpus"
)

type timelineCmd struct {
	corpusFlag
	Code   string `help:"Only this code (its id): the laws amending it and its editions." placeholder:"ID"`
	Format string `help:"Output format: text or json." enum:"text,json" default:"text"`
}

func (c *timelineCmd) Run(env *env) error {
	cp, err := c.load()
	if err != nil {
		return err
	}
	r, err := cp.Report(c.Code)
	if err != nil {
		return err
	}
	if c.Format == "json" {
		b, err := json.MarshalIndent(r, "", "  ")
		if err != nil {
			return err
		}
		if _, err := env.stdout.Write(append(b, '\n')); err != nil {
			return err
		}
	} else {
		writeTimeline(env.stdout, r)
	}
	// The timeline is shown whole; a law that fails makes the run fail too.
	var errs []error
	for _, f := range cp.Failures() {
		if c.Code == "" || slices.Contains(cp.Amends(f.Entry.Law), c.Code) {
			errs = append(errs, f)
		}
	}
	return errors.Join(errs...)
}

// writeTimeline prints the report: a law per line with its rule and clause,
// then each code's editions, its conflicts and the laws left out.
func writeTimeline(w io.Writer, r *corpus.Report) {
	for _, l := range r.Laws {
		fmt.Fprintf(w, "%s\tdated %s\tpublished %s\tin force %s\t%s\n", l.Number, l.Date, l.Published, l.InForce,
			strings.Join(l.Codes, ", "))
		fmt.Fprintf(w, "\trule: %s\n", l.Explanation)
		if l.Clause != "" {
			fmt.Fprintf(w, "\tclause (%s): %s\n", l.Position, l.Clause)
		}
	}
	for _, c := range r.Codes {
		fmt.Fprintf(w, "\n%s editions:\n", c.ID)
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
		for _, e := range c.Errors {
			fmt.Fprintf(w, "\tleft out: %s\n", e)
		}
	}
}
