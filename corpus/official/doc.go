// Package official reads the official consolidated editions of Kazakh codes
// as the public repository kazakhstan-law/codes keeps them — a code's
// folder (02-codes/2014/0703-ugolovnyi-kodeks-…-81097) holding meta.yaml,
// the table of contents rus.md/kaz.md and the text cut into section and
// chapter files rus/secNNN-chNNN.md, kaz/… — and turns them into zan code
// files (front matter and Adilet plain text).
//
// Only markup changes; the words are copied byte for byte. Headings, list
// markers, indentation, anchors and links go; footnotes (> *Сноска. …*)
// move up to follow the heading of the unit they belong to, as Adilet
// shows them; a point's further paragraphs and the blocks a point quotes
// (a final provision restating a whole article) are written indented, so
// that package codes reads them as text of that point (codes.ParseText),
// but a part's head line indented below a point is the article's next part
// when no quotation is open (parts.go). The act's title heading and the
// lines before it are its preamble, in the table of contents or at the
// head of the first file; without one, the code file starts with the title
// line from the options or meta.yaml. A line the reader cannot place is an
// error with file:line:col, never dropped.
//
// It owns the reading of that repository's format, not the code model
// (package codes) nor the comparison of editions (codes/diff).
package official
