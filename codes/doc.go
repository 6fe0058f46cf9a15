// Package codes owns the structured text of an act (a code of the Republic of
// Kazakhstan): the unit tree (parts of the code, sections, chapters,
// articles, parts, points, subpoints, notes, footnotes), its parsing from
// Adilet plain text, canonical addresses and anchors, and rendering back to
// text and JSON.
//
// Parse and Render round-trip byte for byte on normalised text (see
// Normalise): lines the parser does not recognise are kept as text of the
// enclosing unit, never dropped.
//
// codes knows nothing of amending laws; package amend edits a Doc through the
// functions in edit.go.
package codes
