// Package amend reads amending laws and applies them to codes.
//
// A law file (front matter + the law's text as published) is tokenised
// (token.go), its structure read line by line (parse.go: articles, target
// acts, numbered instructions and their contexts, the entry-into-force
// clause, ignored signature and page furniture), and each instruction read
// by a small recursive-descent grammar (instruction.go) whose words live in
// per-language tables (lexicon.go). The result is a Law: a list of
// operations (Op), each with its source position.
//
// Apply (apply.go) carries a law's operations out on a codes.Doc,
// atomically: all succeed or the document is unchanged. inforce.go reads
// the entry-into-force article (terms, exceptions) and computes the dates:
// Law.Date, Law.OpDate.
//
// amend does not know about corpora or dates other than a law's own; see
// package corpus.
package amend
