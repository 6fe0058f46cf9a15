package amend

import (
	"go/token"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zan-law/zan/codes"
)

// tokKind is the kind of a token of a law's text.
type tokKind int

const (
	tWord    tokKind = iota // a word: letters, inner hyphens ("Уголовно-процессуальный")
	tNumber                 // 380-3, 2014, 252-VIII, 292-VІ
	tQuote                  // a quoted text, quotes stripped, possibly many lines
	tPunct                  // one character: . , ; : ( ) –
	tNewline                // a line break outside quotes
)

type tok struct {
	kind  tokKind
	text  string
	lower string // text lower-cased, for words: the grammar's tables are lower case
	off   int    // byte offset of the token (of its opening quote) in the source
	end   int    // byte offset just after the token (after the closing quote)
}

// tokenize splits src into tokens. An unclosed quote is reported as an
// error at its opening.
func tokenize(src string) ([]tok, *tokError) {
	toks := make([]tok, 0, len(src)/5) // legal text runs to about one token per five to six bytes
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == '\n':
			toks = append(toks, tok{kind: tNewline, text: "\n", off: i, end: i + 1})
			i++
		case unicode.IsSpace(r):
			i += size
		case codes.QuoteCloser(r) != 0:
			end, ok := quoteEnd(src, i)
			if !ok {
				return toks, &tokError{i, "quote " + string(r) + " is never closed"}
			}
			_, csize := utf8.DecodeLastRuneInString(src[:end])
			text := src[i+size : end-csize]
			if r == '«' {
				text = unnest(text)
			}
			text = quotedLines(text)
			toks = append(toks, tok{kind: tQuote, text: text, off: i, end: end})
			i = end
		case r >= '0' && r <= '9': // numbers are ASCII; other scripts' digits are punctuation here
			j := scanNumber(src, i)
			toks = append(toks, tok{kind: tNumber, text: src[i:j], off: i, end: j})
			i = j
		case unicode.IsLetter(r):
			j := scanWord(src, i)
			toks = append(toks, tok{kind: tWord, text: src[i:j], lower: fold(src[i:j]), off: i, end: j})
			i = j
		default:
			toks = append(toks, tok{kind: tPunct, text: src[i : i+size], off: i, end: i + size})
			i += size
		}
	}
	return toks, nil
}

// fold lower-cases the words of s for the word tables, reading the Latin
// "i" (U+0069) of a word with Cyrillic letters as the Kazakh «і» (U+0456):
// real Kazakh texts mix the two inside one word («шiлдедегi», «екiншi» on
// Adilet's page of Law No. 180-VI). Words of Latin letters only keep their "i".
func fold(s string) string { return kazakhLetters(strings.ToLower(s)) }

// kazakhLetters writes the Latin "i" and "I" of the words with Cyrillic
// letters as the Kazakh «і» and «І», keeping each letter's case. A word is
// a run of letters: "IT" in «IT-компания» keeps its Latin letters.
func kazakhLetters(s string) string {
	if !strings.ContainsAny(s, "iI") || !hasNonASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		j := i
		cyrillic := false
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			cyrillic = cyrillic || unicode.Is(unicode.Cyrillic, r)
			j += n
		}
		if cyrillic {
			b.WriteString(lookAlikes.Replace(s[i:j]))
		} else {
			b.WriteString(s[i:j])
		}
		if j < len(s) {
			_, n := utf8.DecodeRuneInString(s[j:])
			b.WriteString(s[j : j+n])
			j += n
		}
		i = j
	}
	return b.String()
}

// hasNonASCII reports whether s has a byte outside ASCII: a word of ASCII
// letters only has no Cyrillic letter to fold its "i" for.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

type tokError struct {
	off int
	msg string
}

