// Package site builds a static website of a corpus: an index of the codes,
// for each code a page per edition (the text in force from that date until
// the next, rendered by package codes/html) and an index of its editions
// with what each changed, and a timeline of the laws with how each entry
// into force was computed, as zan timeline shows it.
//
// Every link is relative (no leading "/", no host), so the site can be
// served from any folder or opened from disk. The package returns the
// files; writing them is the caller's.
package site
