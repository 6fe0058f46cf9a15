// Package markdown writes an edition of a code as Markdown for publishers:
// one heading per titled unit (code part, section, chapter, article) with
// an explicit id in goldmark's attribute syntax ({#article-380-3}), parts,
// points, subpoints and notes as paragraphs that keep their labels ("2. …",
// "4) …") and start with an HTML anchor (<a id="article-380-3-part-2"></a>),
// and Adilet's footnotes as Markdown footnotes ([^1]).
//
// Every character of the legal text that Markdown would read as syntax is
// escaped, so that the text a reader sees is the act's text, character for
// character: "1. …" stays a part, not a list item; "*" and "_" stay stars
// and underscores.
//
// The package owns the Markdown form and the places of units in it
// (addresses and anchors, see Places); turning the Markdown into an HTML
// page is package codes/html's.
package markdown
