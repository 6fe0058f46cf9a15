package diff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/markdown"
)

// Options shape the written diff.
type Options struct {
	Language string // "ru" gives Russian headings in the comparative table
	Title    string // the page title of HTML output
	// Link is prefixed to "#anchor" in links to each unit: the edition page
	// holding the anchors ("../criminal-code/2026-03-07.html"); "" links
	// within the page.
	Link  string
	Color bool // terminal output with colours (on a TTY)
}

// unitJSON is the JSON form of a unit's difference.
type unitJSON struct {
	Address string `json:"address"`
	From    string `json:"from,omitempty"`
	Change  Kind   `json:"change"`
	Old     string `json:"old"`
	New     string `json:"new"`
	Words   []Word `json:"words"`
}

// JSON writes [{"address","change","old","new","words":[{"op","text"}]}]
// ("from" for a moved unit). For a unit added or removed whole, words hold
// the one insertion or deletion, so equal and deleted words always make
// "old" and equal and inserted words "new".
func JSON(units []Unit) ([]byte, error) {
	out := make([]unitJSON, 0, len(units))
	for _, u := range units {
		j := unitJSON{Address: u.Address.String(), Change: u.Change, Old: u.Old, New: u.New, Words: words(u)}
		if u.From != nil {
			j.From = u.From.String()
		}
		out = append(out, j)
	}
	b, err := json.MarshalIndent(out, "", "  ")
	return append(b, '\n'), err
}

// words is the unit's word diff, whole insertions and deletions included.
func words(u Unit) []Word {
	switch {
	case u.Words != nil:
		return u.Words
	case u.Old == u.New:
		return []Word{{Op: "equal", Text: u.New}}
	case u.Change == Added:
		return []Word{{Op: "insert", Text: u.New}}
	case u.Change == Removed:
		return []Word{{Op: "delete", Text: u.Old}}
	}
	return Words(u.Old, u.New)
}

// describe is the unit's heading line in text and Markdown: its address,
// what happened, and the article it belongs to.
func describe(u Unit) string {
	s := u.Address.String() + " " + string(u.Change)
	if u.From != nil {
		s += " from " + u.From.String()
	}
	if u.Article != "" && u.Address[len(u.Address)-1].Kind != codes.Article {
		s += " (" + u.Article + ")"
	}
	return s
}

// heading is the unit's heading line on pages (Markdown, HTML): the unit
// as a reader names it, in the edition's language, what happened to it,
// and the article it belongs to: «Статья 187, часть 2 — изменено (Статья
// 187. Подследственность)».
func (opt Options) heading(u Unit) string {
	w := codes.WordsFor(opt.Language)
	what := map[Kind]string{Added: w.Added, Removed: w.Removed, Changed: w.Changed}[u.Change]
	if u.Change == Moved {
		what = fmt.Sprintf(w.MovedFrom, w.Name(u.From))
	}
	s := w.Name(u.Address) + " — " + what
	if u.Article != "" && u.Address[len(u.Address)-1].Kind != codes.Article {
		s += " (" + u.Article + ")"
	}
	return s
}

// ANSI colours for the terminal redline.
const (
	red   = "\x1b[31m"
	green = "\x1b[32m"
	bold  = "\x1b[1m"
	reset = "\x1b[0m"
)

// Text writes the terminal redline: each unit with its address and
// article, then its words with deletions as [-old-] and insertions as
// {+new+} (in colour on a terminal).
func Text(w io.Writer, units []Unit, opt Options) error {
	for i, u := range units {
		if i > 0 {
			fmt.Fprintln(w)
		}
		head := describe(u)
		if opt.Color {
			head = bold + head + reset
		}
		fmt.Fprintln(w, head)
		var b strings.Builder
		for _, wd := range words(u) {
			switch {
			case wd.Op == "equal":
				b.WriteString(wd.Text)
			case opt.Color && wd.Op == "delete":
				b.WriteString(red + "[-" + wd.Text + "-]" + reset)
			case opt.Color:
				b.WriteString(green + "{+" + wd.Text + "+}" + reset)
			case wd.Op == "delete":
				b.WriteString("[-" + wd.Text + "-]")
			default:
				b.WriteString("{+" + wd.Text + "+}")
			}
		}
		if _, err := fmt.Fprintln(w, b.String()); err != nil {
			return err
		}
	}
	return nil
}

