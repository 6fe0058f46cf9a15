package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
)

// renderEditions writes editions one after the other (text) or as JSON:
// one object for one edition, an array for several.
func renderEditions(eds []*corpus.Edition, format string, opt codes.RenderOptions, single bool) ([]byte, error) {
	switch format {
	case "text":
		var b bytes.Buffer
		for _, ed := range eds {
			out, err := codes.Render(ed.Doc, opt)
			if err != nil {
				return nil, err
			}
			b.Write(out)
		}
		return b.Bytes(), nil
	case "json":
		var list []any
		for _, ed := range eds {
			list = append(list, editionJSON(ed, opt))
		}
		var v any = list
		if single && len(list) == 1 {
			v = list[0]
		}
		out, err := json.MarshalIndent(v, "", "  ")
		return append(out, '\n'), err
	}
	return nil, fmt.Errorf("unknown format %q (want text or json)", format)
}

type changeJSON struct {
	Law       string `json:"law"`
	Kind      string `json:"kind"`
	Address   string `json:"address"`
	Count     int    `json:"count,omitempty"`
	Separator string `json:"separator,omitempty"`
	// Punctuation is the repair of a list's punctuation when a point is
	// appended after its last one («.» → «;»).
	Punctuation string `json:"punctuation,omitempty"`
	// Spelling is the code's own spelling of the words the law quotes, when
	// they matched only across the Latin "i" and the Kazakh «і».
	Spelling string `json:"spelling,omitempty"`
	Line     int    `json:"line"`
	File     string `json:"file"`
}

func editionJSON(ed *corpus.Edition, opt codes.RenderOptions) any {
	changes := []changeJSON{}
	for _, ch := range ed.Changes {
		changes = append(changes, changeJSON{
			Law: ch.Law, Kind: ch.Op.Kind.String(), Address: ch.Address.String(),
			Count: ch.Count, Separator: ch.Separator, Punctuation: ch.Punctuation, Spelling: ch.Spelling, Line: ch.Op.Pos.Line, File: ch.Op.Pos.Filename,
		})
	}
	return map[string]any{
		"code":    ed.Doc.Meta,
		"tree":    codes.TreeJSON(ed.Doc.Root, opt),
		"changes": changes,
	}
}
