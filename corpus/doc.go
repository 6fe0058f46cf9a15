// Package corpus owns a directory of codes and amending laws on disk
// (codes/*.txt, laws/*.txt): loading it, resolving each law's target acts
// to code editions, ordering laws by entry into force, and folding them
// over the base editions to give the text in force on any date.
//
// The embedded default corpus lives in corpus/kz (package kz).
package corpus
