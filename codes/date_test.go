package codes

import (
	"testing"
	"time"
)

// Days the calendar does not have are errors, never the next month's day.
func TestDateOf(t *testing.T) {
	for _, c := range []struct {
		y       int
		m       time.Month
		d       int
		want    string // the date, or the error
		wantErr bool
	}{
		{2027, time.April, 30, "2027-04-30", false},
		{2028, time.February, 29, "2028-02-29", false},
		{2027, time.April, 31, "April 2027 has 30 days", true},
		{2027, time.June, 31, "June 2027 has 30 days", true},
		{2027, time.February, 29, "February 2027 has 28 days", true},
		{2027, time.February, 30, "February 2027 has 28 days", true},
		{2027, time.January, 0, "days are numbered from 1, not 0", true},
		{2027, 13, 1, "there is no month 13", true},
		{0, time.January, 1, "year 0 is out of range (1–9999)", true},
		{10000, time.January, 1, "year 10000 is out of range (1–9999)", true},
	} {
		d, err := DateOf(c.y, c.m, c.d)
		got := d.String()
		if err != nil {
			got = err.Error()
		}
		if got != c.want || (err != nil) != c.wantErr {
			t.Errorf("DateOf(%d, %d, %d) = %q, %v; want %q", c.y, c.m, c.d, d, err, c.want)
		}
	}
}

func TestParseDateRefusesImpossibleDays(t *testing.T) {
	for _, s := range []string{"2027-04-31", "2027-06-31", "2027-02-29", "2027-02-30", "2027-01-00", "2027-13-01", "0000-01-01", "2027-4-30"} {
		if d, err := ParseDate(s); err == nil || err.Error() != `"`+s+`" is not a date (want YYYY-MM-DD)` {
			t.Errorf("ParseDate(%q) = %v, %v; want an error", s, d, err)
		}
	}
	if d, err := ParseDate("2028-02-29"); err != nil || d != NewDate(2028, 2, 29) {
		t.Errorf("ParseDate(2028-02-29) = %v, %v", d, err)
	}
}
