package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/html"
	"github.com/zan-law/zan/codes/markdown"
	"github.com/zan-law/zan/corpus/site"
)

type exportCmd struct {
	corpusFlag
	Code      string `help:"Export one edition of this code (its id, e.g. criminal-code)." placeholder:"ID" xor:"what"`
	Site      string `help:"Write a static website of the whole corpus as this folder: an index of the codes, a page per edition of each code with what it changed, and the timeline of the laws. Links are relative: serve the folder from anywhere. The site is written to a new folder next to DIR and renamed into place, replacing all of DIR: a failed export leaves the old site whole, and pages that no longer exist are removed. DIR must be missing (its parent must exist), empty, or a site zan made (its index.html says so); a folder holding anything else is refused, never deleted. Progress goes to stderr when the export takes more than a second." placeholder:"DIR" xor:"what"`
	AsOf      day    `name:"as-of" help:"With --code: date of the edition, YYYY-MM-DD (default: today). Laws in force by that day are applied." placeholder:"DATE"`
	Format    string `help:"With --code: md (Markdown: a heading with an id per article, anchors on parts and points, Markdown footnotes) or html (a page with a table of contents and print CSS)." enum:"md,html" default:"html"`
	Footnotes bool   `help:"Write provenance footnotes naming the law behind each change (--footnotes=false omits them)." default:"true" negatable:""`
	Pending   bool   `help:"With --code: note on each unit the changes that laws signed by --as-of will make later (Adilet's \"IZPI's note!\"); --pending=false leaves the notes out. A site's pages have none." default:"true" negatable:""`
	Output    string `short:"o" help:"With --code: write to this file instead of stdout: a regular file is replaced atomically (keeping its permissions); a device or pipe (/dev/stdout) is written directly." placeholder:"FILE"`
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
	case c.AsOf.set:
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
	cp, err := c.load()
	if err != nil {
		return err
	}
	opt := codes.RenderOptions{Provenance: c.Footnotes, Pending: c.Pending}
	if c.Site != "" {
		sopt := site.Options{Render: opt, Progress: prefixed{e.stderr, "zan: "}}
		return writeSite(c.Site, func(emit func(site.File) error) error {
			return site.Build(cp, sopt, emit)
		})
	}
	ed, err := cp.Edition(c.Code, c.AsOf.or(codes.Today()), c.Pending)
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

// writeSite writes the site build makes into dir. The files go into a new
// folder next to dir, which then takes dir's place: a failed export leaves
// the old site whole, and a page the new site does not have is gone. dir
// may be missing (its parent may not), empty, or a site zan made — a
// folder holding other things is refused, not deleted. The new folders
// are made fresh, so no symbolic link in them leads a page elsewhere.
func writeSite(dir string, build func(emit func(site.File) error) error) (err error) {
	dir = filepath.Clean(dir)
	old, err := replaceable(dir)
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(dir) // "." has a parent to put the new folder in
	if err != nil {
		return fmt.Errorf("%s: %v", dir, err)
	}
	tmp, err := makeFolderNextTo(abs, "new")
	if err != nil {
		return fmt.Errorf("%s: cannot make the site's folder: %v", dir, unwrapPath(err))
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if old != nil {
		if err := os.Chmod(tmp, old.Mode().Perm()); err != nil {
			return fmt.Errorf("%s: %v", tmp, unwrapPath(err))
		}
	}
	root, err := os.OpenRoot(tmp)
	if err != nil {
		return err
	}
	defer root.Close()
	err = build(func(f site.File) error {
		name := filepath.FromSlash(f.Path)
		if err := root.MkdirAll(filepath.Dir(name), 0o777); err != nil {
			return fmt.Errorf("%s: cannot make a folder: %v", filepath.Join(dir, filepath.Dir(name)), unwrapPath(err))
		}
		if err := root.WriteFile(name, f.Data, 0o666); err != nil {
			return fmt.Errorf("%s: cannot write: %v", filepath.Join(dir, name), unwrapPath(err))
		}
		return nil
	})
	if err != nil {
		return err
	}
	return replaceFolder(dir, abs, tmp, old != nil)
}

// replaceable checks that dir may be replaced by a new site, and returns
// what is there now (nil when nothing is).
func replaceable(dir string) (fs.FileInfo, error) {
	fi, err := os.Lstat(dir)
	if errors.Is(err, fs.ErrNotExist) {
		pi, err := os.Stat(filepath.Dir(dir))
		if err != nil {
			return nil, fmt.Errorf("%s: cannot make the site's folder: %v", dir, unwrapPath(err))
		}
		if !pi.IsDir() {
			return nil, fmt.Errorf("%s: cannot make the site's folder: %s is not a folder", dir, filepath.Dir(dir))
		}
		return nil, nil
	}
	switch {
	case err != nil:
		return nil, fmt.Errorf("%s: %v", dir, unwrapPath(err))
	case fi.Mode()&fs.ModeSymlink != 0:
		return nil, fmt.Errorf("%s: a symbolic link; give the site's folder itself", dir)
	case !fi.IsDir():
		return nil, fmt.Errorf("%s: not a folder", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", dir, unwrapPath(err))
	}
	if len(entries) == 0 {
		return fi, nil
	}
	// A site zan made: its index page says so (site.Marker), and it has a
	// timeline page; a folder with other files is not.
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	_, errTimeline := os.Stat(filepath.Join(dir, "timeline.html"))
	if err != nil || errTimeline != nil || !bytes.Contains(index, []byte(site.Marker)) {
		return nil, fmt.Errorf("%s: not empty and not a site made by zan (no index.html of zan's): not replaced; give a new or empty folder", dir)
	}
	return fi, nil
}

// makeFolderNextTo makes an empty folder beside dir, on the same file
// system so that a rename can move it: ".site.zan-new-123456". Its mode is
// the usual one for folders (0777 less the umask).
func makeFolderNextTo(dir, what string) (string, error) {
	var err error
	for range 100 {
		name := filepath.Join(filepath.Dir(dir), fmt.Sprintf(".%s.zan-%s-%d", filepath.Base(dir), what, rand.Uint32()))
		if err = os.Mkdir(name, 0o777); !errors.Is(err, fs.ErrExist) {
			return name, err
		}
	}
	return "", err
}

// replaceFolder puts the folder tmp in dir's place; the old dir, if
// exists, is moved aside first and removed after. Should the second
// rename fail, the old folder is put back.
// dir is named in errors; abs is its absolute path.
func replaceFolder(dir, abs, tmp string, exists bool) error {
	if !exists {
		if err := os.Rename(tmp, abs); err != nil {
			return fmt.Errorf("%s: cannot make the site's folder: %v", dir, unwrapPath(err))
		}
		return nil
	}
	aside, err := makeFolderNextTo(abs, "old")
	if err != nil {
		return fmt.Errorf("%s: cannot replace the site: %v", dir, unwrapPath(err))
	}
	if err := os.Remove(aside); err != nil { // a free name to rename to
		return fmt.Errorf("%s: cannot replace the site: %v", dir, unwrapPath(err))
	}
	if err := os.Rename(abs, aside); err != nil {
		return fmt.Errorf("%s: cannot replace the site: %v", dir, unwrapPath(err))
	}
	if err := os.Rename(tmp, abs); err != nil {
		os.Rename(aside, abs)
		return fmt.Errorf("%s: cannot replace the site: %v", dir, unwrapPath(err))
	}
	if err := os.RemoveAll(aside); err != nil {
		return fmt.Errorf("%s: the old site is left in %s: %v", dir, aside, unwrapPath(err))
	}
	return nil
}

// prefixed writes each line with prefix before it: the site's progress on
// stderr as "zan: site: …".
type prefixed struct {
	w      io.Writer
	prefix string
}

func (p prefixed) Write(b []byte) (int, error) {
	if _, err := p.w.Write(append([]byte(p.prefix), b...)); err != nil {
		return 0, err
	}
	return len(b), nil
}
