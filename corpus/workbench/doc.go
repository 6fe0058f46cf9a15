// Package workbench is the review workbench of zan serve: a local web
// application over a corpus, for reviewers of a draft law and editors of
// the codes. It shows the codes (/), a code's edition in force on any date
// (/codes/{id}?as-of=DATE), the redline between two dates
// (/codes/{id}/diff?from=DATE&to=DATE), a law of the corpus (/laws/{number})
// and reviews a draft pasted or uploaded (/review, and /api/review for
// programs): how each instruction was read, the redline, the comparative
// table and downloads of it (.docx, Markdown, HTML) and of the consolidated
// code.
//
// Pages are rendered from the same trees and renderers as zan export
// (codes/html, codes/diff), in the language of the code or law they show,
// with no script, no font and no file from elsewhere: the workbench works
// offline. It never writes: nothing a request sends reaches the disk or
// the corpus, and no path of a request names a file. Requests are bounded
// (MaxBody, ReviewTimeout) and every response carries security headers.
package workbench
