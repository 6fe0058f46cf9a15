// Package site builds a static website of a corpus: an index of the codes,
// for each code a page per edition (the text in force from that date until
// the next, rendered by package codes/html) and an index of its editions
// with what each changed, and a timeline of the laws with how each entry
// into force was computed, as zan timeline shows it, with a page per law
// and code of what the law changes.
//
// Every link is relative (no leading "/", no host), so the site can be
// served from any folder or opened from disk. Every path is made of
// checked front matter values (codes/frontmatter: CheckSlug, PageName), and
// two pages with one path are an error. The package gives each file to the
// caller, which writes it; cmd/zan writes a new folder and renames it into
// place.
//
// The pages of a code's editions, which share most of their text, are
// rendered in parallel by one html.Renderer. Every edition and what each law
// changes come from one corpus.History, folded once; each law's line of the
// timeline is the corpus's LawLine, as zan timeline prints it.
package site
