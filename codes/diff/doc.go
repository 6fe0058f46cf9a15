// Package diff compares two editions of an act for reviewers: it aligns
// their units by canonical address (added, removed, changed, moved or
// renumbered units), then compares the text of each changed unit word by
// word with github.com/sergi/go-diff, on tokens that never split a word or
// a number such as "380-3"; a changed stretch too long to compare word by
// word in bounded time is compared by sentences or lines first
// (words.go). Texts compares two code files article by article and parses
// only the articles whose bytes differ (texts.go). format.go writes the
// result as a terminal redline, Markdown, JSON and the comparative table
// (сравнительная таблица) Kazakh reviewers work with; page.go writes the
// HTML redline and table through html/template, laid out by codes/html's
// page.
package diff
