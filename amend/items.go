package amend

import "github.com/zan-law/zan/codes"

// The numbered items of a target act ("1)", "а)") and the contexts they
// set for the items nested under them: "1) in Article 187:" / "a) part two
// shall be set out …" acts on article:187/part:2.

// marker is the kind of an instruction's number: "1)", "а)", or none.
type marker int

const (
	unmarked marker = iota
	numbered        // 1)
	lettered        // а), a)
)

// itemMarker reads an instruction's marker.
func itemMarker(t []tok) (marker, []tok) {
	if len(t) >= 2 && t[1].text == ")" {
		switch {
		case t[0].kind == tNumber:
			return numbered, t[2:]
		case t[0].kind == tWord && len([]rune(t[0].text)) == 1:
			return lettered, t[2:]
		}
	}
	return unmarked, t
}

// item is an open numbered instruction and the context it sets for the
// items nested under it ("1) in Article 187:" sets article:187).
type item struct {
	marker  marker
	num     string // "2" of "2)"
	context codes.Address
	failed  bool // the context could not be read: the items under it are skipped
}

// itemStack holds the open items, outermost first. Nesting follows the
// markers: an item closes the open items back to the last one with its own
// kind of marker ("2)" closes "1)" and everything under it), so contexts
// nest to any depth: "1) in Article 106:" / "a) in part two:" / "…".
type itemStack []item

// open closes the items an item with marker m ends, and returns the one it
// nests in (nil at the top).
func (s *itemStack) open(m marker) *item {
	if m != unmarked {
		for i := len(*s) - 1; i >= 0; i-- {
			if (*s)[i].marker == m {
				*s = (*s)[:i]
				break
			}
		}
	}
	if n := len(*s); n > 0 {
		return &(*s)[n-1]
	}
	return nil
}

// nest opens a numbered item; an unmarked instruction opens none.
func (s *itemStack) nest(it item) {
	if it.marker != unmarked {
		*s = append(*s, it)
	}
}

// place is where an instruction under the open items stands in the law:
// its subparagraph is the outermost numbered item ("2)" of "2) in Article
// 5: a) …").
func (s itemStack) place(in Place) Place {
	for _, it := range s {
		if it.marker == numbered {
			in.Subparagraph = it.num
			break
		}
	}
	return in
}

// instruction reads one instruction line and turns it into operations, or
// into the context of the items nested under it.
func (p *lawParser) instruction(l line, m marker, num string, body []tok) {
	if p.act < 0 {
		p.errorf(l.start, "instruction outside any target act: %q", excerpt(p.text(l)))
		return
	}
	p.actLines[p.act]++
	it := item{marker: m, num: num}
	if parent := p.items.open(m); parent != nil {
		it.context = parent.context
		if parent.failed { // under a context that was not read: its error says all
			p.items.nest(item{marker: m, num: num, failed: true})
			return
		}
	}
	body, ignore := languageScope(p.lx, body)
	if ignore != "" {
		p.items.nest(it)
		p.ignore(l, ignore)
		p.skipped++
		return
	}
	clauses, errs := parseInstruction(p.lx, body)
	for _, e := range errs {
		p.errorf(e.off, "%s (in %q)", e.msg, excerpt(p.text(l)))
	}
	if len(errs) > 0 { // "1) in Article 0:": the items under it are not read either
		p.items.nest(item{marker: m, num: num, failed: opensContext(body)})
		return
	}
	if c := clauses; len(c) == 1 && c[0].verb == noVerb && opensContext(body) && (c[0].plural != nil || c[0].heading || c[0].headingAnd) {
		// A context is one unit: the items under several units, or under a
		// heading, would act on the first unit, or on the body.
		p.errorf(l.start, "a context of several units or of a heading is not read: name them in each instruction under it (in %q)", excerpt(p.text(l)))
		p.items.nest(item{marker: m, num: num, failed: true})
		return
	}
	if ref, ok := contextOf(clauses, body); ok {
		// Even an unmarked "in Article 187:" sets the context of what follows.
		p.items = append(p.items, item{marker: m, num: num, context: within(it.context, ref)})
		return
	}
	p.items.nest(it)
	p.emit(l, clauses, it.context, p.items.place(p.place))
}

// opensContext reports whether an instruction ends with ":": the items
// after it are nested under it.
func opensContext(body []tok) bool { return body[len(body)-1].text == ":" }

// contextOf returns the unit an instruction that only names one sets as
// the context of the items under it: "in Article 187:", «в статье 187:».
func contextOf(clauses []*clause, body []tok) (codes.Address, bool) {
	if len(clauses) != 1 {
		return nil, false
	}
	c := clauses[0]
	if c.verb == noVerb && len(c.refs) == 1 && len(c.words) == 0 && c.content == nil && opensContext(body) {
		return c.refs[0], true
	}
	return nil, false
}

// emit adds the operations of an instruction's clauses, read in the
// context ctx, at place in the law.
func (p *lawParser) emit(l line, clauses []*clause, ctx codes.Address, place Place) {
	if len(clauses) == 0 {
		p.errorf(l.start, "no instruction in %q", excerpt(p.text(l)))
		return
	}
	for _, c := range clauses {
		ops, err := p.operations(c, ctx)
		if err != nil {
			p.errorf(c.start, "%v (in %q)", err, excerpt(p.src[c.start:c.end]))
			continue
		}
		for _, op := range ops {
			op.Place = place
			p.law.Ops = append(p.law.Ops, op)
		}
	}
}
