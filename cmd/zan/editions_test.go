package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/corpustest"
)

// The JSON change log records every repair the text took besides the
// instruction: here the former last point's «.» turned into «;».
func TestJSONChangeLogPunctuation(t *testing.T) {
	fsys, err := corpustest.Load(filepath.Join("..", "..", "testdata", "enum-ru-point-after-full-stop.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	cp, err := corpus.Load(fsys, "corpus")
	if err != nil {
		t.Fatal(err)
	}
	ed, err := cp.Edition(cp.Codes[0].Meta.ID, codes.NewDate(2100, 1, 1), false)
	if err != nil {
		t.Fatal(err)
	}
	out, err := renderEditions([]*corpus.Edition{ed}, "json", codes.RenderOptions{}, true)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Changes []struct{ Kind, Address, Punctuation string }
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Changes) != 1 || got.Changes[0].Punctuation == "" || !strings.Contains(got.Changes[0].Punctuation, ";") {
		t.Errorf("change log %+v: want the punctuation repair", got.Changes)
	}
}
