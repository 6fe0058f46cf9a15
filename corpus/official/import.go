package official

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/frontmatter"
	"github.com/zan-law/zan/corpus"
)

// Options say which text to import and override what meta.yaml says.
type Options struct {
	Lang          string // "rus" or "kaz"; default: the files' folder, else rus
	ID, Title     string
	Number        string // the act's number ("226-V"); default: meta.yaml's requisite
	Date, Edition codes.Date
}

// languages maps the repository's language folders to zan's language codes.
var languages = map[string]string{"rus": "ru", "kaz": "kk"}

// Result is an imported code.
type Result struct {
	Doc   *codes.Doc
	File  []byte // the code file: front matter and text
	Lines Lines
}

// Import reads a code's folder (paths holds only it) or some of its .md
// files, in the order given, into a code file. Errors are file:line:col.
func Import(paths []string, opt Options) (*Result, error) {
	if len(paths) == 0 {
		return nil, errors.New("no folder or .md file to import")
	}
	if opt.Lang != "" && languages[opt.Lang] == "" {
		return nil, fmt.Errorf("language %q: want rus or kaz", opt.Lang)
	}
	var (
		folder, lang string
		files        []string
		toc          []byte
		tocFile      string
	)
	// Each file is read once, whatever asks for it first.
	read := func() func(string) ([]byte, error) {
		texts := map[string][]byte{}
		return func(name string) ([]byte, error) {
			if src, ok := texts[name]; ok {
				return src, nil
			}
			src, err := corpus.ReadOSFile(name)
			if err == nil {
				texts[name] = src
			}
			return src, err
		}
	}()
	if fi, err := os.Stat(paths[0]); err == nil && fi.IsDir() {
		if len(paths) > 1 {
			return nil, fmt.Errorf("%s: a folder is imported whole, alone; give either the folder or .md files", paths[0])
		}
		folder, lang = paths[0], opt.Lang
		if lang == "" {
			lang = "rus" // or the one text the folder has
			if _, err := os.Stat(filepath.Join(folder, "rus.md")); err != nil {
				if _, err := os.Stat(filepath.Join(folder, "kaz.md")); err == nil {
					lang = "kaz"
				}
			}
		}
		tocFile = filepath.Join(folder, lang+".md")
		if toc, err = corpus.ReadOSFile(tocFile); err != nil {
			return nil, err
		}
		if files, err = tocFiles(tocFile, toc, folder, lang); err != nil {
			return nil, err
		}
	} else {
		var err error
		if folder, lang, err = fileFolder(paths, opt.Lang, read); err != nil {
			return nil, err
		}
		files = paths
		// A table of contents given first (the code's rus.md or kaz.md)
		// gives the act's preamble, as it does for a folder.
		if src, err := read(files[0]); err == nil && len(files) > 1 && isTOC(src) {
			toc, tocFile, files = src, files[0], files[1:]
		}
	}
	meta, metaFile, err := folderMeta(folder)
	if err != nil {
		return nil, err
	}
	c := newConverter()
	if toc != nil {
		c.preamble, c.toc = true, true
		tocPreamble(c, tocFile, toc)
		c.preamble, c.toc = false, false
	}
	var sources []string
	for _, f := range files {
		src, err := read(f)
		if err != nil {
			return nil, err
		}
		if s := fileSource(src); s != "" && !slices.Contains(sources, s) {
			sources = append(sources, s)
		}
		// The act's title and the lines before it may head the first file
		// of the text instead of the table of contents.
		c.preamble = !c.open && c.out.Len() == 0 && c.body.Len() == 0 && opensWithTitle(src)
		c.file(f, src)
	}
	text, err := c.text()
	if err != nil {
		return nil, err
	}
	if text == "" {
		return nil, fmt.Errorf("%s: no text to import", files[0])
	}
	m, err := codeMeta(folder, lang, meta, metaFile, opt, files, sources)
	if err != nil {
		return nil, err
	}
	if !c.title {
		// Chapter files hold no title heading; a code file starts with
		// the act's title all the same.
		text = m.Title + "\n" + text
	}
	name := files[0]
	doc := &codes.Doc{File: name, Meta: m, Root: codes.ParseText(text, 1)}
	out, err := codes.Render(doc, codes.RenderOptions{Provenance: true, Pending: true})
	if err != nil {
		return nil, err
	}
	// The file must read back as the same code: front matter and text.
	back, err := codes.Parse(name, out)
	if err != nil {
		return nil, fmt.Errorf("%s: the imported code does not read back: %w", name, err)
	}
	if got := codes.RenderText(back.Root, codes.RenderOptions{Provenance: true, Pending: true}); got != text {
		return nil, fmt.Errorf("%s: the imported text does not read back as written (a bug in zan import)", name)
	}
	return &Result{Doc: back, File: out, Lines: c.Lines}, nil
}

