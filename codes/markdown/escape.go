package markdown

import "strings"

// inlineSyntax are the characters that open or close inline Markdown in
// CommonMark and in the extensions codes/html turns on (GFM, footnotes,
// heading attributes): emphasis (* _), strikethrough (~), code spans (`),
// links, images, footnote references and task boxes ([ ]), raw HTML and
// autolinks (< >), entities (&), heading ids ({#id}), closing heading
// sequences (#), table cells (|) and escapes themselves (\). Each is written
// with a backslash, which CommonMark reads as the character itself.
const inlineSyntax = "\\`*_~[]<>&{}#|"

// Escape escapes the inline syntax in s, so legal text stays text in
// Markdown ("*", "_", "[", "<" and the rest are written with a backslash).
func Escape(s string) string { return escapeInline(s) }

// EscapeLineStart escapes what would open a list at the start of a line of
// already escaped text: "1. The threat" → "1\. The threat", "- a dash" →
// "\- a dash". Leading white space is dropped.
func EscapeLineStart(s string) string {
	s = strings.TrimLeft(s, " \t")
	if s == "" {
		return s
	}
	if s[0] == '-' || s[0] == '+' {
		return `\` + s
	}
	// An ordered list marker is one to nine digits and "." or ")".
	digits := 0
	for digits < len(s) && digits < 10 && '0' <= s[digits] && s[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits <= 9 && digits < len(s) && (s[digits] == '.' || s[digits] == ')') {
		return s[:digits] + `\` + s[digits:]
	}
	return s
}

// escapeInline escapes the inline syntax in s.
func escapeInline(s string) string {
	if !strings.ContainsAny(s, inlineSyntax) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(inlineSyntax, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// escapeParagraph escapes s as the start of a Markdown block: besides the
// inline syntax, what would open a block at the start of a line. The
// leading white space is dropped (four spaces open a code block; HTML shows
// none of it), and a list marker keeps its place as text:
//
//  1. The threat …   →  1\. The threat …     (not an ordered list)
//  4. repeatedly;    →  4\) repeatedly;
//     - a dash          →  \- a dash            (not a bullet list)
//
// Headings (#), block quotes (>), fences (` ~) and thematic breaks (* _)
// start with characters escapeInline escapes anyway.
func escapeParagraph(s string) string {
	return EscapeLineStart(escapeInline(strings.TrimLeft(s, " \t")))
}
