package codes

import (
	"slices"
	"strconv"
	"time"
)

// InForceFrom reads the day a note on changes to come gives for them:
// "IZPI's note! … (shall be enforced from 07.03.2026)." It reports false
// for a footnote that is no such note, or names no day.
func (f Footnote) InForceFrom() (Date, bool) {
	if !f.Pending {
		return Date{}, false
	}
	m := pendingFrom.FindStringSubmatch(f.Text)
	if m == nil {
		return Date{}, false
	}
	if m[1] == "" { // the Kazakh form: «(07.03.2026 бастап қолданысқа енгізіледі) Заңымен.»
		m = m[3:]
	}
	day, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	year, _ := strconv.Atoi(m[3])
	d, err := DateOf(year, time.Month(month), day)
	return d, err == nil
}

// DropNotesInForce removes the notes on changes to come whose changes are in
// force by date: a consolidation read back as a base edition brings the
// notes of its own day, which a later edition must not repeat. Notes that
// name no day stay.
func (d *Doc) DropNotesInForce(date Date) {
	stale := func(f Footnote) bool {
		from, ok := f.InForceFrom()
		return ok && !date.Before(from)
	}
	holds := func(u *Unit) bool { return slices.ContainsFunc(u.Footnotes, stale) }
	if !anyUnit(d.Root, holds) {
		return // most editions: no note came with the text
	}
	root, _ := d.EditWhere(nil, holds) // the units with stale notes are d's own now
	Walk(root, func(u *Unit, entering bool) bool {
		if entering && holds(u) {
			u.Footnotes = slices.DeleteFunc(u.Footnotes, stale)
		}
		return entering
	})
}

// anyUnit reports whether pick holds for u or a unit below it.
func anyUnit(u *Unit, pick func(*Unit) bool) bool {
	found := false
	Walk(u, func(x *Unit, entering bool) bool {
		found = found || entering && pick(x)
		return !found
	})
	return found
}
