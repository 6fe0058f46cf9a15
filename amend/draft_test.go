package amend

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
)

// A draft pasted without front matter reads as the law with it: the same
// operations at the same lines of what was pasted, in the language of its
// letters, numbered "draft", dated as given.
func TestParseDraft(t *testing.T) {
	for _, file := range []string{"252-VIII.txt", "252-VIII-ru.txt"} {
		src, err := os.ReadFile("../corpus/kz/laws/" + file)
		if err != nil {
			t.Fatal(err)
		}
		law, err := Parse(file, src)
		if err != nil {
			t.Fatal(err)
		}
		_, body, _ := bytes.Cut(src[4:], []byte("---\n"))
		date := codes.NewDate(2026, 11, 30)
		draft, err := ParseDraft("draft.txt", body, date)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if draft.Meta.Number != DraftNumber || draft.Meta.Date != date || draft.Meta.Language != law.Meta.Language || !draft.Draft() {
			t.Errorf("%s: draft meta %+v", file, draft.Meta)
		}
		if len(draft.Ops) != len(law.Ops) {
			t.Fatalf("%s: %d operations, want %d", file, len(draft.Ops), len(law.Ops))
		}
		frontLines := bytes.Count(src[:len(src)-len(body)], []byte("\n"))
		for i := range law.Ops {
			if draft.Ops[i].Target.String() != law.Ops[i].Target.String() || draft.Ops[i].Pos.Line != law.Ops[i].Pos.Line-frontLines {
				t.Errorf("%s: op %d at %s %s, want %s line %d", file, i, draft.Ops[i].Pos, draft.Ops[i].Target, law.Ops[i].Target, law.Ops[i].Pos.Line-frontLines)
			}
		}
	}
	// Kazakh letters: read with the Kazakh words.
	_, err := ParseDraft("draft.txt", []byte("Қазақстан Республикасының Заңы\n"), codes.NewDate(2026, 11, 30))
	if err == nil || !strings.Contains(err.Error(), `draft.txt:1:1: no entry-into-force article`) {
		t.Errorf("a Kazakh draft: %v", err)
	}
}
