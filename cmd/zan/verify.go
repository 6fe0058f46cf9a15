package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/diff"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/official"
)

type verifyCmd struct {
	Law    string `help:"The amending law's file." required:"" placeholder:"LAW"`
	Before string `help:"The code before the law: a code file, or a kazakhstan-law/codes .md file of a clone (imported with its folder's meta.yaml)." required:"" placeholder:"BEFORE"`
	After  string `help:"The official edition with the law: a code file or a kazakhstan-law/codes .md file." required:"" placeholder:"AFTER"`
	Format string `help:"Output format: text (each differing unit as a redline, [-zan-]{+official+}, and the count) or json ({\"differ\": N, \"units\": […]})." enum:"text,json" default:"text"`
	// For .md files outside a clone (no meta.yaml beside them): what zan
	// import's flags give; each edition is the version its source: line names.
	ID    string `name:"id" help:"For .md files without their folder's meta.yaml: the code's id." placeholder:"ID"`
	Title string `help:"For .md files without their folder's meta.yaml: the code's title, as laws name it." placeholder:"T"`
	Date  day    `help:"For .md files without their folder's meta.yaml: the code's adoption date, YYYY-MM-DD." placeholder:"D"`
}

// errDiffer is the exit status 1 of a verification that found differences.
type errDiffer struct{ n int }

func (e errDiffer) Error() string {
	return fmt.Sprintf("zan verify: %d unit(s) differ from the official edition", e.n)
}

func (c *verifyCmd) Run(e *env) error {
	law, err := readLaw(c.Law)
	if err != nil {
		return err
	}
	opt := official.Options{ID: c.ID, Title: c.Title, Date: c.Date.date}
	before, err := readEdition(c.Before, opt)
	if err != nil {
		return err
	}
	after, err := readEdition(c.After, opt)
	if err != nil {
		return err
	}
	cp, err := corpus.New([]*codes.Doc{before}, nil)
	if err != nil {
		return err
	}
	if len(cp.Amends(law)) == 0 {
		return fmt.Errorf("%s: the law does not amend %s (%s dated %s; it amends: %s)", c.Law, c.Before, before.Meta.Title, before.Meta.Date, actList(law))
	}
	applied, _, err := amend.ApplyOps(before, law, cp.OpsOn(law, before.Meta.ID))
	if err != nil {
		return err
	}
	units := official.Compare(applied, after)
	var out bytes.Buffer
	if c.Format == "json" {
		b, err := diff.JSON(units)
		if err != nil {
			return err
		}
		fmt.Fprintf(&out, "{\"differ\": %d, \"units\": %s}\n", len(units), bytes.TrimSpace(b))
		var check any
		if err := json.Unmarshal(out.Bytes(), &check); err != nil {
			return err
		}
	} else if len(units) > 0 {
		fmt.Fprintf(&out, "%s applied to %s, compared with %s: [-zan-]{+official+}\n\n", c.Law, c.Before, c.After)
		if err := diff.Text(&out, units, diff.Options{Language: after.Meta.Language}); err != nil {
			return err
		}
		fmt.Fprintf(&out, "\n%d unit(s) differ\n", len(units))
	} else {
		fmt.Fprintf(&out, "%s applied to %s agrees with %s\n", c.Law, c.Before, c.After)
	}
	if _, err := e.stdout.Write(out.Bytes()); err != nil {
		return err
	}
	if len(units) > 0 {
		return errDiffer{len(units)}
	}
	return nil
}

// readEdition reads a code file, or imports a kazakhstan-law/codes .md file.
func readEdition(file string, opt official.Options) (*codes.Doc, error) {
	if strings.HasSuffix(file, ".md") {
		r, err := official.Import([]string{file}, opt)
		if err != nil {
			return nil, err
		}
		return r.Doc, nil
	}
	src, err := readFile(file)
	if err != nil {
		return nil, err
	}
	return codes.Parse(file, src)
}
