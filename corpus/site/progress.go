package site

import (
	"fmt"
	"io"
	"time"
)

// Progress lines start after quiet and come at most every interval: a
// fast build says nothing, a slow one a few lines a second.
const (
	quiet    = time.Second
	interval = 250 * time.Millisecond
)

// progress writes "site: …" lines to w, if any, while a long build runs.
type progress struct {
	w           io.Writer
	now         func() time.Time
	start, last time.Time
	shown       bool // a line has been written since the last final one
}

// report writes the line format gives when the build has run for longer
// than quiet and no line was written in the last interval. A final line
// (the last edition of a code, the last law) is written whenever a line
// before it was, so that a count shown always ends complete.
func (p *progress) report(final bool, format string, args ...any) {
	if p.w == nil {
		return
	}
	now := p.now()
	due := now.Sub(p.start) >= quiet && now.Sub(p.last) >= interval
	if !due && !(final && p.shown) {
		return
	}
	fmt.Fprintf(p.w, "site: "+format+"\n", args...)
	p.last, p.shown = now, !final
}