// fileFolder finds the code's folder of .md files: the folder above their
// language folder (…/81097/rus/sec001.md → …/81097), and their language:
// the language folder's, else the one the file's part_of: line names.
func fileFolder(paths []string, lang string, read func(string) ([]byte, error)) (folder, fileLang string, err error) {
	for _, p := range paths {
		if !strings.HasSuffix(p, ".md") {
			return "", "", fmt.Errorf("%s: not a .md file of kazakhstan-law/codes, nor a code's folder", p)
		}
		src, err := read(p)
		if err != nil {
			return "", "", err
		}
		dir := filepath.Dir(p)
		l, f := filepath.Base(dir), filepath.Dir(dir)
		if languages[l] == "" {
			l, f = "", "" // not in a language folder: no meta.yaml to look up
			if m := partOf.FindStringSubmatch(frontField(src, "part_of")); m != nil {
				l = m[1] // part_of: ../kaz.md
			}
		}
		if lang != "" && l != "" && l != lang {
			return "", "", fmt.Errorf("%s: a file of the %s text, but --lang is %s", p, l, lang)
		}
		if l == "" {
			l = lang
		}
		if fileLang != "" && l != "" && l != fileLang {
			return "", "", fmt.Errorf("%s: a file of the %s text among files of the %s text", p, l, fileLang)
		}
		if folder != "" && f != folder {
			return "", "", fmt.Errorf("%s: not in the folder of %s: the files of one import are of one code", p, paths[0])
		}
		if l != "" {
			fileLang = l
		}
		folder = f
	}
	if fileLang == "" {
		fileLang = "rus"
	}
	return folder, fileLang, nil
}

// folderMeta reads folder/meta.yaml; a folder without one (or no folder)
// gives nil.
func folderMeta(folder string) (*Meta, string, error) {
	if folder == "" {
		return nil, "", nil
	}
	file := filepath.Join(folder, "meta.yaml")
	if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) {
		return nil, "", nil
	}
	src, err := corpus.ReadOSFile(file)
	if err != nil {
		return nil, "", err
	}
	m, err := ReadMeta(file, src)
	return m, file, err
}

// tocLink is a row of the table of contents: | [`sec001`](rus/sec001.md) | ОБЩАЯ ЧАСТЬ |
var tocLink = regexp.MustCompile("^\\| \\[`[^`]*`\\]\\(([^)]*)\\) \\|")

// fileName is what a file of a code's text may be called.
var fileName = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*\.md$`)

// tocFiles lists the files of the table of contents in its order, and
// checks that the language folder holds those and no others.
func tocFiles(tocFile string, toc []byte, folder, lang string) ([]string, error) {
	var files []string
	listed := map[string]bool{}
	for i, l := range strings.Split(string(toc), "\n") {
		m := tocLink.FindStringSubmatch(strings.TrimRight(l, "\r"))
		if m == nil {
			continue
		}
		dir, name, ok := strings.Cut(m[1], "/")
		if !ok || dir != lang || !fileName.MatchString(name) {
			return nil, fmt.Errorf("%s:%d:1: %q is not a file of the %s/ folder", tocFile, i+1, m[1], lang)
		}
		if listed[name] {
			return nil, fmt.Errorf("%s:%d:1: %s is listed twice", tocFile, i+1, m[1])
		}
		listed[name] = true
		files = append(files, filepath.Join(folder, lang, name))
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s:1:1: no table of contents (rows | [`sec001`](%s/sec001.md) | … |)", tocFile, lang)
	}
	entries, err := os.ReadDir(filepath.Join(folder, lang))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", filepath.Join(folder, lang), err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".md") && !listed[e.Name()] {
			return nil, fmt.Errorf("%s: not in the table of contents %s: zan cannot tell where its text stands", filepath.Join(folder, lang, e.Name()), tocFile)
		}
	}
	return files, nil
}

// isTOC reports whether a file is a code's table of contents: its list of
// the text's files, rows "| [`sec001`](rus/sec001.md) | … |".
func isTOC(src []byte) bool {
	for _, l := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(l, "| [`") {
			return true
		}
	}
	return false
}

