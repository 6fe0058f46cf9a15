package codes

import (
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
	var stale []Address
	var path []*Unit
	Walk(d.Root, func(u *Unit, entering bool) bool {
		if !entering {
			path = path[:len(path)-1]
			return true
		}
		path = append(path, u)
		for _, f := range u.Footnotes {
			if from, ok := f.InForceFrom(); ok && !date.Before(from) {
				stale = append(stale, AddressOf(path))
				break
			}
		}
		return u.Kind < Article // notes stand on articles and the units above them
	})
	for _, a := range stale {
		u, err := d.Edit(a)
		if err != nil {
			continue
		}
		kept := u.Footnotes[:0]
		for _, f := range u.Footnotes {
			if from, ok := f.InForceFrom(); !ok || date.Before(from) {
				kept = append(kept, f)
			}
		}
		u.Footnotes = kept
	}
}
