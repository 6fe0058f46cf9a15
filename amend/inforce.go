package amend

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"

	"github.com/zan-law/zan/codes"
)

// Rule is how a law's entry into force is computed.
type Rule string

const (
	DaysAfterPublication Rule = "days-after-publication" // "sixty calendar days after … first official publication"
	OnPublication        Rule = "on-publication"         // "from the date of its first official publication"
	FixedDate            Rule = "fixed-date"             // "from January 1, 2027"
	FrontMatter          Rule = "front-matter"           // in_force: in the law's front matter
)

// InForce is a law's entry into force: the clause as written, the rule read
// from it and, when the law's publication date is known, the date.
type InForce struct {
	Clause string // "This Law shall enter into force sixty calendar days after …"
	Pos    token.Position
	Rule   Rule
	Days   int    // for DaysAfterPublication
	Count  string // the number of days as written: "sixty", «шестидесяти», "10"
	Fixed  codes.Date
}

// MissingDateError says a law cannot be placed in time for want of a field.
type MissingDateError struct {
	Law   string // file
	Field string
}

func (e *MissingDateError) Error() string {
	return fmt.Sprintf("%s: cannot compute the entry into force: front matter has no %q date", e.Law, e.Field)
}

// Date computes the day the law enters into force. Kazakh practice counts
// "N calendar days after the day of first official publication" from the
// day after publication; the period ends at the end of day N and the law is
// in force from the next day: published + N + 1. An explicit in_force in
// the front matter wins.
func (l *Law) Date() (codes.Date, error) {
	if !l.Meta.InForce.IsZero() {
		return l.Meta.InForce, nil
	}
	switch l.InForce.Rule {
	case FixedDate:
		return l.InForce.Fixed, nil
	case DaysAfterPublication, OnPublication:
		if l.Meta.Published.IsZero() {
			return codes.Date{}, &MissingDateError{l.File, "published"}
		}
		if l.InForce.Rule == OnPublication {
			return l.Meta.Published, nil
		}
		return l.Meta.Published.AddDays(l.InForce.Days + 1), nil
	}
	return codes.Date{}, fmt.Errorf("%s: no entry-into-force rule", l.File)
}

// Explain says how the date was computed, for editors checking it.
func (l *Law) Explain() string {
	if !l.Meta.InForce.IsZero() {
		return fmt.Sprintf("in_force %s set in the front matter (overrides the clause)", l.Meta.InForce)
	}
	d, err := l.Date()
	switch l.InForce.Rule {
	case DaysAfterPublication:
		if err != nil {
			return fmt.Sprintf("%d calendar days after first official publication; publication date unknown", l.InForce.Days)
		}
		return fmt.Sprintf("published %s + %d calendar days counted from the next day (period ends %s) → in force %s",
			l.Meta.Published, l.InForce.Days, l.Meta.Published.AddDays(l.InForce.Days), d)
	case OnPublication:
		if err != nil {
			return "from first official publication; publication date unknown"
		}
		return fmt.Sprintf("from first official publication → in force %s", d)
	case FixedDate:
		return fmt.Sprintf("fixed date → in force %s", d)
	}
	return "no rule"
}

// inForceClause reads "This Law shall enter into force sixty calendar days
// after the date of its first official publication." / «Настоящий Закон
// вводится в действие по истечении шестидесяти календарных дней после дня
// его первого официального опубликования.» / "… from January 1, 2027".
func (p *lawParser) inForceClause(l line, t []tok) {
	f := &p.law.InForce
	if f.Rule != "" {
		p.errorf(l.start, "a second entry-into-force clause (exceptions for single provisions are not supported yet): %q", p.text(l))
		return
	}
	f.Clause, f.Pos = p.text(l), p.at.pos(l.start)
	lower := strings.ToLower(f.Clause)
	for i := range t {
		w := t[i].lower
		if (w == "calendar" || w == "календарных") && i+1 < len(t) {
			n, count, ok := countBefore(t[:i], p.src)
			if !ok {
				p.errorf(t[i].off, "expected the number of days before %q", t[i].text)
				return
			}
			f.Rule, f.Days, f.Count = DaysAfterPublication, n, count
			return
		}
		if (w == "from" || w == "с") && i+1 < len(t) {
			if d, ok := writtenDate(t[i+1:]); ok {
				f.Rule, f.Fixed = FixedDate, d
				return
			}
		}
	}
	if strings.Contains(lower, "first official publication") || strings.Contains(lower, "первого официального опубликования") {
		f.Rule = OnPublication
		return
	}
	p.errorf(l.start, "entry-into-force clause not understood: %q (expected \"N calendar days after … first official publication\", "+
		"\"from the date of its first official publication\" or \"from January 1, 2027\")", f.Clause)
}

// countBefore reads the number that ends t: "60", "sixty", "twenty one",
// «двадцати одного». It returns the value and the words as written.
func countBefore(t []tok, src string) (int, string, bool) {
	if n := len(t); n > 0 && t[n-1].kind == tNumber {
		v, err := strconv.Atoi(t[n-1].text)
		return v, t[n-1].text, err == nil
	}
	total, start := 0, len(t)
	for start > 0 {
		w := strings.ToLower(strings.ReplaceAll(t[start-1].text, "-", " "))
		sum := 0
		for _, part := range strings.Fields(w) {
			v, ok := cardinals[part]
			if !ok {
				sum = -1
				break
			}
			sum += v
		}
		if sum <= 0 {
			break
		}
		total += sum
		start--
	}
	if start == len(t) {
		return 0, "", false
	}
	return total, src[t[start].off:t[len(t)-1].end], true
}
