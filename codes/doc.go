// Package codes owns the structured text of an act (a code of the Republic of
// Kazakhstan): the unit tree (parts of the code, sections, chapters,
// articles, parts, points, subpoints, notes, footnotes), its parsing from
// Adilet plain text, canonical addresses and anchors (one per unit: two
// lists of points numbered alike in one part are told apart by a list step,
// lists.go), and rendering back to text and JSON.
//
// Parse and Render round-trip byte for byte on normalised text (see
// Normalise): lines the parser does not recognise are kept as text of the
// enclosing unit, never dropped. An indented line continues the innermost
// open unit and never opens one: a block a unit quotes (a final provision
// restating a whole article) stays text of that unit, and a point's further
// paragraphs stay in the point. Heads are read in English, Russian and
// Kazakh ("249-бап. …").
//
// Editions share units: an edit (edit.go) copies the units it changes and
// the units above them, so the doc it was cloned from never changes, and a
// doc changes its own copies in place until it is frozen. Articles and the
// units above them are found through an index kept across edits (index.go),
// checked on every use. Spans cuts a text at its head lines, for
// a diff that parses only the articles that differ. Notes on changes to
// come ("IZPI's note!") read back as such notes, never as text. The words
// zan's pages add to an act (words.go) are one table per language.
//
// codes knows nothing of amending laws; package amend edits a Doc through the
// functions in edit.go.
package codes
