package amend

import (
	"os"
	"testing"

	"github.com/zan-law/zan/codes"
)

func readSeed(t testing.TB) (*Law, *codes.Doc) {
	t.Helper()
	src, err := os.ReadFile("../corpus/kz/laws/252-VIII.txt")
	if err != nil {
		t.Fatal(err)
	}
	law, err := Parse("252-VIII.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	src, err = os.ReadFile("../corpus/kz/codes/criminal-procedure-code.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := codes.Parse("criminal-procedure-code.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	return law, doc
}

// A law with one failing instruction changes nothing, not even through
// units shared between editions.
func TestApplyIsAtomic(t *testing.T) {
	law, doc := readSeed(t)
	before := codes.RenderText(doc.Root, codes.RenderOptions{Provenance: true})
	law.Ops[2].Anchor = "999-9" // the second CPC instruction now fails
	out, changes, err := Apply(doc, law, 1)
	if err == nil {
		t.Fatal("Apply succeeded; want the error of the failing instruction")
	}
	if out != doc || changes != nil {
		t.Errorf("Apply returned a new edition or changes along with its error")
	}
	if after := codes.RenderText(doc.Root, codes.RenderOptions{Provenance: true}); after != before {
		t.Errorf("the base edition changed")
	}
}

func TestApplyLeavesBaseEditionAlone(t *testing.T) {
	law, doc := readSeed(t)
	before := codes.RenderText(doc.Root, codes.RenderOptions{Provenance: true})
	out, changes, err := Apply(doc, law, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(changes) != 2 || changes[0].Separator != ", " {
		t.Errorf("changes = %+v, want two insertions with separator \", \"", changes)
	}
	if codes.RenderText(doc.Root, codes.RenderOptions{Provenance: true}) != before {
		t.Error("Apply changed its input")
	}
	if codes.RenderText(out.Root, codes.RenderOptions{Provenance: true}) == before {
		t.Error("Apply changed nothing")
	}
}
