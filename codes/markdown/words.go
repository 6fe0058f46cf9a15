package markdown

import "github.com/zan-law/zan/codes"

// Edition returns the line under the title: "Text as in force on 7 March
// 2026.", in the act's language (codes.WordsFor); "" when the edition date
// is not known.
func Edition(m codes.Meta) string {
	if m.Edition.IsZero() {
		return ""
	}
	return codes.WordsFor(m.Language).Edition(m.Edition)
}
