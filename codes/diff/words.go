package diff

import (
	"github.com/zan-law/zan/codes"
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Words compares two texts word by word. The texts are cut into tokens —
// words and numbers ("380-3", "Уголовно-процессуальный"), runs of spaces,
// single punctuation marks — each token stands for one rune, go-diff
// compares the runes, and the result is cleaned up for people (semantic
// cleanup) and mapped back to tokens. Equal and deleted words give the
// old text; equal and inserted words give the new one.
//
// go-diff's time grows with the square of the changed stretch (the tokens
// left once the texts' common start and end are set aside): 35 s for a
// part of 20,000 words rewritten whole. A stretch within wordBudget is
// compared word by word, exactly; a longer one is compared sentence by
// sentence, or line by line, and the sentences or lines that differ are
// compared word by word while the budget lasts, and shown replaced whole
// after that. The result is coarser, never wrong: its pieces still make the
// two texts.
func Words(old, new string) []Word {
	c := comparer{budget: wordBudget}
	ws := c.compare(old, new, byLine)
	if !makes(ws, old, new) { // never expected: a safety net for the exact legal text
		return replaced(old, new)
	}
	return ws
}

// wordBudget bounds the work of one call of Words, counted as the square
// of each changed stretch handed to go-diff (in tokens, both texts
// together): a changed stretch of up to 8,000 tokens (about 2,000 words on
// each side) is compared word by word; on a 2020s server that takes at most
// a few hundred milliseconds.
const wordBudget = 8000 * 8000

// A level is the size of the tokens texts are compared by.
type level int

const (
	byWord level = iota
	bySentence
	byLine
)

// cutters cut a text into the tokens of each level; the tokens of a text
// always concatenate to the text.
var cutters = [...]func(string) iter.Seq[string]{byWord: tokens, bySentence: sentences, byLine: lines}

// comparer compares texts within a budget of work.
type comparer struct{ budget int }

// compare compares a and b by the finest level up to top whose changed
// stretch fits the remaining budget, and refines what differs at a coarse
// level by the finer ones; with no level left, b replaces a whole.
func (c *comparer) compare(a, b string, top level) []Word {
	for lv := byWord; lv <= top; lv++ {
		e := encoding{dict: make(map[string]rune, len(a)/8)}
		ra, rb := e.encode(cutters[lv](a), len(a)), e.encode(cutters[lv](b), len(b))
		if len(e.size) > maxTokens {
			continue // more distinct tokens than runes
		}
		n := changedTokens(ra, rb)
		if n*n > c.budget {
			continue
		}
		ws, ok := e.diff(a, b, ra, rb, lv == byWord)
		if !ok {
			continue
		}
		c.budget -= n * n
		if lv == byWord {
			return ws
		}
		return c.refine(ws, lv-1)
	}
	return replaced(a, b)
}

// refine compares each run of deleted and inserted text between equal
// pieces by the levels up to top.
func (c *comparer) refine(ws []Word, top level) []Word {
	var out []Word
	var del, ins strings.Builder
	flush := func() {
		switch {
		case del.Len() > 0 && ins.Len() > 0:
			out = appendWords(out, c.compare(del.String(), ins.String(), top)...)
		case del.Len() > 0:
			out = appendWords(out, Word{Op: "delete", Text: del.String()})
		case ins.Len() > 0:
			out = appendWords(out, Word{Op: "insert", Text: ins.String()})
		}
		del.Reset()
		ins.Reset()
	}
	for _, w := range ws {
		switch w.Op {
		case "delete":
			del.WriteString(w.Text)
		case "insert":
			ins.WriteString(w.Text)
		default:
			flush()
			out = appendWords(out, w)
		}
	}
	flush()
	return out
}

// appendWords appends words, joining a word to the last one when they have
// the same op.
func appendWords(out []Word, ws ...Word) []Word {
	for _, w := range ws {
		if w.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Op == w.Op {
			out[n-1].Text += w.Text
			continue
		}
		out = append(out, w)
	}
	return out
}

// replaced is b replacing a whole.
func replaced(a, b string) []Word {
	return appendWords(nil, Word{Op: "delete", Text: a}, Word{Op: "insert", Text: b})
}

// changedTokens counts the tokens of a and b left once their common start
// and end are set aside.
func changedTokens(a, b []rune) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	j := 0
	for j < len(a)-i && j < len(b)-i && a[len(a)-1-j] == b[len(b)-1-j] {
		j++
	}
	return len(a) + len(b) - 2*(i+j)
}

// maxTokens is the number of distinct tokens runes can stand for.
var maxTokens = tokenIndex(utf8.MaxRune) + 1