// tocPreamble reads the act's preamble from its table of contents: what
// stands before the list of the text's files (its "## Части документа"
// heading and table) — the act's title heading, its footnotes, «По всему
// тексту:» and the paragraphs after it, and a heading of the excluded
// table of contents («ОГЛАВЛЕНИЕ») with its footnote. The older layout's
// list of the text's headings is skipped: the files hold them.
func tocPreamble(c *converter, file string, toc []byte) {
	lines := strings.SplitAfter(string(toc), "\n")
	end := len(lines)
	for i, l := range lines {
		if strings.HasPrefix(l, "|") {
			end = i
			break
		}
	}
	for i := end - 1; i >= 0; i-- {
		if strings.HasPrefix(lines[i], "## ") {
			end = i
			break
		}
	}
	c.file(file, []byte(strings.Join(lines[:end], "")))
	c.flush()
}

// fileSource is the source: field of a file's front matter, "" if none.
func fileSource(src []byte) string { return frontField(src, "source") }

// frontField is a field of a file's front matter ("source", "part_of"),
// "" if none.
func frontField(src []byte, key string) string {
	meta, _, _, err := frontmatter.Split("", src)
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(string(meta), "\n") {
		if s, ok := strings.CutPrefix(l, key+": "); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// partOf reads the text a file is part of, from its part_of: field.
var partOf = regexp.MustCompile(`^\.\./(rus|kaz)\.md$`)

// folderID is a code's id from its folder's name: the date prefix and the
// act code go ("0703-ugolovnyi-kodeks-respubliki-kazakhstan-81097" →
// "ugolovnyi-kodeks-respubliki-kazakhstan").
var folderID = regexp.MustCompile(`^\d+-([a-z0-9-]+)-\d+$`)

// versionURL is the address a file's source: line gives its version by:
// «https://zan.gov.kz/client/#!/doc/81164/rus/30.12.2025».
var versionURL = regexp.MustCompile(`^https://zan\.gov\.kz/client/#!/doc/\d+/(?:rus|kaz)/(\d\d)\.(\d\d)\.(\d{4})$`)

// versionOf is the date of the version the files' source: lines name, when
// they name one and the same; zero otherwise.
func versionOf(sources []string) codes.Date {
	var v codes.Date
	for _, s := range sources {
		m := versionURL.FindStringSubmatch(s)
		if m == nil {
			return codes.Date{}
		}
		d, err := codes.ParseDate(m[3] + "-" + m[2] + "-" + m[1])
		if err != nil || !v.IsZero() && d != v {
			return codes.Date{}
		}
		v = d
	}
	return v
}

// codeMeta makes the front matter: flags, else meta.yaml, else an error
// naming what is missing.
func codeMeta(folder, lang string, meta *Meta, metaFile string, opt Options, files, sources []string) (codes.Meta, error) {
	m := codes.Meta{Kind: "code", Language: languages[lang], ID: opt.ID, Title: opt.Title, Number: opt.Number, Date: opt.Date, Edition: opt.Edition}
	var src []string
	if meta != nil {
		if m.Title == "" {
			m.Title = strings.TrimSpace(meta.Title[lang])
		}
		var err error
		if m.Date.IsZero() {
			if m.Date, err = date(metaFile, "approved_on", meta.ApprovedOn); err != nil {
				return m, err
			}
		}
		if m.Edition.IsZero() {
			if m.Edition, err = date(metaFile, "version_date", meta.VersionDate[lang]); err != nil {
				return m, err
			}
		}
		if m.Number == "" {
			m.Number = meta.Number()
		}
		if s := meta.Source[lang]; s != "" {
			sources = []string{s}
		}
	}
	if m.ID == "" && folder != "" {
		if s := folderID.FindStringSubmatch(filepath.Base(folder)); s != nil {
			m.ID = s[1]
		}
	}
	if m.Edition.IsZero() {
		m.Edition = versionOf(sources)
	}
	var missing []string
	for _, f := range []struct {
		flag    string
		missing bool
	}{{"--id", m.ID == ""}, {"--title", m.Title == ""}, {"--date", m.Date.IsZero()}, {"--edition", m.Edition.IsZero()}} {
		if f.missing {
			missing = append(missing, f.flag)
		}
	}
	if len(missing) > 0 {
		where := "no meta.yaml in the code's folder"
		if meta != nil {
			where = metaFile + " does not say"
		}
		return m, fmt.Errorf("%s: %s: give %s", files[0], where, strings.Join(missing, ", "))
	}
	if err := frontmatter.CheckSlug(files[0], "id", m.ID); err != nil {
		return m, err
	}
	if strings.ContainsAny(m.Title, "\n\r") {
		return m, fmt.Errorf("%s: title %q: one line wanted", files[0], m.Title)
	}
	if folder != "" {
		src = append(src, "kazakhstan-law/codes "+filepath.ToSlash(folder))
	} else {
		src = append(src, strings.Join(files, ", "))
	}
	src = append(src, sources...)
	m.Source = strings.Join(src, "; ") + " (imported by zan import)"
	return m, nil
}
