package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/html"
	"github.com/zan-law/zan/codes/markdown"
	"github.com/zan-law/zan/corpus/site"
)

type exportCmd struct {
	Corpus    string `help:"Corpus directory holding codes/*.txt and laws/*.txt (default: the embedded corpus)." placeholder:"DIR"`
	Code      string `help:"Export one edition of this code (its id, e.g. criminal-code)." placeholder:"ID" xor:"what"`
	Site      string `help:"Write a static website of the whole corpus into this folder (made if missing; its parent must exist): an index of the codes, a page per edition of each code with what it changed, and the timeline of the laws. Links are relative: serve the folder from anywhere." placeholder:"DIR" xor:"what"`
	AsOf      string `name:"as-of" help:"With --code: date of the edition, YYYY-MM-DD (default: today). Laws in force by that day are applied." placeholder:"DATE"`
	Format    string `help:"With --code: md (Markdown: a heading with an id per article, anchors on parts and points, Markdown footnotes) or html (a page with a table of contents and print CSS)." enum:"md,html" default:"html"`
	Footnotes bool   `help:"Write provenance footnotes naming the law behind each change (--footnotes=false omits them)." default:"true" negatable:""`
	Pending   bool   `help:"With --code: note on each unit the changes that laws signed by --as-of will make later (Adilet's \"IZPI's note!\"); --pending=false leaves the notes out. A site's pages have none." default:"true" negatable:""`
	Output    string `short:"o" help:"With --code: write to this file (atomically) instead of stdout." placeholder:"FILE"`
}

// Validate asks for --code or --site (kong refuses both), and refuses the
// flags that only go with --code when --site is given: usage errors,
// before any work. (Marking --code and --site required would put both in
// the usage line.)
func (c *exportCmd) Validate() error {
	switch {
	case c.Code == "" && c.Site == "":
		return errors.New("give --code ID (one edition) or --site DIR (the whole corpus)")
	case c.Site == "":
		return nil
	case c.AsOf != "":
		return errors.New("--as-of goes with --code; a site has every edition")
	case c.Output != "":
		return errors.New("-o goes with --code; a site is written into --site DIR")
	case c.Format != "html":
		return errors.New("--format goes with --code; a site is HTML")
	}
	return nil
}

// exportFormats renders one edition in each format --format names.
var exportFormats = map[string]func(d *codes.Doc, opt codes.RenderOptions) ([]byte, error){
	"md": func(d *codes.Doc, opt codes.RenderOptions) ([]byte, error) {
		return markdown.Render(d, opt), nil
	},
	"html": html.Render,
}

func (c *exportCmd) Run(e *env) error {
	cp, err := loadCorpus(c.Corpus)
	if err != nil {
		return err
	}
	opt := codes.RenderOptions{Provenance: c.Footnotes, Pending: c.Pending}
	if c.Site != "" {
		files, err := site.Build(cp, opt)
		if err != nil {
			return err
		}
		return writeSite(e, c.Site, files)
	}
	date, err := dateFlag("as-of", c.AsOf)
	if err != nil {
		return err
	}
	ed, err := cp.Edition(c.Code, date, c.Pending)
	if err != nil {
		return err
	}
	render, ok := exportFormats[c.Format]
	if !ok {
		return fmt.Errorf("unknown format %q (want md or html)", c.Format)
	}
	out, err := render(ed.Doc, opt)
	if err != nil {
		return err
	}
	return e.output(c.Output, out)
}

// writeSite writes the files into dir, made if missing (its parent is
// not), each file atomically. The site is built in full before anything
// is written, so an error in the corpus leaves dir as it was.
func writeSite(e *env, dir string, files []site.File) error {
	if err := os.Mkdir(dir, 0o755); err != nil && !errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s: cannot make the site's folder: %v", dir, errors.Unwrap(err))
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("%s: not a folder", dir)
	}
	for _, f := range files {
		name := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return fmt.Errorf("%s: cannot make a folder: %v", filepath.Dir(name), errors.Unwrap(err))
		}
		if err := e.output(name, f.Data); err != nil {
			return err
		}
	}
	return nil
}
