package amend

import (
	"errors"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
)

func lawWithClause(t *testing.T, clause, published string) *Law {
	t.Helper()
	src := "---\nkind: law\nnumber: 1-VIII\ntitle: T\ndate: 2026-01-03\n" + published + "language: en\nsource: constructed example\n---\n" +
		"T\nArticle 1. To make amendments to the Criminal Code of the Republic of Kazakhstan dated July 3, 2014:\n" +
		"1) the words \"a\" shall be replaced by the words \"b\" throughout the text.\n" + clause + "\n"
	law, err := Parse("law.txt", []byte(src))
	if err != nil {
		t.Fatalf("%s: %v", clause, err)
	}
	return law
}

func TestInForceDate(t *testing.T) {
	for _, c := range []struct{ clause, want string }{
		// The seed: published 2026-01-05, sixty days: in force 2026-03-07 (lada.kz, 2026-03-07).
		{"Article 2. This Law shall enter into force sixty calendar days after the date of its first official publication.", "2026-03-07"},
		{"Article 2. This Law shall enter into force upon expiry of ten calendar days after the day of its first official publication.", "2026-01-16"},
		{"Article 2. This Law shall enter into force upon expiry of 10 calendar days after the day of its first official publication.", "2026-01-16"},
		{"Article 2. This Law shall enter into force twenty one calendar days after the date of its first official publication.", "2026-01-27"},
		{"Article 2. This Law shall enter into force from the date of its first official publication.", "2026-01-05"},
		{"Article 2. This Law shall enter into force from January 1, 2027.", "2027-01-01"},
	} {
		law := lawWithClause(t, c.clause, "published: 2026-01-05\n")
		got, err := law.Date()
		if err != nil || got.String() != c.want {
			t.Errorf("%s\n got %v, %v; want %s", c.clause, got, err, c.want)
		}
	}
}

func TestInForceNeedsPublication(t *testing.T) {
	law := lawWithClause(t, "Article 2. This Law shall enter into force sixty calendar days after the date of its first official publication.", "")
	_, err := law.Date()
	var missing *MissingDateError
	if !errors.As(err, &missing) || missing.Field != "published" || !strings.Contains(err.Error(), "law.txt") {
		t.Errorf("got %v, want a MissingDateError naming law.txt and published", err)
	}
	if fixed := lawWithClause(t, "Article 2. This Law shall enter into force from January 1, 2027.", ""); fixed.InForce.Fixed != codes.NewDate(2027, 1, 1) {
		t.Errorf("a fixed date needs no publication: got %v", fixed.InForce.Fixed)
	}
}