// anchor is the link to the unit in its edition.
func (opt Options) anchor(u Unit) string {
	return opt.Link + "#" + u.Address.Anchor()
}

// Markdown writes the redline as Markdown: a heading per unit linked to its
// anchor, and its words with <del>/<ins>, the legal text escaped so that it
// stays text (a part's "1. …" is not a list) and its lines kept as lines.
func Markdown(units []Unit, opt Options) []byte {
	var b strings.Builder
	if opt.Title != "" {
		fmt.Fprintf(&b, "# %s\n\n", markdown.Escape(opt.Title))
	}
	for _, u := range units {
		var r strings.Builder
		for _, wd := range words(u) {
			text := markdown.Escape(wd.Text)
			switch wd.Op {
			case "delete":
				text = "<del>" + text + "</del>"
			case "insert":
				text = "<ins>" + text + "</ins>"
			}
			r.WriteString(text)
		}
		lines := strings.Split(r.String(), "\n")
		for i, l := range lines {
			lines[i] = markdown.EscapeLineStart(l)
		}
		fmt.Fprintf(&b, "### [%s](%s)\n\n%s\n\n", markdown.Escape(opt.heading(u)), opt.anchor(u), strings.Join(lines, "\\\n"))
	}
	return []byte(b.String())
}

// Table writes the comparative table (сравнительная таблица): the unit, its
// current and its new wording, changed words in bold, changed units only.
// Markdown, or an HTML page when asHTML. Its headings are in the edition's
// language.
func Table(units []Unit, opt Options, asHTML bool) ([]byte, error) {
	if asHTML {
		return tableHTML(units, opt)
	}
	w := codes.WordsFor(opt.Language)
	var b strings.Builder
	fmt.Fprintf(&b, "| %s | %s | %s |\n|---|---|---|\n", w.TableUnit, w.TableCurrent, w.TableProposed)
	for _, u := range units {
		r := row(u, w)
		fmt.Fprintf(&b, "| [%s](%s) | %s | %s |\n", markdown.Escape(r.Name), opt.anchor(u), markdownCell(r.Current), markdownCell(r.Proposed))
	}
	return []byte(b.String()), nil
}

// markdownCell writes a cell of the Markdown table: its text escaped, its
// lines joined by <br>, changed words in bold: "**…**" where CommonMark
// reads it as bold, <b>…</b> where it would not (a run that starts or ends
// with punctuation against a letter: «статья 5**,** и» shows its stars).
func markdownCell(segs []segment) string {
	var b strings.Builder
	for i, s := range segs {
		text := strings.ReplaceAll(markdown.Escape(s.Text), "\n", "<br>")
		if s.Bold {
			var before, after rune = ' ', ' '
			if i > 0 && segs[i-1].Text != "" {
				before, _ = utf8.DecodeLastRuneInString(segs[i-1].Text)
			}
			if i+1 < len(segs) && segs[i+1].Text != "" {
				after, _ = utf8.DecodeRuneInString(segs[i+1].Text)
			}
			first, _ := utf8.DecodeRuneInString(s.Text)
			last, _ := utf8.DecodeLastRuneInString(s.Text)
			if flanks(before, first) && flanks(after, last) {
				text = "**" + text + "**"
			} else {
				text = "<b>" + text + "</b>"
			}
		}
		b.WriteString(text)
	}
	return b.String()
}

// flanks reports whether "**" between outside and inside (the characters
// beside it out and in the bold run) opens or closes emphasis in
// CommonMark: punctuation inside needs space or punctuation outside.
func flanks(outside, inside rune) bool {
	return !unicode.IsPunct(inside) && !unicode.IsSymbol(inside) || unicode.IsSpace(outside) ||
		unicode.IsPunct(outside) || unicode.IsSymbol(outside)
}

// unitName names the unit in the table's first column as a reader does
// and, for a unit inside an article, gives the article's heading line.
func unitName(u Unit, w codes.PageWords) string {
	if u.Article != "" && u.Address[len(u.Address)-1].Kind != codes.Article {
		return w.Name(u.Address) + " — " + u.Article
	}
	return w.Name(u.Address)
}
