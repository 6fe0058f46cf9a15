package diff

import (
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
func Words(old, new string) []Word {
	a, b := tokens(old), tokens(new)
	dict := map[string]rune{}
	var back []string
	encode := func(toks []string) []rune {
		out := make([]rune, len(toks))
		for i, t := range toks {
			r, ok := dict[t]
			if !ok {
				r = tokenRune(len(back))
				dict[t] = r
				back = append(back, t)
			}
			out[i] = r
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // exact, however long the unit
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))
	var out []Word
	for _, d := range diffs {
		var text strings.Builder
		for _, r := range d.Text {
			text.WriteString(back[tokenIndex(r)])
		}
		op := "equal"
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			op = "insert"
		case diffmatchpatch.DiffDelete:
			op = "delete"
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += text.String()
			continue
		}
		out = append(out, Word{Op: op, Text: text.String()})
	}
	return out
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
func tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		j := i + size
		switch {
		case isWord(r):
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if isWord(r) {
					j += size
					continue
				}
				if r == '-' && j+1 < len(s) {
					if n, _ := utf8.DecodeRuneInString(s[j+1:]); isWord(n) {
						j += size
						continue
					}
				}
				break
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r) {
					break
				}
				j += size
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
