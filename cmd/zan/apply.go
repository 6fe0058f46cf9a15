package main

import (
	"errors"
	"fmt"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
)

type applyCmd struct {
	Code      []string `help:"Code file to amend (repeatable: --code A --code B)." required:"" placeholder:"FILE"`
	Law       string   `help:"The amending law's file." required:"" placeholder:"FILE"`
	InForce   day      `name:"in-force" help:"Edition date written into the result's front matter, YYYY-MM-DD (default: the law's own entry into force, when it can be computed)." placeholder:"DATE"`
	Format    string   `help:"Output format: text (the code file format) or json (the document tree and the change log)." enum:"text,json" default:"text"`
	Footnotes bool     `help:"Write provenance footnotes (--footnotes=false omits them)." default:"true" negatable:""`
	Output    string   `short:"o" help:"Write to this file (atomically) instead of stdout." placeholder:"FILE"`
}

func (c *applyCmd) Run(e *env) error {
	law, err := readLaw(c.Law)
	if err != nil {
		return err
	}
	var docs []*codes.Doc
	for _, f := range c.Code {
		src, err := readFile(f)
		if err != nil {
			return err
		}
		d, err := codes.Parse(f, src)
		if err != nil {
			return err
		}
		docs = append(docs, d)
	}
	date, _ := law.Date() // unknown without a publication date: the edition is then left blank
	date = c.InForce.or(date)
	cp, err := corpus.New(docs, nil)
	if err != nil {
		return err
	}
	targets := cp.Targets(law)
	for act, ids := range targets {
		if len(ids) == 0 {
			fmt.Fprintf(e.stderr, "%s: skipped: %d instruction(s) for %s dated %s: no --code file is that act\n",
				law.Acts[act].Pos, countOps(law, act), law.Acts[act].Title, law.Acts[act].Date)
		}
	}
	if len(cp.Amends(law)) == 0 {
		return fmt.Errorf("%s: the law amends none of the given codes (it amends: %s)", c.Law, actList(law))
	}
	// A law is atomic across the codes it amends: every code takes it, or none.
	var eds []*corpus.Edition
	var errs []error
	for _, d := range docs {
		doc, changes, err := amend.ApplyOps(d, law, cp.OpsOn(law, d.Meta.ID))
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", d.File, err))
			continue
		}
		doc = doc.Clone()
		doc.Meta.Edition = date
		eds = append(eds, &corpus.Edition{Doc: doc, Date: date, Changes: changes})
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	out, err := renderEditions(eds, c.Format, codes.RenderOptions{Provenance: c.Footnotes}, len(eds) == 1)
	if err != nil {
		return err
	}
	return e.output(c.Output, out)
}

func countOps(law *amend.Law, act int) int {
	n := 0
	for _, op := range law.Ops {
		if op.Act == act {
			n++
		}
	}
	return n
}

func actList(law *amend.Law) string {
	s := ""
	for i, a := range law.Acts {
		if i > 0 {
			s += "; "
		}
		s += a.Title + " dated " + a.Date.String()
	}
	return s
}
