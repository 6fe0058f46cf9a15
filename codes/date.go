package codes

import (
	"fmt"
	"time"

	"go.yaml.in/yaml/v3"
)

// Date is a calendar date (no time of day, no zone), written 2006-01-02.
type Date struct{ t time.Time }

const dateLayout = "2006-01-02"

// ParseDate reads a date written 2006-01-02. A day the calendar does not
// have ("2027-04-31", "2027-02-29") is an error, never the next month's.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(dateLayout, s)
	if err != nil || t.Year() < 1 {
		return Date{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
	}
	return Date{t}, nil
}

// NewDate returns the date year-month-day, normalised as time.Date does
// (April 31 is May 1): for arithmetic. Dates read from a text go through
// DateOf.
func NewDate(year int, month time.Month, day int) Date {
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// DateOf returns the date year-month-day, or an error when the calendar
// has no such day: "April 2027 has 30 days", "days are numbered from 1".
func DateOf(year int, month time.Month, day int) (Date, error) {
	switch {
	case year < 1 || year > 9999:
		return Date{}, fmt.Errorf("year %d is out of range (1–9999)", year)
	case month < time.January || month > time.December:
		return Date{}, fmt.Errorf("there is no month %d", int(month))
	case day < 1:
		return Date{}, fmt.Errorf("days are numbered from 1, not %d", day)
	}
	if last := NewDate(year, month+1, 0).Day(); day > last {
		return Date{}, fmt.Errorf("%s %d has %d days", month, year, last)
	}
	return NewDate(year, month, day), nil
}

// Today is the current date in Kazakhstan (UTC+5, one zone since 2024).
func Today() Date {
	t := time.Now().In(time.FixedZone("KZ", 5*3600))
	return NewDate(t.Year(), t.Month(), t.Day())
}

func (d Date) IsZero() bool                { return d.t.IsZero() }
func (d Date) AddDays(n int) Date          { return Date{d.t.AddDate(0, 0, n)} }
func (d Date) Before(e Date) bool          { return d.t.Before(e.t) }
func (d Date) After(e Date) bool           { return d.t.After(e.t) }
func (d Date) Year() int                   { return d.t.Year() }
func (d Date) Month() time.Month           { return d.t.Month() }
func (d Date) Day() int                    { return d.t.Day() }
func (d Date) Format(layout string) string { return d.t.Format(layout) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int { return d.t.Compare(e.t) }

func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(dateLayout)
}

func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// UnmarshalYAML accepts a date scalar; YAML's own timestamp forms with a
// time of day are refused, since legal dates have none.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: want a date YYYY-MM-DD", n.Line)
	}
	v, err := ParseDate(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %v", n.Line, err)
	}
	*d = v
	return nil
}

// MarshalYAML writes the date unquoted, as people write front matter.
func (d Date) MarshalYAML() (any, error) {
	if d.IsZero() {
		return nil, nil
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: d.String()}, nil
}
