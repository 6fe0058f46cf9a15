package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/diff"
	"github.com/zan-law/zan/corpus"
)

type diffCmd struct {
	Old  string `arg:"" optional:"" help:"The old edition: a code file." placeholder:"OLD"`
	New  string `arg:"" optional:"" help:"The new edition: a code file." placeholder:"NEW"`
	Code string `help:"Compare two editions of this code of the corpus (with --from and --to)." placeholder:"ID"`
	From day    `help:"The old edition's date, YYYY-MM-DD (with --code)." placeholder:"DATE"`
	To   day    `help:"The new edition's date, YYYY-MM-DD (with --code; default: today)." placeholder:"DATE"`
	Law  string `help:"Show what this law changes, whatever date it enters into force: each code it amends just before the law and with it." placeholder:"FILE"`
	corpusFlag
	Format string `help:"text ([-old-]{+new+}), md, html (redline with <del>/<ins>), table or table-html (the comparative table: unit, current wording, new wording), docx (that table as a Word document, what ministries exchange; with -o), json." enum:"text,md,html,table,table-html,docx,json" default:"text"`
	Color  string `help:"Colour the text redline: auto (on a terminal, unless NO_COLOR is set), always or never." enum:"auto,always,never" default:"auto"`
	Link   string `help:"Link each unit to its anchor on this page (e.g. criminal-code/2026-03-07.html); default: anchors on the same page." placeholder:"URL"`
	Output string `short:"o" help:"Write to this file (atomically) instead of stdout." placeholder:"FILE"`
}

// comparison is one pair of editions compared.
type comparison struct {
	title    string
	code     string // the code's id, for JSON of several codes
	language string // the new edition's
	units    []diff.Unit
}

// compareDocs compares two editions built in memory.
func compareDocs(title, code string, old, new *codes.Doc) comparison {
	return comparison{title: title, code: code, language: new.Meta.Language, units: diff.Diff(old, new)}
}

// Validate checks the command line: one way of naming the two editions,
// and no flag of another (a usage error, exit 2).
func (c *diffCmd) Validate() error {
	files, dates, law := c.Old != "" || c.New != "", c.Code != "" || c.From.set || c.To.set, c.Law != ""
	switch {
	case files && !dates && !law && c.Old != "" && c.New != "":
	case dates && !files && !law:
		if c.Code == "" || !c.From.set {
			return errors.New("--code and --from go together (and --to, default today)")
		}
	case law && !files && !dates:
	default:
		return errors.New("give OLD and NEW code files, or --code ID with --from and --to, or --law FILE")
	}
	if files && c.Corpus != "" {
		return errors.New("--corpus goes with --code or --law, not with two files")
	}
	if c.Format == "docx" && c.Output == "" {
		return errors.New("--format docx writes a Word document: give -o FILE (or -o - for stdout)")
	}
	return nil
}

func (c *diffCmd) Run(e *env) (err error) {
	var pairs []comparison
	switch {
	case c.Old != "":
		// The files may be mapped into memory (readText): a file cut short
		// while it is compared faults on a read past its end, which becomes
		// this error instead of a crash.
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() {
			if r := recover(); r != nil {
				if _, fault := r.(interface{ Addr() uintptr }); !fault {
					panic(r)
				}
				err = fmt.Errorf("%s, %s: a file changed while it was compared", c.Old, c.New)
			}
		}()
		pairs, err = c.files()
	case c.Code != "":
		pairs, err = c.dates()
	default:
		pairs, err = c.law(e)
	}
	if err != nil {
		return err
	}
	if c.Format == "json" && len(pairs) > 1 {
		return c.jsonByCode(e, pairs)
	}
	if c.Format == "docx" {
		var tables []diff.Comparison
		for _, p := range pairs {
			tables = append(tables, diff.Comparison{Title: p.title, Language: p.language, Units: p.units})
		}
		b, err := diff.Docx(tables)
		if err != nil {
			return err
		}
		return e.output(c.Output, b)
	}
	var out []byte
	for i, p := range pairs {
		opt := diff.Options{Language: p.language, Title: p.title, Link: c.Link, Color: c.color(e)}
		b, err := render(p.units, c.Format, opt)
		if err != nil {
			return err
		}
		if len(pairs) > 1 && (c.Format == "text" || c.Format == "table") {
			sep := "== " + p.title + " ==\n"
			if c.Format == "table" {
				sep = "## " + p.title + "\n\n"
			}
			if i > 0 {
				sep = "\n" + sep
			}
			b = append([]byte(sep), b...)
		}
		out = append(out, b...)
	}
	return e.output(c.Output, out)
}

