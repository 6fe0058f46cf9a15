package main

import "github.com/zan-law/zan/codes"

// day is a date flag, YYYY-MM-DD. kong reads it before any command runs,
// so a value that is not a date is a usage error (exit 2) naming the flag.
type day struct {
	date codes.Date
	set  bool
}

func (d *day) UnmarshalText(b []byte) error {
	v, err := codes.ParseDate(string(b))
	if err != nil {
		return err
	}
	d.date, d.set = v, true
	return nil
}

// or returns the date given, or def when the flag was not given.
func (d day) or(def codes.Date) codes.Date {
	if d.set {
		return d.date
	}
	return def
}
