package amend

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zan-law/zan/codes"
)

// Sentences (предложения) of a unit's text: «в предложении первом части
// второй статьи 14 слова «…» исключить», "in the second sentence of part
// 2". A sentence ends at ".", ";", "!" or "?" followed by a space and a
// capital letter, or at the end of the text; a full stop after an
// abbreviation of the law's language («ст.», «т.е.», "Art.") or after an
// initial («К. Токаев») never ends one, and "1.5" has no space after its
// point. An operation on a sentence acts inside it only.

// span is a sentence's place in a text: s[start:end], its closing mark
// included, the space after it not.
type span struct{ start, end int }

// sentences cuts a one-paragraph text into its sentences.
func sentences(s string, abbreviations wordSet) []span {
	var out []span
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !strings.ContainsRune(".;!?", r) || i >= len(s) || s[i] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+1:])
		if !unicode.IsUpper(next) || r == '.' && abbreviated(s[:i-size], abbreviations) {
			continue
		}
		out = append(out, span{start, i})
		start = i + 1
	}
	if start < len(s) {
		out = append(out, span{start, len(s)})
	}
	return out
}

// abbreviated reports whether the text before a full stop ends with an
// abbreviation or an initial: «ст», «т.е», "Art", «К».
func abbreviated(before string, abbreviations wordSet) bool {
	from := strings.LastIndexAny(before, " («\"") + 1
	w := before[from:]
	if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
		return true // an initial: «К. Токаев»
	}
	return abbreviations[strings.ToLower(w)]
}

// isSentence reports whether the address ends in a sentence.
func isSentence(a codes.Address) bool {
	return len(a) > 0 && a[len(a)-1].Kind == codes.Sentence
}

// sentenceOp carries out an operation on a sentence of a unit's text: words
// changed inside it, the sentence set out anew or excluded, or a new
// sentence added at its place.
func sentenceOp(d *codes.Doc, lx *lexicon, op *Op, ch Change) (Change, error) {
	holder, last := op.Target[:len(op.Target)-1], op.Target[len(op.Target)-1]
	n, err := strconv.Atoi(last.Num)
	if err != nil || n < 1 {
		return ch, fmt.Errorf("sentence %q: want a number", last.Num)
	}
	if isParagraph(holder) {
		return ch, fmt.Errorf("%s: sentences of a paragraph are not read; name the sentence of the unit", op.Target)
	}
	u, err := d.EditTree(holder)
	if err != nil {
		return ch, err
	}
	switch {
	case u.Text == "":
		return ch, fmt.Errorf("%s has no text of its own to count sentences in", holder)
	case strings.Contains(u.Text, "\n") || u.WrapUp != "":
		return ch, fmt.Errorf("%s has several paragraphs: which paragraph's sentence %d? (name the paragraph)", holder, n)
	}
	spans := sentences(u.Text, lx.abbreviations)
	newSentence := op.Kind == Insert && op.Position == ""
	switch {
	case newSentence && n > len(spans)+1:
		return ch, fmt.Errorf("%s has %d sentences: a new sentence %d would leave a gap", holder, len(spans), n)
	case !newSentence && n > len(spans):
		return ch, fmt.Errorf("%s has %d sentences, not %d", holder, len(spans), n)
	}
	s := u.Text
	switch {
	case newSentence && n == len(spans)+1:
		u.Text = s + " " + op.Text
	case newSentence:
		u.Text = s[:spans[n-1].start] + op.Text + " " + s[spans[n-1].start:]
	case op.Kind == Restate:
		sp := spans[n-1]
		u.Text = s[:sp.start] + op.Text + s[sp.end:]
	case op.Kind == Repeal:
		sp := spans[n-1]
		if sp.end < len(s) {
			u.Text = s[:sp.start] + s[sp.end+1:]
		} else {
			u.Text = strings.TrimSuffix(s[:sp.start], " ")
		}
		if u.Text == "" {
			return ch, fmt.Errorf("%s has one sentence: exclude the %s instead", holder, u.Kind)
		}
	default: // words inside the sentence
		sp := spans[n-1]
		var text string
		if text, ch, err = wordsIn(s[sp.start:sp.end], op, ch); err != nil {
			return ch, err
		}
		u.Text = s[:sp.start] + text + s[sp.end:]
	}
	return ch, nil
}