// encoding gives each distinct token of the texts compared a rune of its
// own, for go-diff, which compares runes.
type encoding struct {
	dict map[string]rune
	size []int // the byte length of the token each rune stands for, by tokenIndex
}

// encode returns the runes standing for toks; n is the length of their
// text, for the capacity.
func (e *encoding) encode(toks iter.Seq[string], n int) []rune {
	out := make([]rune, 0, n/4+1)
	for t := range toks {
		r, ok := e.dict[t]
		if !ok {
			r = tokenRune(len(e.size))
			e.dict[t] = r
			e.size = append(e.size, len(t))
		}
		out = append(out, r)
	}
	return out
}

// diff compares the texts a and b, encoded as ra and rb, with go-diff;
// cleanup asks for its semantic cleanup. The words are cut from a and b
// (equal and deleted ones from a, inserted ones from b), so they are
// always the texts' own bytes. It reports false if go-diff gives back a
// rune that stands for no token, or more text than a or b has.
func (e *encoding) diff(a, b string, ra, rb []rune, cleanup bool) ([]Word, bool) {
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // exact: the budget bounds the time, deterministically
	diffs := dmp.DiffMainRunes(ra, rb, false)
	if cleanup {
		diffs = dmp.DiffCleanupSemantic(diffs)
	}
	var out []Word
	for _, d := range diffs {
		n := 0
		for _, r := range d.Text {
			i := tokenIndex(r)
			if i < 0 || i >= len(e.size) {
				return nil, false
			}
			n += e.size[i]
		}
		var w Word
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			if n > len(b) {
				return nil, false
			}
			w, b = Word{Op: "insert", Text: b[:n]}, b[n:]
		case diffmatchpatch.DiffDelete:
			if n > len(a) {
				return nil, false
			}
			w, a = Word{Op: "delete", Text: a[:n]}, a[n:]
		default:
			if n > len(a) || n > len(b) {
				return nil, false
			}
			w, a, b = Word{Op: "equal", Text: a[:n]}, a[n:], b[n:]
		}
		out = appendWords(out, w)
	}
	return out, true
}

// makes reports whether equal and deleted words make old, and equal and
// inserted words make new.
func makes(ws []Word, old, new string) bool {
	o, n := old, new
	for _, w := range ws {
		var ok bool
		switch w.Op {
		case "equal":
			if o, ok = strings.CutPrefix(o, w.Text); ok {
				n, ok = strings.CutPrefix(n, w.Text)
			}
		case "delete":
			o, ok = strings.CutPrefix(o, w.Text)
		case "insert":
			n, ok = strings.CutPrefix(n, w.Text)
		}
		if !ok {
			return false
		}
	}
	return o == "" && n == ""
}

// tokenRune is the rune standing for the i-th distinct token; the
// surrogate range, which does not survive go-diff's strings, is skipped.
func tokenRune(i int) rune {
	if i >= 0xD800 {
		i += 0x800
	}
	return rune(i)
}

func tokenIndex(r rune) int {
	if r >= 0xE000 {
		return int(r) - 0x800
	}
	return int(r)
}

// tokens cuts text into words (letters and digits, with inner hyphens:
// "380-3", "anti-terrorist"), runs of white space, and single other
// characters.
func tokens(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(s); {
			r, size := decodeRune(s[i:])
			j := i + size
			switch {
			case isWord(r):
				j = codes.WordEnd(s, i, isWord)
			case isSpace(r):
				for j < len(s) {
					r, size := decodeRune(s[j:])
					if !isSpace(r) {
						break
					}
					j += size
				}
			}
			if !yield(s[i:j]) {
				return
			}
			i = j
		}
	}
}

// sentences cuts text into sentences, each with the spaces after it: one
// ends at ".", ";", "!" or "?" before a space, and at a line end. (An
// abbreviation may end one too: the pieces need to be stable, not
// grammatical.)
func sentences(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := 0
		for i := 0; i < len(s); i++ {
			end := 0
			switch s[i] {
			case '\n':
				end = i + 1
			case '.', ';', '!', '?':
				j := i + 1
				for j < len(s) && s[j] == ' ' {
					j++
				}
				if j > i+1 {
					end = j
				}
			}
			if end > 0 {
				if !yield(s[start:end]) {
					return
				}
				start, i = end, end-1
			}
		}
		if start < len(s) {
			yield(s[start:])
		}
	}
}

// lines cuts text into lines, each with its "\n".
func lines(s string) iter.Seq[string] {
	return strings.Lines(s)
}

// decodeRune is utf8.DecodeRuneInString, quicker on ASCII.
func decodeRune(s string) (rune, int) {
	if s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	return unicode.IsSpace(r)
}
