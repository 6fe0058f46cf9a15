package main

import (
	"github.com/zan-law/zan/corpus/official"
)

type importCmd struct {
	Paths   []string `arg:"" name:"path" help:"A code's folder of kazakhstan-law/codes (holding meta.yaml, rus.md, rus/ …: read in the order of its table of contents), or .md files of it, read in the order given." placeholder:"PATH"`
	Lang    string   `help:"Which text: rus (Russian) or kaz (Kazakh). Default: the folder the .md files are in, else rus." enum:",rus,kaz" default:"" placeholder:"rus|kaz"`
	ID      string   `name:"id" help:"The code's id in the front matter (default: the folder's name without its date and act code, e.g. ugolovnyi-kodeks-respubliki-kazakhstan)." placeholder:"ID"`
	Title   string   `help:"The code's title (default: meta.yaml's title in the chosen language)." placeholder:"T"`
	Number  string   `help:"The code's number, e.g. 226-V (default: from meta.yaml's requisite, «№ 226-V ЗРК»)." placeholder:"N"`
	Date    day      `help:"The code's adoption date, YYYY-MM-DD (default: meta.yaml's approved_on)." placeholder:"D"`
	Edition day      `help:"The date the text is in force on, YYYY-MM-DD (default: meta.yaml's version_date, else the version the files' source: line names, …/rus/30.12.2025)." placeholder:"D"`
	Output  string   `short:"o" help:"Write to this file (atomically) instead of stdout." placeholder:"FILE"`
}

func (c *importCmd) Run(e *env) error {
	r, err := official.Import(c.Paths, official.Options{
		Lang: c.Lang, ID: c.ID, Title: c.Title, Number: c.Number, Date: c.Date.date, Edition: c.Edition.date,
	})
	if err != nil {
		return err
	}
	return e.output(c.Output, r.File)
}
