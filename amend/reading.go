package amend

import "github.com/zan-law/zan/codes"

// Reading is how a law was read, for programs: its number, date and title,
// its entry into force with the rule behind the date, every operation with
// its place in the law's text, and the lines read but not instructions.
// zan parse --json prints it; the review workbench returns it.
type Reading struct {
	Law        ReadingLaw     `json:"law"`
	InForce    ReadingInForce `json:"in_force"`
	Operations []ReadingOp    `json:"operations"`
	Ignored    []ReadingLine  `json:"ignored"`
}

// ReadingLaw names the law.
type ReadingLaw struct {
	Date   codes.Date `json:"date"`
	Number string     `json:"number"`
	Title  string     `json:"title"`
}

// ReadingInForce is the law's main clause of entry into force as read.
type ReadingInForce struct {
	Clause      string     `json:"clause"`
	Date        codes.Date `json:"date"` // zero when it cannot be computed
	Days        int        `json:"days"`
	Explanation string     `json:"explanation"`
	Period      int        `json:"period"` // in Unit
	Rule        Rule       `json:"rule"`
	Unit        Unit       `json:"unit"`
}

// ReadingOp is one operation.
type ReadingOp struct {
	Kind     string `json:"kind"`
	Act      string `json:"act"`
	Target   string `json:"target"` // "" for the whole act ("throughout the text")
	Position string `json:"position,omitempty"`
	Anchor   string `json:"anchor,omitempty"`
	Old      string `json:"old,omitempty"`
	Text     string `json:"text,omitempty"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
}

// ReadingLine is a line read but not an instruction, and why.
type ReadingLine struct {
	Line   int    `json:"line"`
	Reason string `json:"reason"`
	Text   string `json:"text"`
}

// Reading returns how the law was read.
func (l *Law) Reading() Reading {
	date, _ := l.Date()
	r := Reading{
		Law: ReadingLaw{Date: l.Meta.Date, Number: l.Meta.Number, Title: l.Meta.Title},
		InForce: ReadingInForce{
			Clause: l.InForce.Clause, Date: date, Days: l.InForce.Days, Explanation: l.Explain(),
			Period: l.InForce.N(), Rule: l.InForce.Rule, Unit: l.InForce.Unit(),
		},
		Operations: []ReadingOp{},
		Ignored:    []ReadingLine{},
	}
	for _, op := range l.Ops {
		target := op.Target.String()
		if op.Everywhere {
			target = ""
		}
		r.Operations = append(r.Operations, ReadingOp{
			Kind: op.Kind.String(), Act: l.Acts[op.Act].Title, Target: target,
			Position: string(op.Position), Anchor: op.Anchor, Old: op.Old, Text: op.Text,
			Line: op.Pos.Line, Column: op.Pos.Column,
		})
	}
	for _, ig := range l.Ignored {
		r.Ignored = append(r.Ignored, ReadingLine{Line: ig.Pos.Line, Reason: ig.Reason, Text: ig.Text})
	}
	return r
}
