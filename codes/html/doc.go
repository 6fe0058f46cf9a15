// Package html renders an edition of a code as a web page: the Markdown of
// package codes/markdown turned into HTML by goldmark (GFM, footnotes,
// heading ids), inside a page with the code's title and edition date, a
// table of contents linking every code part, section, chapter and article,
// a stylesheet for the screen and for print, and an id on every article,
// part, point, subpoint and note (article-380-3-part-2-point-4), so that a
// link can point at a single point.
//
// Raw HTML in the Markdown is never passed through: goldmark's HTML parsers
// are left out, and the only tag read is the anchor zan writes at the start
// of a part's or point's paragraph, which becomes the paragraph's id.
// Anything else that looks like HTML is text.
//
// The package owns one page, and lays out other packages' bodies (a
// redline, a comparative table) with the same look (Page); a site of many
// pages is package corpus/site's.
package html
