package html

import (
	"bytes"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/zan-law/zan/codes"
)

// anchorParser reads the anchor that package markdown writes at the start
// of a part's, point's, subpoint's or note's paragraph,
//
//	<a id="article-380-3-part-2"></a>2\. The act …
//
// and gives its id to the paragraph, with the unit's kind as the class:
// <p id="article-380-3-part-2" class="part">2. The act …</p>. It stands in
// for goldmark's raw HTML parsers, which converter leaves out: this anchor
// is the only HTML zan's Markdown holds, and anything else that looks like
// HTML is shown as text, never passed through.
type anchorParser struct {
	kinds map[string]codes.Kind // anchor → kind of the unit
}

var (
	anchorStart = []byte(`<a id="`)
	anchorEnd   = []byte(`"></a>`)
)

func (anchorParser) Trigger() []byte { return []byte{'<'} }

func (a anchorParser) Parse(parent ast.Node, block text.Reader, _ parser.Context) ast.Node {
	if parent.Kind() != ast.KindParagraph || parent.FirstChild() != nil {
		return nil // only at the start of a paragraph
	}
	line, _ := block.PeekLine()
	rest, ok := bytes.CutPrefix(line, anchorStart)
	if !ok {
		return nil
	}
	end := bytes.Index(rest, anchorEnd)
	if end <= 0 || !isAnchor(rest[:end]) {
		return nil
	}
	id := rest[:end]
	parent.SetAttributeString("id", append([]byte(nil), id...))
	if k, ok := a.kinds[string(id)]; ok {
		parent.SetAttributeString("class", []byte(k.String()))
	}
	block.Advance(len(anchorStart) + end + len(anchorEnd))
	return ast.NewString(nil) // the anchor itself shows nothing
}

// isAnchor reports whether id is an anchor as codes.Address.Anchor writes
// them: article-380-3-part-2, code-part-special.
func isAnchor(id []byte) bool {
	for _, r := range string(id) {
		if !(unicode.IsLower(r) || '0' <= r && r <= '9' || r == '-') { // subpoints: "…-subpoint-а"
			return false
		}
	}
	return true
}
