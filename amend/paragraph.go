package amend

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/zan-law/zan/codes"
)

// Unnumbered paragraphs (абзацы). A unit's paragraphs are counted from its
// head line on: its text's paragraphs, then its wrap-up's. «часть восьмую
// после абзаца второго дополнить абзацем третьим …» inserts a paragraph,
// «абзац второй изложить …» restates one, «абзац третий исключить»
// removes one, «в абзаце втором слова …» changes words in one.

// paragraphs of a unit, and how many of them are its text's.
func paragraphs(u *codes.Unit) ([]string, int) {
	var out []string
	if u.Text != "" || !u.Kind.Titled() {
		out = strings.Split(u.Text, "\n")
	}
	n := len(out)
	if u.WrapUp != "" {
		out = append(out, strings.Split(u.WrapUp, "\n")...)
	}
	return out, n
}

func setParagraphs(u *codes.Unit, paras []string, text int) {
	u.Text = strings.Join(paras[:text], "\n")
	u.WrapUp = strings.Join(paras[text:], "\n")
}

// paragraphOp carries out an operation on a paragraph of a unit.
func paragraphOp(d *codes.Doc, law *Law, op *Op, ch Change) (Change, error) {
	holder, last := op.Target[:len(op.Target)-1], op.Target[len(op.Target)-1]
	n, err := strconv.Atoi(last.Num)
	if err != nil || n < 1 {
		return ch, fmt.Errorf("paragraph %q: want a number", last.Num)
	}
	u, err := d.EditTree(holder)
	if err != nil {
		return ch, err
	}
	paras, text := paragraphs(u)
	i := n - 1
	newParagraph := op.Kind == Insert && op.Position == ""
	switch {
	case newParagraph && i > len(paras):
		return ch, fmt.Errorf("%s has %d paragraphs: a new paragraph %d would leave a gap", holder, len(paras), n)
	case !newParagraph && i >= len(paras):
		return ch, fmt.Errorf("%s has %d paragraphs, not %d", holder, len(paras), n)
	case i == 0 && !u.Kind.Titled() && (op.Kind == Repeal || newParagraph):
		return ch, fmt.Errorf("paragraph 1 of %s is its numbered first line: exclude or set out the %s instead", holder, u.Kind)
	}
	switch {
	case newParagraph:
		paras = append(paras[:i], append([]string{op.Text}, paras[i:]...)...)
		if i <= text && len(u.Children) == 0 || i < text {
			text++
		}
	case op.Kind == Restate:
		paras[i] = op.Text
	case op.Kind == Repeal:
		paras = append(paras[:i], paras[i+1:]...)
		if i < text {
			text--
		}
	default: // words inside the paragraph
		if paras[i], ch, err = wordsIn(paras[i], op, ch); err != nil {
			return ch, err
		}
	}
	setParagraphs(u, paras, text)
	return ch, nil
}

// wordsIn carries out a words instruction on one stretch of a unit's text
// (a paragraph, a sentence) and returns the stretch changed.
func wordsIn(text string, op *Op, ch Change) (string, Change, error) {
	p := &codes.Unit{Kind: codes.Article, Text: text}
	var err error
	if op.Kind == Insert {
		ch, err = insertWords(p, op, ch)
	} else {
		ch, err = replaceWords(p, op, ch)
	}
	return p.Text, ch, err
}
