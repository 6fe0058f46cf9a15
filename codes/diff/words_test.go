package diff

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// longPart is the text of a part of n words in sentences of 5 to 24
// words, made from seed: "1. Word word … word. Word …".
func longPart(seed uint64, n int) string {
	r := rand.New(rand.NewPCG(seed, 1))
	vocabulary := strings.Fields("the act committed by a person against an official of a state body in the course of his duties " +
		"shall be punishable by fine correctional labour restriction imprisonment for term up to five years with deprivation right hold positions")
	var b strings.Builder
	b.WriteString("1. ")
	for words := 0; words < n; {
		length := 5 + r.IntN(20)
		for i := 0; i < length && words < n; i++ {
			w := vocabulary[r.IntN(len(vocabulary))]
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(w)
			words++
		}
		b.WriteString(". ")
	}
	return strings.TrimSuffix(b.String(), " ")
}

// wordsMake returns the old and new texts the words make: equal and
// deleted words, equal and inserted ones.
func wordsMake(ws []Word) (old, new string) {
	var o, n strings.Builder
	for _, w := range ws {
		if w.Op != "insert" {
			o.WriteString(w.Text)
		}
		if w.Op != "delete" {
			n.WriteString(w.Text)
		}
	}
	return o.String(), n.String()
}

// A part of 20,000 words rewritten whole is past the word-by-word budget:
// it is compared by sentences, and its words still make both texts, byte
// for byte.
func TestWordsRewrittenPartMakeTheTexts(t *testing.T) {
	old, new := longPart(1, 20000), longPart(2, 20000)
	got, want := wordsMake(Words(old, new))
	if got != old {
		t.Errorf("equal and deleted words do not make the old text (%d bytes, want %d)", len(got), len(old))
	}
	if want != new {
		t.Errorf("equal and inserted words do not make the new text (%d bytes, want %d)", len(want), len(new))
	}
}

// A long part with a few sentences changed here and there is past the
// budget too: its unchanged sentences stay equal, the changed ones are
// compared word by word.
func TestWordsLongPartKeepsUnchangedSentences(t *testing.T) {
	old := longPart(3, 20000)
	sents := slices.Collect(sentences(old))
	for i := 7; i < len(sents); i += 50 {
		sents[i] = strings.Replace(sents[i], " ", " not ", 1)
	}
	new := strings.Join(sents, "")
	ws := Words(old, new)
	if o, n := wordsMake(ws); o != old || n != new {
		t.Fatal("the words do not make the texts")
	}
	for _, w := range ws {
		if w.Op == "delete" {
			t.Errorf("deleted %q; want only insertions", w.Text)
		}
		if w.Op == "insert" && w.Text != "not " {
			t.Errorf("inserted %q; want %q", w.Text, "not ")
		}
	}
}

// Units within the budget are compared word by word, however long the
// units: a word changed at each end of a part of 20,000 words.
func TestWordsLongPartSmallChangeIsWordByWord(t *testing.T) {
	old := longPart(4, 20000)
	new := "2" + old[1:len(old)-1] + "!"
	ws := Words(old, new)
	var changes []string
	for _, w := range ws {
		if w.Op != "equal" {
			changes = append(changes, w.Op+" "+w.Text)
		}
	}
	if strings.Join(changes, "|") != "delete 1|insert 2|delete .|insert !" {
		t.Errorf("changes %q", changes)
	}
}

// BenchmarkWordsRewrittenPart compares a part of 20,000 words with its
// rewritten version (35 s word by word, before the budget).
func BenchmarkWordsRewrittenPart(b *testing.B) {
	old, new := longPart(1, 20000), longPart(2, 20000)
	b.SetBytes(int64(len(old) + len(new)))
	for b.Loop() {
		Words(old, new)
	}
}

// BenchmarkWordsLongPartEdited compares a part of 20,000 words with one
// sentence in fifty edited.
func BenchmarkWordsLongPartEdited(b *testing.B) {
	old := longPart(3, 20000)
	sents := slices.Collect(sentences(old))
	for i := 7; i < len(sents); i += 50 {
		sents[i] = strings.Replace(sents[i], " ", " not ", 1)
	}
	new := strings.Join(sents, "")
	b.SetBytes(int64(len(old) + len(new)))
	for b.Loop() {
		Words(old, new)
	}
}

// The ASCII shortcuts of tokens agree with the unicode tables.
func TestTokenClassesOnASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		if isWord(r) != (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) || isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("%q: isWord %v, isSpace %v", r, isWord(r), isSpace(r))
		}
	}
}

// The cutters' pieces make the text, at every level.
func TestCuttersMakeTheText(t *testing.T) {
	for _, text := range []string{"", "a", "1. The act. Is punishable; by a fine!\n2) x?  y\n\nend.", longPart(5, 300), "Статья 380-3. Угроза. – Наказывается\n"} {
		for lv, cut := range cutters {
			if got := strings.Join(slices.Collect(cut(text)), ""); got != text {
				t.Errorf("level %d cuts %q into pieces making %q", lv, text, got)
			}
			for piece := range cut(text) {
				if piece == "" {
					t.Errorf("level %d cuts an empty piece from %q", lv, text)
				}
			}
		}
	}
}
