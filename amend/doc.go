// Package amend reads amending laws and applies them to codes.
//
// Reading. A law file (front matter + the law's text as published) is read
// with the word table of its front matter's language, and only with it:
// lexicon.go defines the table (unit nouns in their cases, ordinals and
// cardinals, verbs, content intros, positions, fillers, months, law
// headings, entry-into-force words, language remarks, footnote, placeholder
// and pending-note wordings) and the registry; lang_en.go, lang_ru.go and
// lang_kk.go fill it for Adilet's English, the Russian original and the
// Kazakh one. A language without a table is an error at Parse. Adding a
// language is a table and goldens; no code branches on a language. Where
// languages order their words differently, the table says which forms the
// language has: units after their number («380-3-баппен»), quoted words
// named after them («"X" деген сөздер»), anchors before a post-position
// («… кейін»), dates year first, acts named after their date, exceptions
// before their word («… қоспағанда»).
//
//   - token.go splits the text into tokens: words, numbers (380-3),
//     quoted texts (many lines, nested quotes), punctuation, line breaks.
//   - parse.go reads the law's structure line by line: title, heading,
//     articles, target acts ("1. To the Criminal Code … dated …:"), the
//     entry-into-force article, and the signature and page furniture after
//     it (ignored, and reported as such).
//   - items.go keeps the numbered items ("1)", "а)") and the contexts they
//     set for the items under them ("in Article 187:").
//   - instruction.go reads one instruction by recursive descent, a reader
//     per production (verb, anchor, quoted words, unit reference …), into
//     clauses; operation.go turns each clause into its Ops: one per pair
//     of a words list, per unit of a plural mention, for a heading named
//     with a unit; then each through a table of verb builders.
//   - inforce.go reads the entry-into-force article (terms, exceptions and
//     the law's own provisions they name) and computes the dates: Law.Date,
//     Law.OpDate, Law.Explain.
//
// The result is a Law: its target acts and a list of operations (Op), each
// with its source position; every error of the law at once, sorted.
//
// Applying. Apply and ApplyOps (apply.go, words.go, paragraph.go,
// sentence.go) carry a law's operations out on a codes.Doc, atomically:
// all succeed or the document is unchanged. enumeration.go repairs the
// punctuation of a list a new last point is appended to. footnote.go writes the provenance footnotes and
// excluded-unit placeholders, pending.go the notes on changes not yet in
// force, each in the law's language.
//
// amend does not know about corpora or dates other than a law's own; see
// package corpus.
package amend
