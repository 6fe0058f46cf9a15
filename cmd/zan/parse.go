package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/zan-law/zan/amend"
)

type parseCmd struct {
	Law  string `arg:"" help:"The amending law's file." placeholder:"LAW"`
	JSON bool   `name:"json" help:"Print JSON: {law, in_force, operations, ignored}."`
}

func (c *parseCmd) Run(e *env) error {
	law, err := readLaw(c.Law)
	if law == nil {
		return err
	}
	var out []byte
	if c.JSON {
		b, jerr := json.MarshalIndent(law.Reading(), "", "  ")
		if jerr != nil {
			return jerr
		}
		out = append(b, '\n')
	} else {
		out = []byte(parseText(law))
	}
	if _, werr := e.stdout.Write(out); werr != nil {
		return werr
	}
	return err // instructions that could not be read: exit 1 after showing the rest
}

// parseText is the editor's view: each operation with its source line and
// the instruction as written, so a misreading shows before applying.
func parseText(law *amend.Law) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Law No. %s of %s: %s\n", law.Meta.Number, law.Meta.Date, law.Meta.Title)
	fmt.Fprintf(&b, "In force: %s\n", law.Explain())
	if law.InForce.Clause != "" {
		fmt.Fprintf(&b, "  clause (%s): %s\n", law.InForce.Pos, law.InForce.Clause)
	}
	for _, e := range law.InForce.Exceptions {
		if e.Clause != law.InForce.Clause {
			fmt.Fprintf(&b, "  exception (%s): %s\n", e.Pos, e.Clause)
		}
	}
	fmt.Fprintf(&b, "Operations (%d):\n", len(law.Ops))
	for i, op := range law.Ops {
		act := law.Acts[op.Act]
		fmt.Fprintf(&b, "%d. %s: %s %s in %s dated %s\n", i+1, op.Pos, op.Kind, describeTarget(op), act.Title, act.Date)
		fmt.Fprintf(&b, "   instruction: %s\n", firstWords(op.Instruction))
		switch {
		case op.Kind == amend.Insert && op.Unit == nil && op.Position == amend.End:
			fmt.Fprintf(&b, "   words %q at the end\n", op.Text)
		case op.Kind == amend.Insert && op.Unit == nil:
			fmt.Fprintf(&b, "   words %q %s %q\n", op.Text, op.Position, op.Anchor)
		case op.Kind == amend.Replace:
			fmt.Fprintf(&b, "   words %q by %q\n", op.Old, op.Text)
		case op.Kind == amend.Delete:
			fmt.Fprintf(&b, "   words %q\n", op.Old)
		case op.Unit != nil:
			first, _, _ := strings.Cut(op.Text, "\n")
			fmt.Fprintf(&b, "   text (%d lines): %s\n", strings.Count(op.Text, "\n")+1, first)
		}
		if op.Occurrence > 0 {
			fmt.Fprintf(&b, "   occurrence %d of the anchor\n", op.Occurrence)
		}
	}
	fmt.Fprintf(&b, "Ignored lines (%d):\n", len(law.Ignored))
	for _, ig := range law.Ignored {
		fmt.Fprintf(&b, "  %s: %s: %s\n", ig.Pos, ig.Reason, ig.Text)
	}
	return b.String()
}

// firstWords is the first line of an instruction, cut at 160 characters.
func firstWords(s string) string {
	s, _, cut := strings.Cut(s, "\n")
	if r := []rune(s); len(r) > 160 {
		s, cut = string(r[:160]), true
	}
	if cut {
		s += " …"
	}
	return s
}

func describeTarget(op amend.Op) string {
	switch {
	case op.Everywhere:
		return "throughout the text"
	case op.Heading:
		return "the heading of " + op.Target.String()
	}
	return op.Target.String()
}