// jsonByCode writes {"<code id>": [units…], …} for a law amending several codes.
func (c *diffCmd) jsonByCode(e *env, pairs []comparison) error {
	byCode := map[string]json.RawMessage{}
	for _, p := range pairs {
		b, err := diff.JSON(p.units)
		if err != nil {
			return err
		}
		byCode[p.code] = b
	}
	b, err := json.MarshalIndent(byCode, "", "  ")
	if err != nil {
		return err
	}
	return e.output(c.Output, append(b, '\n'))
}

// render writes the units in the chosen format.
func render(units []diff.Unit, format string, opt diff.Options) ([]byte, error) {
	switch format {
	case "text":
		var b strings.Builder
		if len(units) == 0 {
			b.WriteString("no differences\n")
		}
		err := diff.Text(&b, units, opt)
		return []byte(b.String()), err
	case "md":
		return diff.Markdown(units, opt), nil
	case "html":
		return diff.HTML(units, opt)
	case "table":
		return diff.Table(units, opt, false)
	case "table-html":
		return diff.Table(units, opt, true)
	case "json":
		return diff.JSON(units)
	}
	return nil, fmt.Errorf("unknown format %q", format)
}

// color decides whether the text redline is coloured.
func (c *diffCmd) color(e *env) bool {
	switch c.Color {
	case "always":
		return true
	case "never":
		return false
	}
	if c.Output != "" || os.Getenv("NO_COLOR") != "" {
		return false
	}
	f, ok := e.stdout.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// files compares two code files as texts (diff.Texts): only the articles
// whose text differs are parsed.
func (c *diffCmd) files() ([]comparison, error) {
	var texts [2]string
	var language string
	for i, name := range []string{c.Old, c.New} {
		src, err := readText(name)
		if err != nil {
			return nil, err
		}
		d, body, _, err := codes.ParseFrontMatter(name, src)
		if err != nil {
			return nil, err
		}
		texts[i], language = body, d.Meta.Language
	}
	return []comparison{{title: c.Old + " → " + c.New, language: language, units: diff.Texts(texts[0], texts[1])}}, nil
}

func (c *diffCmd) dates() ([]comparison, error) {
	from, to := c.From.date, c.To.or(codes.Today())
	cp, err := c.load()
	if err != nil {
		return nil, err
	}
	old, err := cp.Edition(c.Code, from, false)
	if err != nil {
		return nil, err
	}
	new, err := cp.Edition(c.Code, to, false)
	if err != nil {
		return nil, err
	}
	return []comparison{compareDocs(fmt.Sprintf("%s: %s → %s", c.Code, from, to), c.Code, old.Doc, new.Doc)}, nil
}

// law compares, for each code the law amends, the edition just before the
// law's earliest provision enters into force with that edition and the law
// applied (all of it, exceptions included).
func (c *diffCmd) law(e *env) ([]comparison, error) {
	law, err := readLaw(c.Law)
	if err != nil {
		return nil, err
	}
	cp, err := c.load()
	if err != nil {
		return nil, err
	}
	changes, err := cp.LawChanges(law, codes.Today())
	if err != nil && changes == nil {
		return nil, err
	}
	if err != nil { // no date: compared with today's edition
		fmt.Fprintln(e.stderr, err)
	}
	var out []comparison
	for _, ch := range changes {
		out = append(out, compareDocs(codes.WordsFor(ch.New.Meta.Language).LawChanges(law.Meta.Number, law.Meta.Date, ch.Code), ch.Code, ch.Old, ch.New))
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: the law amends no code of the corpus (it amends: %s)", c.Law, actList(law))
	}
	return out, nil
}

// readText reads a file as a string: mapped into memory where it can be
// (mapText; a code is a megabyte or more), else read as corpus.ReadOSFile
// reads it. Only regular files of at most corpus.MaxFileSize are read.
// Errors name the file, as readFile's do.
func readText(name string) (string, error) {
	if err := corpus.CheckOSFile(name); err != nil {
		return "", err
	}
	f, err := os.Open(name)
	if err != nil {
		return "", fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	defer f.Close()
	if text, ok := mapText(f); ok {
		return text, nil
	}
	src, err := corpus.ReadOSFile(name) // capped at corpus.MaxFileSize
	return string(src), err
}
