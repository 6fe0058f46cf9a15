package main

import (
	"fmt"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
)

type applyCmd struct {
	Code      []string `help:"Code file to amend (repeatable: --code A --code B)." required:"" placeholder:"FILE"`
	Law       string   `help:"The amending law's file." required:"" placeholder:"FILE"`
	InForce   string   `name:"in-force" help:"Edition date written into the result's front matter, YYYY-MM-DD (default: the law's own entry into force, when it can be computed)." placeholder:"DATE"`
	Format    string   `help:"Output format: text (the code file format) or json (the document tree and the change log)." enum:"text,json" default:"text"`
	Footnotes bool     `help:"Write provenance footnotes (--footnotes=false omits them)." default:"true" negatable:""`
	Output    string   `short:"o" help:"Write to this file (atomically) instead of stdout." placeholder:"FILE"`
}

func (c *applyCmd) Run(e *env) error {
	src, err := readFile(c.Law)
	if err != nil {
		return err
	}
	law, err := amend.Parse(c.Law, src)
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
	var date codes.Date
	switch {
	case c.InForce != "":
		if date, err = dateFlag("in-force", c.InForce); err != nil {
			return err
		}
	default:
		date, _ = law.Date() // unknown without a publication date: the edition is then left blank
	}
	var eds []edition
	matched := make([]bool, len(law.Acts))
	for _, d := range docs {
		ed := edition{doc: d}
		for act, ref := range law.Acts {
			if !corpus.Matches(d, ref, law.Meta.Language) {
				continue
			}
			matched[act] = true
			doc, changes, err := amend.Apply(ed.doc, law, act)
			if err != nil {
				return fmt.Errorf("%s: %w", d.File, err)
			}
			ed.doc, ed.changes = doc, append(ed.changes, changes...)
		}
		ed.doc = ed.doc.Clone()
		ed.doc.Meta.Edition = date
		eds = append(eds, ed)
	}
	amendsSome := false
	for act, ok := range matched {
		if ok {
			amendsSome = true
			continue
		}
		n := 0
		for _, op := range law.Ops {
			if op.Act == act {
				n++
			}
		}
		fmt.Fprintf(e.stderr, "%s: skipped: %d instruction(s) for %s dated %s: no --code file is that act\n",
			law.Acts[act].Pos, n, law.Acts[act].Title, law.Acts[act].Date)
	}
	if !amendsSome {
		return fmt.Errorf("%s: the law amends none of the given codes (it amends: %s)", c.Law, actList(law))
	}
	out, err := renderEditions(eds, c.Format, codes.RenderOptions{Provenance: c.Footnotes}, len(eds) == 1)
	if err != nil {
		return err
	}
	return e.output(c.Output, out)
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