// scanNumber reads 380, 380-3, 2-1, 252-VIII, 292-VІ (Cyrillic І too).
func scanNumber(src string, i int) int {
	j := digits(src, i)
	for j < len(src) && src[j] == '-' {
		k := digits(src, j+1)
		if k == j+1 {
			k = roman(src, j+1)
		}
		if k == j+1 {
			break
		}
		j = k
	}
	return j
}

func digits(src string, i int) int {
	for i < len(src) && src[i] >= '0' && src[i] <= '9' {
		i++
	}
	return i
}

func roman(src string, i int) int {
	for i < len(src) {
		r, size := utf8.DecodeRuneInString(src[i:])
		if !strings.ContainsRune("IVXLCІ", r) {
			break
		}
		i += size
	}
	return i
}

// scanWord reads a word: letters, with inner hyphens ("Уголовно-процессуальный").
func scanWord(src string, i int) int { return codes.WordEnd(src, i, isLetter) }

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// quoteEnd returns the offset just after the quote that closes the one
// opening at i. Typographic quotes nest by pairs. A straight quote " inside
// "…" closes when followed by a space, punctuation or the end
// ("380-2".;), and opens a nested quote otherwise ( "official" ).
func quoteEnd(src string, i int) (int, bool) {
	open, size := utf8.DecodeRuneInString(src[i:])
	stack := []rune{codes.QuoteCloser(open)}
	for j := i + size; j < len(src); {
		r, n := utf8.DecodeRuneInString(src[j:])
		j += n
		top := stack[len(stack)-1]
		switch {
		case open == '"' && r == '"':
			if closesStraight(src, j) {
				stack = stack[:len(stack)-1]
			} else {
				stack = append(stack, '"')
			}
		case open == '"':
		case r == top:
			stack = stack[:len(stack)-1]
		case codes.QuoteCloser(r) != 0:
			stack = append(stack, codes.QuoteCloser(r))
		}
		if len(stack) == 0 {
			return j, true
		}
	}
	return 0, false
}

// quotedLines normalises a quoted text of many lines as it comes from
// Adilet's pages: "\r", blank lines between paragraphs and the indentation
// (spaces, no-break spaces) before each are layout, not text; the code's
// plain text has one paragraph a line. A quote on one line is kept as it is.
func quotedLines(s string) string {
	if !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	for l := range strings.Lines(s) {
		l = strings.TrimFunc(l, unicode.IsSpace)
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}

// unnest turns the quotes nested inside «…» back into the code's own: a
// law quotes «… Законом «О прокуратуре».» as «… Законом „О прокуратуре“.»,
// but the code reads «О прокуратуре».
func unnest(s string) string {
	if !strings.ContainsRune(s, '„') {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '„':
			depth++
			r = '«'
		case r == '“' && depth > 0:
			depth--
			r = '»'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// closesStraight reports whether a straight quote ending at j closes: the
// next character is a space, punctuation or the end of the text.
func closesStraight(src string, j int) bool {
	if j >= len(src) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(src[j:])
	return unicode.IsSpace(r) || strings.ContainsRune(".,;:)!?»”–", r)
}

// positioner turns byte offsets of a source into file positions (columns
// count characters, not bytes, so Cyrillic text points where a reader looks).
type positioner struct {
	file      string
	src       string
	lineStart []int
	firstLine int // file line of src's first line
}

func newPositioner(file, src string, firstLine int) *positioner {
	p := &positioner{file: file, src: src, lineStart: []int{0}, firstLine: firstLine}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			p.lineStart = append(p.lineStart, i+1)
		}
	}
	return p
}

func (p *positioner) pos(off int) token.Position {
	line := 0
	for lo, hi := 0, len(p.lineStart); lo < hi; {
		m := (lo + hi) / 2
		if p.lineStart[m] <= off {
			line, lo = m, m+1
		} else {
			hi = m
		}
	}
	col := utf8.RuneCountInString(p.src[p.lineStart[line]:off]) + 1
	return token.Position{Filename: p.file, Offset: off, Line: p.firstLine + line, Column: col}
}
