package codes

// unitJSON is the JSON form of a unit, for programs reading the tree.
type unitJSON struct {
	Kind      string      `json:"kind"`
	Num       string      `json:"num"`
	Heading   string      `json:"heading"`
	Text      string      `json:"text"`
	WrapUp    string      `json:"wrapUp"`
	Footnotes []string    `json:"footnotes,omitempty"`
	Children  []*unitJSON `json:"children"`
}

func toJSON(u *Unit, opt RenderOptions) *unitJSON {
	j := &unitJSON{
		Kind:     u.Kind.String(),
		Num:      u.Num,
		Heading:  u.Heading,
		Text:     u.Text,
		WrapUp:   u.WrapUp,
		Children: make([]*unitJSON, 0, len(u.Children)),
	}
	for _, f := range u.Footnotes {
		if text, ok := f.Shown(opt); ok {
			j.Footnotes = append(j.Footnotes, text)
		}
	}
	for _, c := range u.Children {
		j.Children = append(j.Children, toJSON(c, opt))
	}
	return j
}

// TreeJSON returns the unit tree as JSON values: each unit
// {"kind","num","heading","text","wrapUp","children"} (and "footnotes").
func TreeJSON(root *Unit, opt RenderOptions) any { return toJSON(root, opt) }
