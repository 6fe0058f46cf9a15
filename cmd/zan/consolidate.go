package main

import (
	"fmt"
	"os"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/kz"
)

type consolidateCmd struct {
	corpusFlag
	Code      []string `help:"Only this code (its id, e.g. criminal-code; repeatable); default: every code of the corpus." placeholder:"ID"`
	AsOf      day      `name:"as-of" help:"Date of the edition, YYYY-MM-DD (default: today). Laws in force by that day are applied." placeholder:"DATE"`
	Format    string   `help:"Output format: text (the code file format, readable back as a base edition) or json (the document tree and the change log)." enum:"text,json" default:"text"`
	Footnotes bool     `help:"Write provenance footnotes naming the law behind each change (--footnotes=false omits them)." default:"true" negatable:""`
	Pending   bool     `help:"Note on each unit the changes that laws signed by --as-of will make later (Adilet's \"IZPI's note!\"); --pending=false leaves the notes out." default:"true" negatable:""`
	Output    string   `short:"o" help:"Write to this file (atomically) instead of stdout." placeholder:"FILE"`
}

// corpusFlag is the --corpus flag of the commands that read a corpus.
type corpusFlag struct {
	Corpus string `help:"Corpus directory holding codes/*.txt and laws/*.txt (default: the embedded corpus)." placeholder:"DIR"`
}

// load reads the corpus directory, or the embedded one.
func (f corpusFlag) load() (*corpus.Corpus, error) {
	if f.Corpus == "" {
		return corpus.Load(kz.FS, "corpus/kz")
	}
	if _, err := os.Stat(f.Corpus); err != nil {
		return nil, fmt.Errorf("%s: %v", f.Corpus, unwrapPath(err))
	}
	return corpus.Load(os.DirFS(f.Corpus), f.Corpus)
}

func (c *consolidateCmd) Run(e *env) error {
	date := c.AsOf.or(codes.Today())
	cp, err := c.load()
	if err != nil {
		return err
	}
	ids := c.Code
	if len(ids) == 0 {
		for _, d := range cp.Codes {
			ids = append(ids, d.Meta.ID)
		}
	}
	var eds []*corpus.Edition
	for _, id := range ids {
		ed, err := cp.Edition(id, date, c.Pending)
		if err != nil {
			return err
		}
		eds = append(eds, ed)
	}
	out, err := renderEditions(eds, c.Format, codes.RenderOptions{Provenance: c.Footnotes, Pending: c.Pending}, len(c.Code) == 1)
	if err != nil {
		return err
	}
	return e.output(c.Output, out)
}
