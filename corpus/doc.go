// Package corpus owns a directory of codes and amending laws on disk
// (codes/*.txt, laws/*.txt) and everything that goes from laws to codes to
// editions: reading the files (regular files only, at most MaxFileSize
// each), resolving each law's target acts to codes (Targets, Amends,
// OpsOn), ordering the laws by entry into force (Timeline), folding them
// over the base editions once, when the corpus is made (New, Load), and
// giving the text in force on any date (Edition), every edition of a code
// (Editions), what one law changes (LawChanges) and the report that
// zan timeline prints and the site shows (Report).
//
// A law is atomic across the codes it amends: a part of a law that fails
// on one code is applied to none (Failures), and no edition from its date
// on is given. A corpus is not changed after it is made, so it may be read
// from several goroutines.
//
// It does not parse texts (package codes) or instructions (package amend),
// and renders nothing but the report's data. The embedded default corpus
// lives in corpus/kz (package kz); the static site in corpus/site.
package corpus
